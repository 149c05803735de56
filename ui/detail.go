package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// match is one find hit: a line of the rendered page and a cell range.
type match struct{ line, start, end int }

// detailModel shows one node's page, scrolls it, and finds text in it.
type detailModel struct {
	pg      pager
	node    *model.Node
	want    mdKey    // the rendering this pane is waiting for or showing
	ready   bool     // want's rendering is on screen (not the placeholder)
	shown   string   // path of the page on screen, to keep its scroll on re-render
	lines   []string // the page, fitted to the width, without find highlights
	plain   []string // lines without styling, for find; built on first use
	related []*model.Node

	finding bool // the find input has focus
	input   textinput.Model
	query   string
	matches []match
	current int
	width   int
	height  int
}

func newDetail() detailModel {
	in := textinput.New()
	in.Prompt = "find: "
	in.CharLimit = 200
	return detailModel{input: in}
}

func (d *detailModel) setSize(w, h int) {
	d.width, d.height = max(w, 0), max(h, 0)
	d.pg.setSize(d.width, max(d.height-1, 0)) // one line for the footer
	d.input.SetWidth(max(d.width-20, 1))
}

// show switches to a node; the caller then supplies its page.
func (d *detailModel) show(n *model.Node, k mdKey) {
	d.node, d.want, d.ready = n, k, false
}

// setLines shows a page whose lines are fitted to the pane. ready says
// whether it is the final rendering rather than the placeholder.
func (d *detailModel) setLines(lines []string, ready bool) {
	if d.shown != d.want.path {
		d.pg.top()
	}
	d.shown, d.ready = d.want.path, ready
	d.lines, d.plain = lines, nil
	d.pg.setLines(lines)
	d.refind()
}

// refind recomputes matches for the current query on the current page.
func (d *detailModel) refind() {
	d.matches = d.matches[:0]
	if d.query != "" {
		if d.plain == nil {
			d.plain = make([]string, len(d.lines))
			for i, l := range d.lines {
				d.plain[i] = ansi.Strip(l)
			}
		}
		q, fold := d.query, !hasUpper(d.query)
		if fold {
			q = strings.ToLower(q)
		}
		for i, line := range d.plain {
			hay := line
			if fold {
				hay = strings.ToLower(line)
			}
			for _, r := range findAll(hay, q) {
				d.matches = append(d.matches, match{line: i, start: r[0], end: r[1]})
			}
		}
	}
	if d.current >= len(d.matches) {
		d.current = 0
	}
	d.applyHighlights()
}

// findAll returns the cell ranges of every occurrence of q in s.
func findAll(s, q string) [][2]int {
	var out [][2]int
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], q)
		if i < 0 {
			break
		}
		start := ansi.StringWidth(s[:from+i])
		out = append(out, [2]int{start, start + ansi.StringWidth(q)})
		from += i + max(len(q), 1)
	}
	return out
}

func hasUpper(s string) bool { return strings.ToLower(s) != s }

// applyHighlights re-styles the lines holding matches; the current match
// is drawn differently so n/N show where you are.
func (d *detailModel) applyHighlights() {
	if len(d.matches) == 0 {
		d.pg.setLines(d.lines)
		return
	}
	lines := append([]string(nil), d.lines...)
	byLine := map[int][]lipgloss.Range{}
	for i, m := range d.matches {
		style := hlStyle
		if i == d.current {
			style = hlCurrentStyle
		}
		byLine[m.line] = append(byLine[m.line], lipgloss.NewRange(m.start, m.end, style))
	}
	for ln, rs := range byLine {
		lines[ln] = lipgloss.StyleRanges(lines[ln], rs...)
	}
	d.pg.setLines(lines)
}

// Find highlights use attributes only, readable on any background and
// with NO_COLOR.
var (
	hlStyle        = lipgloss.NewStyle().Underline(true).Bold(true)
	hlCurrentStyle = lipgloss.NewStyle().Reverse(true).Bold(true)
)

// jumpToCurrent scrolls so the current match is visible.
func (d *detailModel) jumpToCurrent() {
	if len(d.matches) == 0 {
		return
	}
	line := d.matches[d.current].line
	if line < d.pg.offset || line >= d.pg.offset+d.pg.height {
		d.pg.setOffset(line - d.pg.height/3)
	}
}

func (d *detailModel) nextMatch(delta int) {
	if len(d.matches) == 0 {
		return
	}
	d.current = (d.current + delta + len(d.matches)) % len(d.matches)
	d.applyHighlights()
	d.jumpToCurrent()
}

func (d *detailModel) startFind() tea.Cmd {
	d.finding = true
	d.input.SetValue(d.query)
	d.input.CursorEnd()
	return d.input.Focus()
}

func (d *detailModel) stopFind(keep bool) {
	d.finding = false
	d.input.Blur()
	if !keep {
		d.query = ""
		d.matches = nil
		d.current = 0
		d.applyHighlights()
	}
}

// updateFind feeds a key to the find input and re-runs the search.
func (d *detailModel) updateFind(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	d.input, cmd = d.input.Update(msg)
	if q := d.input.Value(); q != d.query {
		d.query, d.current = q, 0
		d.refind()
		d.jumpToCurrent()
	}
	return cmd
}

// viewLines draws the page and a one-line footer, each line width cells.
func (d *detailModel) viewLines(st *Styles, lang model.Lang) []string {
	if d.width <= 0 || d.height <= 0 {
		return nil
	}
	return append(d.pg.view(), d.footer(st, lang))
}

func (d *detailModel) footer(st *Styles, lang model.Lang) string {
	var left string
	switch {
	case d.finding:
		left = d.input.View()
	case d.query != "":
		left = st.StatusDim.Render("find: " + d.query)
	}
	right := ""
	if d.query != "" {
		if len(d.matches) == 0 {
			right = noMatches[lang]
		} else {
			right = fmt.Sprintf("%d/%d", d.current+1, len(d.matches))
		}
	} else if d.pg.scrollable() {
		right = fmt.Sprintf("%3d%%", d.pg.percent())
	}
	return spread(left, st.StatusDim.Render(right), d.width)
}

var noMatches = [model.NumLangs]string{"no matches", "无匹配"}

// spread puts left and right on one line of exactly width cells, cutting
// left first when they do not fit.
func spread(left, right string, width int) string {
	rw := ansi.StringWidth(right)
	if rw > width {
		right, rw = ansi.Truncate(right, width, ""), width
	}
	left = ansi.Truncate(left, max(width-rw-1, 0), "…")
	gap := width - ansi.StringWidth(left) - rw
	return left + strings.Repeat(" ", max(gap, 0)) + right
}
