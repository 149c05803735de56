package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

// readingWidth is the widest a page is set, in cells: in a wide terminal
// the page keeps a readable line length and the pane's rest stays blank,
// as glow does. It also means resizing a wide window does not re-render.
const readingWidth = 100

// mdKey identifies one rendering of a node's page. Output depends on all of
// these, so the cache is keyed by all of them.
type mdKey struct {
	// org is the content the page comes from: a rendering of content that
	// has since been replaced (ContentMsg) never passes for the new one.
	org   *model.Org
	path  string
	lang  model.Lang
	width int
	style string
	// similar: a duty's page with its similar duties, which it has once
	// the similarity index is built.
	similar bool
	// cells is how the lines are padded: as the terminal counts cells.
	cells cells
}

// pageRenderedMsg carries a finished rendering back to Update, as lines of
// exactly the width it was made for.
type pageRenderedMsg struct {
	key   mdKey
	lines []string
}

// pageRenderer renders pages with Glamour off the Update loop and caches
// the results. Glamour cannot be interrupted, so the renderer bounds the
// work instead of cancelling it: at most one rendering per node runs at a
// time and at most maxRendering in all; a page asked for while that is so
// waits in a single slot, where a newer request replaces it. A window
// dragged through eleven widths thus starts two renderings of the page on
// screen (the first width and the last), not eleven; keys held down over
// the tree start the first page and the one the cursor stops on.
// Only Update touches it, so it needs no lock.
type pageRenderer struct {
	cache   map[mdKey][]string
	lines   int              // lines held by the cache
	running map[string]mdKey // by node path
	waiting *renderJob
	// started counts renderings begun, for tests and benchmarks.
	started int
	// render turns Markdown into text; tests replace it to count or stall.
	render func(src, style string, width int) string
}

type renderJob struct {
	key mdKey
	src string
}

// maxRendering bounds renderings in flight: one for the page on screen and
// one for the page being left, on the two cores dutymap is built for.
const maxRendering = 2

// The cache is emptied when it holds maxCachedPages pages or
// maxCachedLines lines (a page of 100,000 paragraphs shown as plain text
// is 200,000 lines, some 30 MB at each width): rendering is cheap enough to
// redo for pages looked at long ago.
const (
	maxCachedPages = 2048
	maxCachedLines = 1 << 20
)

func newPageRenderer() *pageRenderer {
	return &pageRenderer{cache: map[mdKey][]string{}, running: map[string]mdKey{}, render: page.Terminal}
}

// get returns the cached rendering of k. A page found in the cache is
// what the user now looks at, so a page still waiting is stale: dropped.
func (r *pageRenderer) get(k mdKey) ([]string, bool) {
	l, ok := r.cache[k]
	if ok {
		r.waiting = nil
	}
	return l, ok
}

// request asks for k's rendering of src: it starts now when the limits
// allow, else waits (replacing any page waiting before it). It returns the
// command to run, or nil.
func (r *pageRenderer) request(k mdKey, src string) tea.Cmd {
	if _, ok := r.cache[k]; ok {
		return nil
	}
	if cur, ok := r.running[k.path]; ok && cur == k {
		r.waiting = nil // the latest wish is on its way
		return nil
	}
	job := &renderJob{key: k, src: src}
	if _, busy := r.running[k.path]; busy || len(r.running) >= maxRendering {
		r.waiting = job
		return nil
	}
	return r.start(job)
}

func (r *pageRenderer) start(j *renderJob) tea.Cmd {
	r.running[j.key.path] = j.key
	r.started++
	render := r.render
	return func() tea.Msg {
		return pageRenderedMsg{key: j.key, lines: j.key.cells.padLines(render(j.src, j.key.style, j.key.width), j.key.width)}
	}
}

// done stores a finished rendering and starts the waiting one if it can.
func (r *pageRenderer) done(msg pageRenderedMsg) tea.Cmd {
	if len(r.cache) >= maxCachedPages || r.lines+len(msg.lines) > maxCachedLines {
		clear(r.cache)
		r.lines = 0
	}
	r.cache[msg.key] = msg.lines
	r.lines += len(msg.lines)
	if r.running[msg.key.path] == msg.key {
		delete(r.running, msg.key.path)
	}
	j := r.waiting
	if j == nil {
		return nil
	}
	if _, ok := r.cache[j.key]; ok {
		r.waiting = nil
		return nil
	}
	if _, busy := r.running[j.key.path]; busy || len(r.running) >= maxRendering {
		return nil
	}
	r.waiting = nil
	return r.start(j)
}
