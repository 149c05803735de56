package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
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
		return mdRenderedMsg{key: k, lines: padLines(renderMarkdown(src, k.width, k.style), k.width)}
	}
}

// renderMarkdown renders src with Glamour and fits every line to width, so
// a wide table or a long CJK run can never break the layout.
func renderMarkdown(src string, width int, style string) string {
	out := src
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(max(width-4, 10)))
	if err == nil {
		if s, err := r.Render(src); err == nil {
			out = s
		}
	}
	return fitLines(strings.Trim(out, "\n"), width)
}

// fitLines hard-wraps any line wider than width and trims trailing spaces.
func fitLines(s string, width int) string {
	if width <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if ansi.StringWidth(l) > width {
			l = ansi.Hardwrap(l, width, true)
		}
		out = append(out, strings.Split(l, "\n")...)
	}
	return strings.Join(out, "\n")
}

// plainWrap is the placeholder shown for the instant before Glamour's
// output arrives: the Markdown source wrapped to the pane.
func plainWrap(src string, width int) string {
	return fitLines(ansi.Wordwrap(src, max(width-2, 1), ""), width)
}
