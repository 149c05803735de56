package page

import (
	"strings"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/termsafe"
)

// Terminal renders a page's Markdown for a terminal width cells wide with
// the named Glamour style ("dark", "light", "notty"). Links come out as
// text (Glamour's OSC 8 hyperlinks are removed) and no line is wider than
// width. Each call builds its own renderer: Glamour renderers must not be
// shared between goroutines.
func Terminal(md, style string, width int) string {
	out := md
	if r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(max(width-4, 10))); err == nil {
		if s, err := r.Render(md); err == nil {
			out = s
		}
	}
	return fitWidth(termsafe.KeepSGR(strings.Trim(out, "\n")), width)
}

// fitWidth hard-wraps any line wider than width, so a wide table or a
// long CJK run can never break the layout.
func fitWidth(s string, width int) string {
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
