package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// match is one find hit: a line of the rendered page and a cell range.
type match struct{ line, start, end int }

// detailModel shows one node's page, scrolls it, and finds text in it.
type detailModel struct {
	vp      viewport.Model
	node    *model.Node
	want    mdKey  // the rendering this pane is waiting for or showing
	ready   bool   // want's rendering is on screen (not the placeholder)
	shown   string // path of the page on screen, to keep its scroll on re-render
	content string // rendered page without find highlights
	plain   []string
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
	vp := viewport.New()
	vp.KeyMap = viewport.KeyMap{} // keys are routed by the root's key map
	vp.MouseWheelEnabled = false
	in := textinput.New()
	in.Prompt = "find: "
	in.CharLimit = 200
	return detailModel{vp: vp, input: in}
}

func (d *detailModel) setSize(w, h int) {
	d.width, d.height = max(w, 0), max(h, 0)
	d.vp.SetWidth(d.width)
	d.vp.SetHeight(max(d.height-1, 0)) // one line for the footer
	d.input.SetWidth(max(d.width-20, 1))
}

// setContent shows a page. ready says whether it is the final rendering.
func (d *detailModel) setContent(s string, ready bool) {
	keepOffset := d.shown == d.want.path
	d.shown = d.want.path
	off := d.vp.YOffset()
	d.content, d.ready = s, ready
	d.plain = strings.Split(ansi.Strip(s), "\n")
	d.vp.SetContent(s)
	if keepOffset {
		d.vp.SetYOffset(off)
	} else {
		d.vp.GotoTop()
	}
	d.refind()
}

// show switches to a node; the caller supplies its page.
func (d *detailModel) show(n *model.Node, k mdKey) {
	d.node, d.want, d.ready = n, k, false
}

// refind recomputes matches for the current query on the current page.
func (d *detailModel) refind() {
	d.matches = d.matches[:0]
	if d.query != "" {
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
	for from := 0; from <= len(s); {
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
		d.vp.SetContent(d.content)
		return
	}
	lines := strings.Split(d.content, "\n")
	byLine := map[int][]lipgloss.Range{}
	for i, m := range d.matches {
		style := hlStyle
		if i == d.current {
			style = hlCurrentStyle
		}
		byLine[m.line] = append(byLine[m.line], lipgloss.NewRange(m.start, m.end, style))
	}
	for ln, rs := range byLine {
		if ln < len(lines) {
			lines[ln] = lipgloss.StyleRanges(lines[ln], rs...)
		}
	}
	off := d.vp.YOffset()
	d.vp.SetContent(strings.Join(lines, "\n"))
	d.vp.SetYOffset(off)
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
	h := d.vp.Height()
	if line < d.vp.YOffset() || line >= d.vp.YOffset()+h {
		d.vp.SetYOffset(max(line-h/3, 0))
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

// View draws the page and a one-line footer.
func (d *detailModel) View(st *Styles, lang model.Lang) string {
	if d.width <= 0 || d.height <= 0 {
		return ""
	}
	body := d.vp.View()
	return body + "\n" + d.footer(st, lang)
}

func (d *detailModel) footer(st *Styles, lang model.Lang) string {
	var left string
	switch {
	case d.finding:
		left = d.input.View()
	case d.query != "":
		left = st.StatusDim.Render(fmt.Sprintf("find: %s", d.query))
	}
	right := ""
	if d.query != "" {
		if len(d.matches) == 0 {
			right = noMatches[lang]
		} else {
			right = fmt.Sprintf("%d/%d", d.current+1, len(d.matches))
		}
	} else if d.vp.TotalLineCount() > d.vp.Height() {
		right = fmt.Sprintf("%3.0f%%", d.vp.ScrollPercent()*100)
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
