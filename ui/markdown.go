package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

// mdKey identifies one rendering of a node's page. Output depends on all of
// these, so the cache is keyed by all of them.
type mdKey struct {
	path  string
	lang  model.Lang
	width int
	style string
}

// mdRenderedMsg carries a finished rendering back to Update, as lines
// fitted to the width it was made for.
type mdRenderedMsg struct {
	key   mdKey
	lines []string
}

// mdCache holds rendered pages. Only Update touches it, so it needs no lock.
type mdCache struct {
	pages map[mdKey][]string
}

func newMDCache() *mdCache { return &mdCache{pages: map[mdKey][]string{}} }

// maxCachedPages bounds memory on huge organisations; rendering is cheap
// enough to redo for pages scrolled past long ago.
const maxCachedPages = 2048

func (c *mdCache) put(k mdKey, s []string) {
	if len(c.pages) >= maxCachedPages {
		clear(c.pages)
	}
	c.pages[k] = s
}

// renderCmd renders src off the Update loop. Each call builds its own
// Glamour renderer: a renderer must not be shared between goroutines.
func renderCmd(k mdKey, src string) tea.Cmd {
	return func() tea.Msg {
		return mdRenderedMsg{key: k, lines: padLines(page.Terminal(src, k.style, k.width), k.width)}
	}
}

// plainWrap is the placeholder shown for the instant before Glamour's
// output arrives: the Markdown source wrapped to the pane.
func plainWrap(src string, width int) string {
	return ansi.Hardwrap(ansi.Wordwrap(src, max(width-2, 1), ""), width, true)
}
