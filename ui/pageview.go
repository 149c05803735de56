package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

// pageView shows one node's rendered page: it asks the renderer for it,
// shows the Markdown source until the rendering arrives, scrolls it, and
// finds text in it. The explorer's page pane and the search preview are
// pageViews.
type pageView struct {
	sh      *shared
	node    *model.Node
	related []model.Match // similar duties, numbered on the page for 1–9
	// awaiting: node's similar duties are being looked up off the loop;
	// its page is rendered when they come (relatedFound).
	awaiting bool
	// preparing: a duty's page shown before the similarity index was
	// built, so without its similar duties (it is shown again after).
	preparing bool
	want      mdKey  // the rendering this pane shows or waits for
	ready     bool   // want's rendering is on screen, not the placeholder
	drawn     mdKey  // the rendering on screen; the zero key for the placeholder
	shown     string // path of the page on screen, to keep its scroll
	// place is where the reader was in the last rendering of the page
	// shown, kept while placeholders stand in for the next one (the
	// window resized, maybe several times, or the language switched) and
	// restored when it comes.
	place  *readingPlace
	lines  []string  // the page without find highlights
	text   *pageText // the page prepared for find, built on first use
	pg     pager
	width  int
	height int

	finding bool // the find field has the keyboard
	input   field
	query   string
	matches []pageMatch
	current int
}

func newPageView(sh *shared) pageView {
	return pageView{sh: sh, input: newField(200)}
}

// setSize sizes the pane: the page and a footer line.
func (p *pageView) setSize(w, h int) {
	p.width, p.height = max(w, 0), max(h, 0)
	p.pg.setSize(p.width, max(p.height-1, 0))
	p.input.size(p.sh.cells, p.sh.w().page.findPrompt, max(p.width-12, 1))
	p.input.setStyles(p.sh.st)
}

// renderWidth is the width pages are set at: the pane, up to the reading
// width.
func (p *pageView) renderWidth() int { return min(p.width, readingWidth) }

// show points the pane at n and returns the command that renders its page
// when it is not cached. It is also how the pane catches up: called again
// for the node it shows, it asks for what changed meanwhile (the similarity
// index built, similar duties looked up while its screen was away).
func (p *pageView) show(n *model.Node) tea.Cmd {
	if p.width <= 0 || n == nil {
		return nil
	}
	ix := p.sh.similarity()
	k := mdKey{org: p.sh.org, path: n.Path, lang: p.sh.lang, width: p.renderWidth(), style: p.sh.st.GlamourStyle(),
		similar: n.Kind.IsLeaf() && ix != nil, cells: p.sh.cells}
	if p.node == n && p.want == k && p.ready {
		return nil
	}
	if p.node != n || p.want.lang != k.lang || p.want.similar != k.similar || p.awaiting {
		// A duty's similar duties are looked up off the loop (up to 10 ms
		// at a million duties); its page waits for them.
		rel, known := p.sh.relatedOf(ix, n)
		p.related, p.awaiting = rel, !known
		if !known {
			p.node, p.want, p.ready, p.preparing = n, k, false, false
			p.wait()
			return p.sh.findRelated(ix, n) // relatedFound renders it
		}
	}
	p.node, p.want, p.ready = n, k, false
	return p.request(ix)
}

// similarityReady shows a duty's page drawn before the similarity index
// was built again, now with its similar duties.
func (p *pageView) similarityReady() tea.Cmd {
	if p.node == nil || p.want.similar {
		return nil
	}
	return p.show(p.node)
}

// request shows the page p.want, from the cache or by asking for its
// rendering.
func (p *pageView) request(ix *model.Similarity) tea.Cmd {
	n, k := p.node, p.want
	p.preparing = n.Kind.IsLeaf() && ix == nil
	// Numbered as the page lists them (its twins first), for the keys 1–9.
	p.related = page.TwinsFirst(n, p.related, k.lang)
	if lines, ok := p.sh.pages.get(k); ok {
		p.setLines(lines, true)
		return nil
	}
	src := page.Render(p.sh.org, n, page.Options{Lang: p.sh.lang, Related: p.related,
		ShowLayer: p.sh.cfg.ShowLayer, NumberRelated: true})
	p.wait()
	return p.sh.pages.request(k, src)
}

// wait shows what stands in for p.want's page until its rendering comes:
// the placeholder; or, when the page on screen differs from it only by its
// similar duties (the index was built meanwhile), that page, where it was
// scrolled to: a placeholder of a few lines would reset the scroll.
func (p *pageView) wait() {
	drawn := p.drawn
	drawn.similar = p.want.similar
	if drawn == p.want {
		p.ready = false
		return
	}
	p.setLines(placeholder(p.sh.cells, p.node, p.sh.lang, p.want.width), false)
}

