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
	return fitWidth(joinOrphanBullets(termsafe.KeepSGR(strings.Trim(out, "\n")), width), width)
}

// joinOrphanBullets mends Glamour's wrapping of Chinese list items. Its
// wrapper breaks only at spaces, so an item whose text has none is moved
// whole below its bullet, leaving the bullet alone on a line. Such an
// item is reflowed: its text starts beside the bullet and breaks between
// characters, which is how CJK text wraps.
func joinOrphanBullets(s string, width int) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		plain := ansi.Strip(lines[i])
		marker := strings.TrimSpace(plain)
		if !isBullet(marker) || i+1 >= len(lines) {
			out = append(out, lines[i])
			continue
		}
		indent := len(plain) - len(strings.TrimLeft(plain, " "))
		var text strings.Builder
		j := i + 1
		for ; j < len(lines); j++ {
			next := ansi.Strip(lines[j])
			body := strings.TrimSpace(next)
			first, _, _ := strings.Cut(body, " ")
			if body == "" || len(next)-len(strings.TrimLeft(next, " ")) != indent || isBullet(first) {
				break
			}
			text.WriteString(body)
		}
		if text.Len() == 0 {
			out = append(out, lines[i])
			continue
		}
		lead := strings.Repeat(" ", indent)
		first := lead + marker + " "
		room := max(width-ansi.StringWidth(first), 1)
		wrapped := strings.Split(ansi.Hardwrap(text.String(), room, true), "\n")
		out = append(out, first+wrapped[0])
		rest := strings.Join(wrapped[1:], "")
		if rest != "" {
			for _, l := range strings.Split(ansi.Hardwrap(rest, max(width-indent, 1), true), "\n") {
				out = append(out, lead+l)
			}
		}
		i = j - 1
	}
	return strings.Join(out, "\n")
}

// isBullet reports a list marker as Glamour draws it: "•" or "12.".
func isBullet(s string) bool {
	if s == "•" {
		return true
	}
	n := strings.TrimSuffix(s, ".")
	if n == s || n == "" {
		return false
	}
	return strings.Trim(n, "0123456789") == ""
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