// relatedFound takes the similar duties looked up for a node: the page
// that waited for them is rendered.
func (p *pageView) relatedFound(msg relatedMsg) tea.Cmd {
	if !p.awaiting || p.node == nil || p.node.Path != msg.path {
		return nil
	}
	p.related, p.awaiting = msg.matches, false
	return p.request(p.sh.similarity())
}

// relatedMsg carries the similar duties of the node at path, looked up
// off the loop.
type relatedMsg struct {
	org     *model.Org // the content it was looked up in (content can change: ContentMsg)
	path    string
	matches []model.Match
}

// maxRelatedCached bounds the similar-duty lists kept: the cache is
// emptied when full (a look-up is cheap to redo).
const maxRelatedCached = 4096

// relatedOf returns the similar duties of n by the model's "also appears
// in" policy, and whether they are known: none until the index is built,
// none for what is not a duty; otherwise as looked up before, if they were.
func (sh *shared) relatedOf(ix *model.Similarity, n *model.Node) ([]model.Match, bool) {
	if ix == nil || !n.Kind.IsLeaf() {
		return nil, true
	}
	ms, ok := sh.related[n.Path]
	return ms, ok
}

// findRelated looks up n's similar duties off the loop, unless a look-up
// of them is on its way already (for another pane, or for this one before
// it was resized or left).
func (sh *shared) findRelated(ix *model.Similarity, n *model.Node) tea.Cmd {
	if sh.lookingUp[n.Path] {
		return nil
	}
	if sh.lookingUp == nil {
		sh.lookingUp = map[string]bool{}
	}
	sh.lookingUp[n.Path] = true
	org := sh.org
	return func() tea.Msg {
		ms, _ := ix.AlsoAppearsIn(context.Background(), n)
		return relatedMsg{org: org, path: n.Path, matches: ms}
	}
}

// keepRelated remembers a look-up, in Update, whether or not a pane on
// the stack still waits for it: one on its way back (going forward) finds
// it in show.
func (sh *shared) keepRelated(msg relatedMsg) {
	delete(sh.lookingUp, msg.path)
	if sh.related == nil || len(sh.related) >= maxRelatedCached {
		sh.related = map[string][]model.Match{}
	}
	sh.related[msg.path] = msg.matches
}

// placeholder stands in for a page for the moment its rendering takes: the
// owner and the title as plain text (never the raw Markdown).
func placeholder(cw cells, n *model.Node, l model.Lang, width int) []string {
	var text string
	if n.Parent != nil {
		text = "  " + cw.crumb(ownerParts(n, l), max(width-2, 1)) + "\n\n"
	}
	text += "  " + oneLine(n.Title.In(l))
	return cw.wrapPlain(text, width)
}

// showText shows plain text instead of a page (the topics group's intro).
func (p *pageView) showText(id, text string) {
	p.node, p.related = nil, nil
	p.want = mdKey{org: p.sh.org, path: id, lang: p.sh.lang, width: p.renderWidth()}
	p.setLines(p.sh.cells.wrapPlain(text, p.want.width), true)
}

// rendered takes a finished rendering; one for another node, width or
// language stays cached but does not replace what is on screen.
func (p *pageView) rendered(msg pageRenderedMsg) {
	if msg.key == p.want && !p.ready {
		p.setLines(msg.lines, true)
	}
}

func (p *pageView) setLines(lines []string, ready bool) {
	switch {
	case p.shown != p.want.path:
		p.pg.top()
		p.place = nil
	case p.drawn != mdKey{} && p.place == nil: // a rendering leaves the screen
		pl := p.pg.place()
		p.place = &pl
	}
	p.shown, p.ready, p.drawn = p.want.path, ready, mdKey{}
	if ready {
		p.drawn = p.want
	}
	p.lines, p.text = lines, nil
	p.pg.setLines(lines, p.want.width)
	if ready && p.place != nil {
		p.pg.restore(*p.place)
		p.place = nil
	}
	p.refind()
}

// related returns the similar duty numbered i+1 on the page.
func (p *pageView) jumpTarget(i int) *model.Node {
	if i >= 0 && i < len(p.related) && i < 9 {
		return p.related[i].Node
	}
	return nil
}

// relatedAt is the similar duty drawn on row y of the pane (a click on
// "3. …" under "Similar duties elsewhere"), or nil.
func (p *pageView) relatedAt(y int) *model.Node {
	line := p.pg.offset + y
	if len(p.related) == 0 || y < 0 || y >= p.pg.height || line >= len(p.lines) {
		return nil
	}
	// The item is the nearest numbered line at or above the click whose
	// text starts like the duty of that number; a blank line ends it.
	for i := line; i >= 0; i-- {
		plain := strings.TrimSpace(ansi.Strip(p.lines[i]))
		if plain == "" {
			return nil
		}
		num, rest, ok := strings.Cut(plain, ". ")
		n, err := strconv.Atoi(num)
		if !ok || err != nil || n < 1 || n > min(len(p.related), 9) {
			continue
		}
		// A similar duty's line starts with its text; a twin's (worded
		// the same) with its place.
		r := p.related[n-1].Node
		if start := firstWords(rest); strings.HasPrefix(oneLine(r.Title.In(p.sh.lang)), start) ||
			strings.HasPrefix(oneLine(r.Owner(p.sh.lang)), start) {
			return r
		}
		return nil
	}
	return nil
}

// firstWords is the start of a rendered line that wrapping cannot change.
func firstWords(s string) string {
	if r := []rune(s); len(r) > 8 {
		return string(r[:8])
	}
	return s
}

// Find in page.

func (p *pageView) startFind() tea.Cmd {
	p.finding = true
	return p.input.focus(p.query, true)
}

func (p *pageView) stopFind(keep bool) {
	p.finding = false
	p.input.blur()
	if !keep {
		p.query, p.matches, p.current = "", nil, 0
		p.applyHighlights()
	}
}

// updateFind feeds a key or paste to the find field and finds again.
func (p *pageView) updateFind(msg tea.Msg) tea.Cmd {
	changed, cmd := p.input.update(msg)
	if changed {
		p.query, p.current = p.input.value(), 0
		p.refind()
		p.jumpToCurrent()
	}
	return cmd
}

func (p *pageView) refind() {
	p.matches = nil
	if strings.TrimSpace(p.query) != "" {
		if p.text == nil {
			p.text = newPageText(p.sh.cells, p.lines)
		}
		p.matches = p.text.find(p.query)
	}
	// The placeholder standing in while the page is set at a new width
	// has fewer matches: the current one is kept for the rendering.
	if p.current >= len(p.matches) && p.ready {
		p.current = 0
	}
	p.applyHighlights()
}

// applyHighlights styles every cell of every match; the current match is
// drawn differently so n/N show where you are.
func (p *pageView) applyHighlights() {
	if len(p.matches) == 0 {
		p.pg.setLines(p.lines, p.want.width)
		return
	}
	st := p.sh.st
	byLine := map[int][]styledSpan{}
	for i, m := range p.matches {
		style := st.FindMatch
		if i == p.current {
			style = st.FindCurrent
		}
		for _, s := range m {
			byLine[s.line] = append(byLine[s.line], styledSpan{s, style})
		}
	}
	lines := append([]string(nil), p.lines...)
	for ln, spans := range byLine {
		lines[ln] = p.sh.cells.styleSpans(lines[ln], spans)
	}
	p.pg.setLines(lines, p.want.width)
}

// jumpToCurrent scrolls so the current match is on screen.
func (p *pageView) jumpToCurrent() {
	if p.current >= len(p.matches) {
		return
	}
	m := p.matches[p.current]
	first, last := m[0].line, m[len(m)-1].line
	if first < p.pg.offset || last >= p.pg.offset+p.pg.height {
		p.pg.setOffset(first - p.pg.height/3)
	}
}

func (p *pageView) nextMatch(delta int) {
	if len(p.matches) == 0 {
		return
	}
	p.current = (p.current + delta + len(p.matches)) % len(p.matches)
	p.applyHighlights()
	p.jumpToCurrent()
}

// view draws the page and a one-line footer, each line width cells.
func (p *pageView) view() []string {
	if p.width <= 0 || p.height <= 0 {
		return nil
	}
	return append(p.pg.view(), p.footer())
}

func (p *pageView) footer() string {
	st, w := p.sh.st, p.sh.w().page
	var left string
	switch {
	case p.finding:
		left = p.input.view(p.sh.cells, st, max(p.width-12, 1))
	case p.query != "":
		left = st.StatusDim.Render(w.findPrompt + oneLine(p.query))
	case p.preparing:
		left = st.StatusDim.Render(w.preparing)
	}
	right := ""
	switch {
	case p.query != "" && len(p.matches) == 0:
		right = w.noMatches
	case p.query != "":
		right = fmt.Sprintf("%d/%d", min(p.current+1, len(p.matches)), len(p.matches))
	case p.pg.scrollable():
		right = fmt.Sprintf("%3d%%", p.pg.percent())
	}
	return p.sh.cells.spread(left, st.StatusDim.Render(right), p.width)
}
