package ui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/diagram"
	"github.com/dutymap/dutymap/model"
)

// stackWidth is the width below which the two sides of a comparison are
// stacked (left above right) instead of set side by side.
const stackWidth = 90

// pinned is how many lines stay at the top while the comparison scrolls:
// the departments' names, then a rule that names the section scrolled
// into when its heading has gone by.
const pinned = 2

// compareScreen sets two departments side by side: traits row by row, the
// similar duties aligned on one row, then what each does alone, relations
// and topics. The comparison is computed off the Update loop (a context
// stops it when the user leaves), and only what is on screen is laid out:
// two departments of 50,000 duties cost no more to scroll than two of 50.
type compareScreen struct {
	sh     *shared
	a, b   *model.Node
	res    *compare.Result // nil until computed
	cancel context.CancelFunc
	gen    int  // numbers the computations, so a stale result is dropped
	busy   bool // computing, or waiting for the similarity index
	left   bool // the user left while it computed: start again on return
	// notes say, in each language, which department is not (wholly)
	// written in it (compare.LanguageNote), as the command line says
	// under the title: made with the result, off the Update loop.
	notes [model.NumLangs][2]string

	blocks []cmpBlock
	// apart: the blocks set what each department does alone side by
	// side, as two columns, not as one list after the other (stacked).
	apart  bool
	items  []int       // the blocks that can be selected, in order
	lines  [][]cmpLine // each block's lines, laid out on first draw
	built  buildKey    // what the lines were laid out for
	cursor int         // index into items
	side   int         // 0 left, 1 right: which duty enter opens
	top    int         // the first block on screen
	topAt  int         // its first line on screen
	width  int         //
	height int         // of the scrolling part, below the pinned lines
	colW   int         // each side's column
	labelW int         // the traits' label column, inside the left side
	// atStart: the view shows the comparison from its start, the traits
	// first, as it opened (or after g): it does not follow the cursor,
	// and the first item counts as selected only where it shows below
	// the traits (selectionShown). Moving, clicking, or a scroll that
	// brings an item on screen ends it.
	atStart bool
	// atEnd: the last item was selected with end, and stays the one
	// selected when the lists go side by side or stack, their last items
	// not being the same duty (a window widened at the end shows the end,
	// as one opened at that width does). Any other move ends it.
	atEnd bool

	// picture shows the pair as two boxes with the hand-offs between
	// them (p), scrolled to picTop.
	picture bool
	picTop  int

	// tabFrom is the duty tab left for the other list's nearest one,
	// tabTo: tab on tabTo goes back to tabFrom (on its side), not to the
	// duty beside tabTo, which may be far from where the user was.
	tabFrom, tabTo *model.Node
	tabSide        int
}

// buildKey is what laid-out lines depend on.
type buildKey struct {
	width int
	lang  model.Lang
	st    *Styles
}

// blockKind says what a block shows.
type blockKind uint8

const (
	blockHeading  blockKind = iota // a blank line, then a section's heading
	blockTrait                     // one dimension of the traits
	blockNote                      // a dimmed line: "None.", the traits nobody describes
	blockPair                      // two similar duties, or one side's duty
	blockRelation                  // a hand-off, with its points
	blockTopic                     // a topic about both
	blockMessage                   // the one line of a comparison not shown: itself, busy
	blockLangNote                  // a department not written in the language shown, or "" (no lines)
)

// cmpBlock is one part of a comparison.
type cmpBlock struct {
	kind  blockKind
	text  func(w *compareWords, lang model.Lang) string // headings, notes and messages
	right func(w *compareWords, lang model.Lang) string // a heading over the right column too
	trait compare.Trait
	a, b  *model.Node // duties (either may be nil), a relation or topic in a
	// apart: a and b are unrelated, the same row of two lists (what each
	// does alone), not a similar pair.
	apart bool
	// runs: a's or b's section differs from the one of the duty above it
	// in its list of what one department does alone, so the section is
	// named once, above the run of duties in it.
	runs [2]bool
	// split: a or b is a duty of the work the two split by RACI
	// (compare.Result.Split), shown with who does what; elsewhere: a is
	// such work written in neither (a topic's shared work), across both
	// columns with where it is written.
	split, elsewhere bool
	score            float64
	section          int // the heading block this block is under
	item             int // index into items, or -1
}

// cmpLine is one line of a block. Side-by-side lines have a left and a
// right cell, each already fitted to its column; full lines (headings,
// relations, the stacked layout) only use left.
type cmpLine struct {
	left, right string
	full        bool
	side        int  // full lines of a stacked pair: 0 left, 1 right; else -1
	sub         bool // a section's name over its run of duties: never marked as selected
}

// compareDoneMsg carries a finished comparison to the screen that asked.
type compareDoneMsg struct {
	to    *compareScreen
	gen   int
	res   *compare.Result
	notes [model.NumLangs][2]string
}

type compareKeys struct {
	listKeys                                      // up, down, move, pages, first and last, as on every list
	side, swap, open, back, picture, list, scroll key.Binding
}

var compareKeyMaps = perLang(func(w *words) compareKeys {
	k, c := w.keys, w.compare
	return compareKeys{
		listKeys: newListKeys(w),
		side:     bind("tab", c.side, "tab"),
		swap:     bind("s", c.swap, "s"),
		open:     bind("enter/→", c.open, "enter", "right", "l"),
		back:     bind("esc/⌫/←", k.back, "esc", "backspace", "left", "h"),
		picture:  bind("p", c.picture, "p"),
		list:     bind("p", c.list, "p"),
		scroll:   bind("↑↓", w.page.scroll, "up", "down"),
	}
})

func newCompare(sh *shared, a, b *model.Node) *compareScreen {
	c := &compareScreen{sh: sh, a: a, b: b, atStart: true}
	c.setBlocks()
	return c
}

func (c *compareScreen) keys() *compareKeys { return &compareKeyMaps()[c.sh.lang] }

func (c *compareScreen) typing() bool { return false }

func (c *compareScreen) start() tea.Cmd { return c.run() }

// run computes the comparison in the background once the similarity
// index is built; until then the screen says it is preparing.
func (c *compareScreen) run() tea.Cmd {
	c.busy = true
	c.setBlocks()
	ix := c.sh.similarity()
	if ix == nil {
		return nil // similarityReadyMsg starts it
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	c.gen++
	gen, org, a, b := c.gen, c.sh.org, c.a, c.b
	return func() tea.Msg {
		res, err := compare.DepartmentsContext(ctx, org, ix, a, b)
		if err != nil {
			return nil // left before it finished
		}
		return compareDoneMsg{to: c, gen: gen, res: res, notes: languageNotes(res.Written, a, b)}
	}
}

// languageNotes are compare.Written.LanguageNote of a and b in every
// language: a department written in one language only is said to be so,
// in the other; an organisation with no text in a language says so once
// (OrgNote), in a's place.
func languageNotes(w compare.Written, a, b *model.Node) (notes [model.NumLangs][2]string) {
	for _, l := range model.Langs {
		if note := w.OrgNote(l); note != "" {
			notes[l][0] = note
			continue
		}
		for i, d := range []*model.Node{a, b} {
			if i == 1 && b == a {
				break
			}
			notes[l][i] = w.LanguageNote(d, oneLine(d.Title.In(l)), l)
		}
	}
	return notes
}

// leave stops a computation still running, or still waiting for the
// similarity index: the user went elsewhere, and a screen away gets no
// messages. The comparison starts again if they come back.
func (c *compareScreen) leave() {
	if c.busy && c.res == nil {
		if c.cancel != nil {
			c.cancel()
		}
		c.cancel, c.busy, c.left = nil, false, true
	}
}

// subject is the duty under the cursor, else the left department: c opens
// the picker from there.
func (c *compareScreen) subject() *model.Node {
	if n := c.target(); n != nil {
		return n
	}
	return c.a
}

func (c *compareScreen) stacked() bool { return c.width < stackWidth }

// scope is the two departments: the responsibility matrix opened from here
// covers both.
func (c *compareScreen) scope() viewScope {
	a, b := c.a, c.b
	units := []*model.Node{a, b}
	if a == b {
		units = units[:1]
	}
	return viewScope{units: units, title: func(l model.Lang, u []*model.Node) string {
		return fmt.Sprintf(catalog[l].matrix.ofPair, u[0].Title.In(l), u[len(u)-1].Title.In(l))
	}}
}

func (c *compareScreen) layout(w, h int) tea.Cmd {
	c.width, c.height = max(w, 0), max(h-pinned, 0)
	c.colW = max((c.width-3)/2, 1) // gutter, two columns, rule
	c.labelW = min(16, c.colW/3)
	if k := (buildKey{c.width, c.sh.lang, c.sh.st}); k != c.built {
		c.built = k
		c.lines = make([][]cmpLine, len(c.blocks))
	}
	if c.res != nil && c.apart != !c.stacked() {
		// The lists of what each does alone go side by side or one after
		// the other: the selected duty stays selected.
		n, side, atStart, atEnd := c.selectedDuty(), c.side, c.atStart, c.atEnd
		c.setBlocks()
		if atEnd {
			c.cursor = max(len(c.items)-1, 0)
			c.fixSide()
		} else {
			c.selectNode(n, side)
		}
		c.atStart, c.atEnd = atStart, atEnd
	}
	c.clamp()
	if c.left {
		c.left = false
		return c.run() // left before it finished, and back
	}
	return nil
}

// setBlocks lists the blocks of the result, or the one message while
// there is none. Nothing is laid out here: a block's lines are made when
// it is first drawn.
func (c *compareScreen) setBlocks() {
	c.blocks, c.items, c.top, c.topAt = c.blocks[:0], c.items[:0], 0, 0
	c.apart = !c.stacked()
	c.lines = make([][]cmpLine, 0)
	r := c.res
	switch {
	case r == nil:
		c.message(func(w *compareWords, _ model.Lang) string {
			if c.sh.similarity() == nil {
				return w.preparing
			}
			return w.comparing
		})
	case r.Self():
		c.message(func(w *compareWords, l model.Lang) string { return fmt.Sprintf(w.self, r.A.Title.In(l)) })
	default:
		for i := range c.notes[0] {
			c.blocks = append(c.blocks, cmpBlock{kind: blockLangNote, text: func(_ *compareWords, l model.Lang) string {
				return c.notes[l][i]
			}, item: -1})
		}
		c.traitBlocks()
		c.heading(func(w *compareWords, _ model.Lang) string { return fmt.Sprintf(w.similar, len(r.Shared)) })
		for _, p := range r.Shared {
			c.add(cmpBlock{kind: blockPair, a: p.A, b: p.B, score: p.Score}, true)
		}
		if note := compare.NoPairNote(r, model.En); len(r.Shared) == 0 && note != "" {
			c.add(cmpBlock{kind: blockNote, text: func(_ *compareWords, l model.Lang) string { return compare.NoPairNote(r, l) }}, false)
		} else {
			c.noneIf(len(r.Shared) == 0, func(w *compareWords) string { return w.none })
		}
		c.splitBlocks()
		c.onlyBlocks()
		c.heading(func(w *compareWords, _ model.Lang) string { return w.relations })
		for _, rel := range r.Relations {
			c.add(cmpBlock{kind: blockRelation, a: rel}, true)
		}
		c.noneIf(len(r.Relations) == 0, func(w *compareWords) string { return w.noRelations })
		c.heading(func(w *compareWords, _ model.Lang) string { return w.topics })
		for _, t := range r.Topics {
			c.add(cmpBlock{kind: blockTopic, a: t}, true)
		}
		c.noneIf(len(r.Topics) == 0, func(w *compareWords) string { return w.noTopics })
	}
	c.lines = make([][]cmpLine, len(c.blocks))
	c.cursor = min(c.cursor, max(len(c.items)-1, 0))
	c.fixSide()
}

// splitBlocks adds the work the two split by RACI, each duty on its
// department's side with its section and who does what; nothing when
// there is none.
func (c *compareScreen) splitBlocks() {
	r := c.res
	if len(r.Split) == 0 {
		return
	}
	c.heading(func(w *compareWords, _ model.Lang) string { return fmt.Sprintf(w.split, len(r.Split)) })
	c.add(cmpBlock{kind: blockNote, text: func(w *compareWords, _ model.Lang) string { return w.splitIntro }}, false)
	var last [2]*model.Node
	for _, duty := range r.Split {
		blk := cmpBlock{kind: blockPair, a: duty, split: true}
		side := 0
		switch duty.Root() {
		case r.A:
		case r.B:
			blk, side = cmpBlock{kind: blockPair, b: duty, split: true}, 1
		default:
			c.add(cmpBlock{kind: blockPair, a: duty, split: true, elsewhere: true}, true)
			continue
		}
		blk.runs[side] = duty.Parent != last[side]
		last[side] = duty.Parent
		c.add(blk, true)
	}
}

// onlyBlocks adds what each department does alone: side by side, the two
// lists in their columns under one heading row; stacked (or when one list
// is empty), one list after the other.
func (c *compareScreen) onlyBlocks() {
	r := c.res
	onlyIn := func(d *model.Node, n int) func(*compareWords, model.Lang) string {
		return func(w *compareWords, l model.Lang) string { return fmt.Sprintf(w.only, d.Title.In(l), n) }
	}
	if c.apart && len(r.OnlyA) > 0 && len(r.OnlyB) > 0 {
		c.blocks = append(c.blocks, cmpBlock{kind: blockHeading, text: onlyIn(r.A, len(r.OnlyA)), right: onlyIn(r.B, len(r.OnlyB)),
			item: -1, section: len(c.blocks)})
		for i := range max(len(r.OnlyA), len(r.OnlyB)) {
			a, b := nthOrNil(r.OnlyA, i), nthOrNil(r.OnlyB, i)
			runs := [2]bool{a != nil && (i == 0 || a.Parent != r.OnlyA[i-1].Parent), b != nil && (i == 0 || b.Parent != r.OnlyB[i-1].Parent)}
			c.add(cmpBlock{kind: blockPair, a: a, b: b, apart: true, runs: runs}, true)
		}
		return
	}
	for side, only := range [][]*model.Node{r.OnlyA, r.OnlyB} {
		d, n := r.A, len(only)
		if side == 1 {
			d = r.B
		}
		c.heading(func(w *compareWords, l model.Lang) string { return fmt.Sprintf(w.only, d.Title.In(l), n) })
		for i, duty := range only {
			blk := cmpBlock{kind: blockPair, a: duty}
			if side == 1 {
				blk = cmpBlock{kind: blockPair, b: duty}
			}
			blk.runs[side] = i == 0 || duty.Parent != only[i-1].Parent
			c.add(blk, true)
		}
		c.noneIf(n == 0, func(w *compareWords) string { return w.none })
	}
}

func nthOrNil(ns []*model.Node, i int) *model.Node {
	if i < len(ns) {
		return ns[i]
	}
	return nil
}

// selectNode selects the item showing n, on that side if it shows it on
// both, and the view follows it; nothing changes when no item shows n.
func (c *compareScreen) selectNode(n *model.Node, side int) {
	if n == nil {
		return
	}
	for i, b := range c.items {
		blk := &c.blocks[b]
		if blk.a == n || blk.b == n {
			c.cursor, c.side, c.atStart, c.atEnd = i, side, false, false
			if blk.a == n && blk.b != n {
				c.side = 0
			} else if blk.b == n && blk.a != n {
				c.side = 1
			}
			return
		}
	}
}

// traitBlocks adds the traits: a row for each dimension either side
// describes; the dimensions neither does share one line at the end, and
// when there are none at all the table is that one line.
func (c *compareScreen) traitBlocks() {
	r := c.res
	c.heading(func(w *compareWords, _ model.Lang) string { return w.traits })
	described := 0
	for _, t := range r.Traits {
		if t.A != (model.Text{}) || t.B != (model.Text{}) {
			c.add(cmpBlock{kind: blockTrait, trait: t}, false)
			described++
		}
	}
	c.add(cmpBlock{kind: blockNote, text: func(w *compareWords, l model.Lang) string {
		var unknown []string
		for _, t := range r.Traits {
			if t.A.In(l) == "" && t.B.In(l) == "" {
				unknown = append(unknown, t.Dimension.Label(l))
			}
		}
		var notes []string
		switch {
		case len(unknown) == len(r.Traits):
			return w.traitsNone
		case len(unknown) > 0:
			notes = append(notes, fmt.Sprintf(w.traitsUnknown, strings.Join(unknown, l.ListSep())))
		}
		if c.stacked() {
			for side, d := range [2]*model.Node{r.A, r.B} {
				if c.silent(side, l) {
					notes = append(notes, fmt.Sprintf(w.traitsOfNone, d.Title.In(l)))
				}
			}
		}
		return strings.Join(notes, "\n")
	}}, false)
}

// silent reports whether a side's department describes none of the
// traits in lang: stacked, one note under the rows says so.
func (c *compareScreen) silent(side int, lang model.Lang) bool {
	for _, t := range c.res.Traits {
		if [2]model.Text{t.A, t.B}[side].In(lang) != "" {
			return false
		}
	}
	return true
}

func (c *compareScreen) message(text func(*compareWords, model.Lang) string) {
	c.blocks = append(c.blocks, cmpBlock{kind: blockMessage, text: text, item: -1})
}

func (c *compareScreen) heading(text func(*compareWords, model.Lang) string) {
	c.blocks = append(c.blocks, cmpBlock{kind: blockHeading, text: text, item: -1, section: len(c.blocks)})
}

func (c *compareScreen) noneIf(none bool, text func(*compareWords) string) {
	if none {
		c.add(cmpBlock{kind: blockNote, text: func(w *compareWords, _ model.Lang) string { return text(w) }}, false)
	}
}

// add appends a block under the last heading; selectable ones become items.
func (c *compareScreen) add(b cmpBlock, selectable bool) {
	// A heading's section is its own index and the blocks under it carry
	// it, so the last block knows the heading: scanning back to it made
	// listing a section of 25,000 duties quadratic.
	b.item, b.section = -1, 0
	if n := len(c.blocks); n > 0 {
		b.section = c.blocks[n-1].section
	}
	if selectable {
		b.item = len(c.items)
		c.items = append(c.items, len(c.blocks))
	}
	c.blocks = append(c.blocks, b)
}

// blockLines lays out block i for the current width and language, once.
func (c *compareScreen) blockLines(i int) []cmpLine {
	if c.lines[i] == nil {
		c.lines[i] = c.layoutBlock(&c.blocks[i])
	}
	return c.lines[i]
}

func (c *compareScreen) layoutBlock(b *cmpBlock) []cmpLine {
	st, w, lang, cw := c.sh.st, &c.sh.w().compare, c.sh.lang, c.sh.cells
	var out []cmpLine
	full := func(text string) {
		out = append(out, cmpLine{left: cw.pad(cw.truncate(text, c.width-1, "…"), c.width-1), full: true, side: -1})
	}
	wrapped := func(prefix, text string) {
		for _, l := range cw.hang(prefix, text, c.width-1) {
			full(l)
		}
	}
	switch b.kind {
	case blockHeading:
		full("")
		if b.right != nil && !c.stacked() {
			out = append(out, c.pair(nil, []string{st.Heading.Render(cutKeepingCount(cw, b.text(w, lang), c.colW-1))},
				[]string{st.Heading.Render(cutKeepingCount(cw, b.right(w, lang), c.colW-1))})...)
			break
		}
		full(st.Heading.Render(cutKeepingCount(cw, b.text(w, lang), c.width-1)))
	case blockMessage:
		wrapped("", st.Notice.Render(b.text(w, lang)))
	case blockLangNote:
		if text := b.text(w, lang); text != "" {
			wrapped("", st.Notice.Render(text))
		}
	case blockNote:
		if text := b.text(w, lang); text != "" {
			for _, line := range strings.Split(text, "\n") { // each note a line of its own
				wrapped("", st.StatusDim.Render(line))
			}
		}
	case blockTrait:
		label := b.trait.Dimension.Label(lang)
		ta, tb := traitText(b.trait.A, lang), traitText(b.trait.B, lang)
		if c.stacked() {
			full(st.Label.Render(label))
			// Each side's text beside its department's name, or, when
			// the names would leave the text less than half the width
			// (one or two words a line at 40 columns), under it.
			names := [2]string{c.res.A.Title.In(lang) + lang.Colon(), c.res.B.Title.In(lang) + lang.Colon()}
			beside := 2*(c.width-1-2-max(cw.width(names[0]), cw.width(names[1]))) >= c.width-1
			for i, text := range [2]string{ta, tb} {
				// A side that says nothing is "—", as beside the other
				// column: a missing line reads as cut off (tryout26 U10).
				if text == "—" {
					text = st.Dash.Render(text)
				}
				if beside {
					wrapped("  "+names[i], text)
					continue
				}
				wrapped("  ", names[i])
				wrapped("    ", text)
			}
			break
		}
		out = c.pair(cw.wrap(label, c.labelW), wrapStyled(cw, ta, c.colW-c.labelW-2, st), wrapStyled(cw, tb, c.colW-1, st))
	case blockPair:
		similar := b.a != nil && b.b != nil && !b.apart
		// A similar pair is set side by side in a language both duties are
		// written in: another than lang, it shows both texts and says so.
		tier, pl := "", lang // how similar a pair is, beside the right duty
		if similar {
			p := model.Pair{A: b.a, B: b.b, Score: b.score}
			tier, pl = w.tiers[compare.Tier(b.score)]+compare.ComparedIn(p, lang), compare.PairLang(p, lang)
		}
		// Who answers for each duty of a similar pair, and who does it.
		var holders [2]string
		if similar || b.split {
			for side, n := range []*model.Node{b.a, b.b} {
				if n != nil {
					holders[side] = compare.Holders(n, lang)
					if b.split && c.res.InPair(n) {
						holders[side] += " · " + compare.InPairNote(lang)
					}
				}
			}
		}
		if b.elsewhere {
			// Neither department's: across both columns, with where it is
			// written (a topic's shared work).
			wrapped("• ", b.a.Title.In(lang))
			wrapped("  ", st.StatusDim.Render(compare.SplitPlace(b.a, lang)))
			wrapped("  ", st.StatusDim.Render(holders[0]))
			break
		}
		if !c.stacked() {
			if tier != "" {
				tier = fmt.Sprintf(w.tierFmt, tier)
			}
			if !similar { // a list of what one does alone: its sections over their runs
				var subs [2][]string
				for side, n := range []*model.Node{b.a, b.b} {
					if sec := c.runSection(b, side, n, lang); sec != "" {
						subs[side] = cw.wrap(st.Label.Render(sec), c.colW-1)
					}
				}
				if subs[0] != nil || subs[1] != nil {
					out = c.pair(nil, subs[0], subs[1])
					for i := range out {
						out[i].sub = true
					}
				}
			}
			left, right := dutyCell(cw, b.a, lang, pl, c.colW-1, "", similar, st), dutyCell(cw, b.b, lang, pl, c.colW-1, tier, similar, st)
			if holders[0] != "" {
				left = append(left, cw.wrap(st.StatusDim.Render(holders[0]), c.colW-1)...)
			}
			if holders[1] != "" {
				right = append(right, cw.wrap(st.StatusDim.Render(holders[1]), c.colW-1)...)
			}
			out = append(out, c.pair(nil, left, right)...)
			break
		}
		// Stacked: the "≈ " before the right duty says it is the similar
		// one; its tier follows in words under it.
		for side, n := range []*model.Node{b.a, b.b} {
			if n == nil {
				continue
			}
			if sec := c.runSection(b, side, n, lang); sec != "" {
				sub := len(out)
				wrapped("", st.Label.Render(sec))
				for i := sub; i < len(out); i++ {
					out[i].sub = true
				}
			}
			from := len(out)
			prefix, under := "• ", ""
			if similar {
				under = compare.Section(n, lang)
			}
			if tier != "" && side == 1 {
				prefix, under = "≈ ", joinNonEmpty(" · ", tier, under)
			}
			wrapped(prefix, compare.PairText(n, lang, pl))
			if under != "" {
				wrapped("  ", st.StatusDim.Render(under))
			}
			if holders[side] != "" {
				wrapped("  ", st.StatusDim.Render(holders[side]))
			}
			for i := from; i < len(out); i++ {
				out[i].side = side
			}
		}
	case blockRelation:
		wrapped("", st.Label.Render(b.a.Title.In(lang)))
		for _, pt := range model.Leaves(b.a) {
			wrapped("  • ", pt.Title.In(lang))
			// Who hands it over, where it goes and what comes back, when its
			// lines say (tryout28 P10: the From line was not shown).
			for _, f := range compare.HandOffFrom(pt, lang) {
				wrapped("    ", st.StatusDim.Render(fmt.Sprintf(w.handedBy, f)))
			}
			to, back := compare.HandOffEnds(pt, lang)
			for _, t := range to {
				wrapped("    ", st.StatusDim.Render(fmt.Sprintf(w.handsTo, t)))
			}
			for _, t := range back {
				wrapped("    ", st.StatusDim.Render(fmt.Sprintf(w.comesBack, t)))
			}
		}
	case blockTopic:
		// " — " as the command line writes it: two spaces were collapsed
		// by the wrapper, and only the dim told title from summary.
		line := b.a.Title.In(lang)
		if sum := b.a.Summary().In(lang); sum != "" {
			line += " — " + st.StatusDim.Render(sum)
		}
		wrapped("• ", line)
	}
	return out
}

func traitText(t model.Text, l model.Lang) string {
	if s := t.In(l); s != "" {
		return s
	}
	return "—"
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// dutyCell is a duty's sentence, as a pair compared in pl shows it
// (compare.PairText), wrapped to w cells and, dimmed under it, the tier
// (for a right duty of a pair) and the section it belongs to. A tier that
// names the language compared in is wrapped whole on lines of its own:
// cut, it would no longer say so.
func dutyCell(cw cells, n *model.Node, lang, pl model.Lang, w int, tier string, section bool, st *Styles) []string {
	if n == nil {
		return nil
	}
	lines := cw.wrap(compare.PairText(n, lang, pl), w)
	if pl != lang && tier != "" {
		for _, l := range cw.wrap(tier, w) {
			lines = append(lines, st.StatusDim.Render(l))
		}
		tier = ""
	}
	sec := ""
	if section {
		sec = compare.Section(n, lang)
	}
	if under := joinNonEmpty(" · ", tier, sec); under != "" {
		lines = append(lines, st.StatusDim.Render(cw.crumb(strings.Split(under, crumbSep), w)))
	}
	return lines
}

// runSection is the section to name above side's duty n of block b: in a
// list of what one department does alone, where a run of duties in a
// section starts; else "". Within a similar pair each duty names its own.
func (c *compareScreen) runSection(b *cmpBlock, side int, n *model.Node, lang model.Lang) string {
	if n == nil || !b.runs[side] {
		return ""
	}
	return compare.Section(n, lang)
}

// pair lays out a row whose cells may wrap to different heights: the
// shorter is padded so the next row starts level on both sides.
func (c *compareScreen) pair(label, a, b []string) []cmpLine {
	st, cw := c.sh.st, c.sh.cells
	h := max(len(label), len(a), len(b), 1)
	out := make([]cmpLine, 0, h)
	for i := range h {
		left := cw.pad(at(a, i), c.colW)
		if label != nil {
			left = st.Label.Render(cw.pad(at(label, i), c.labelW)) + " " + cw.pad(at(a, i), c.colW-c.labelW-1)
		}
		// A space after the rule keeps the right column's text off it.
		out = append(out, cmpLine{left: left, right: " " + cw.pad(at(b, i), c.colW-1), side: -1})
	}
	return out
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}

func wrapStyled(cw cells, text string, w int, st *Styles) []string {
	if text == "—" {
		return []string{st.Dash.Render("—")}
	}
	return cw.wrap(text, w)
}

// Movement goes item by item; the view follows the selected item. With
// no selection on screen (the traits fill it, or a scroll took the
// selection away) the first step selects the item nearest the view in
// the direction moved: the first at or below its top going down, the
// last at or above its bottom going up; never one the user has not seen
// pass.
func (c *compareScreen) move(d int) {
	if d == 0 || len(c.items) == 0 {
		return
	}
	if !c.selectionShown() {
		i := c.nearestItem(d)
		if i < 0 {
			return // going up from the start: nothing above
		}
		if d > 0 {
			d--
		} else {
			d++
		}
		c.cursor = i
	}
	c.atStart, c.atEnd = false, false
	c.cursor = min(max(c.cursor+d, 0), len(c.items)-1)
	c.fixSide()
	c.clamp()
}

// nearestItem is the item a step in direction d selects when none is on
// screen: going down, the first item from the view's top block on; going
// up, the last item up to the view's last block. -1 when there is none.
func (c *compareScreen) nearestItem(d int) int {
	last := c.top
	c.visible(func(b int, _ cmpLine) bool { last = b; return true })
	best := -1
	for i, b := range c.items {
		switch {
		case d > 0 && b >= c.top:
			return i
		case d < 0 && b <= last:
			best = i
		}
	}
	return best
}

// selectionShown reports whether the selected duty is on screen, marked,
// from its first line (a tail under the screen's top edge is not enough
// to know it by): only then does enter open it, tab move it, the key bar
// offer them and the breadcrumb name it.
func (c *compareScreen) selectionShown() bool {
	if c.picture || c.cursor >= len(c.items) || c.height <= 0 {
		return false
	}
	sel := c.items[c.cursor]
	if sel < c.top || len(c.blocks) == 0 {
		return false
	}
	first := -1
	for i, l := range c.blockLines(sel) {
		if c.marked(sel, sel, l) {
			first = i
			break
		}
	}
	if first < 0 {
		return false
	}
	// The screen row of that line, counted down from the top; the blocks
	// between are laid out only up to the screen's bottom.
	row := first - c.topAt
	for i := c.top; i < sel && row < c.height; i++ {
		row += len(c.blockLines(i))
	}
	return row >= 0 && row < c.height
}

// marked reports whether line l of block b carries the selection's mark
// (┃) when block sel is selected: every line of a selected row, but of a
// stacked pair only the selected side's.
func (c *compareScreen) marked(b, sel int, l cmpLine) bool {
	switch {
	case b != sel, l.sub:
		return false
	case l.full && l.side >= 0: // one duty of a stacked pair
		return l.side == c.side
	case l.full:
		return true
	}
	return true // side by side: the gutter on the left, the rule beside the right
}

// item is the block of the selected item, or nil.
func (c *compareScreen) item() *cmpBlock {
	if c.cursor >= len(c.items) {
		return nil
	}
	return &c.blocks[c.items[c.cursor]]
}

// fixSide keeps the side on a cell that has a duty.
func (c *compareScreen) fixSide() {
	it := c.item()
	if it == nil {
		return
	}
	if c.side == 0 && it.a == nil && it.b != nil {
		c.side = 1
	}
	if c.side == 1 && it.b == nil {
		c.side = 0
	}
}

// toggleSide goes to the other side of the selected row. On a row of what
// one department does alone with nothing on the other side (that list ran
// out, or the lists are stacked), it goes to the other list's nearest
// duty: its last when the lists stand side by side. With no such duty a
// notice says the other department does nothing alone.
func (c *compareScreen) toggleSide() {
	if !c.selectionShown() {
		return // no selection on screen: nothing to move across from
	}
	c.atStart, c.atEnd = false, false
	if back := c.tabFrom; back != nil && c.tabTo == c.selectedDuty() {
		c.tabFrom, c.tabTo = nil, nil
		c.selectNode(back, c.tabSide)
		c.clamp()
		return
	}
	c.tabFrom, c.tabTo = nil, nil
	it, other := c.item(), 1-c.side
	if it == nil || it.kind != blockPair || it.duty(other) != nil || !it.alone() {
		c.side = other
		c.fixSide()
		return
	}
	best := -1
	for i, b := range c.items {
		blk := &c.blocks[b]
		if blk.kind == blockPair && blk.alone() && blk.duty(other) != nil &&
			(best < 0 || abs(i-c.cursor) < abs(best-c.cursor)) {
			best = i
		}
	}
	if best < 0 {
		d := c.res.A
		if other == 1 {
			d = c.res.B
		}
		c.sh.say(fmt.Sprintf(c.sh.w().compare.noneAlone, d.Title.In(c.sh.lang)))
		return
	}
	c.tabFrom, c.tabSide = c.selectedDuty(), c.side
	c.cursor, c.side = best, other
	c.tabTo = c.selectedDuty()
	c.clamp()
}

// duty is the block's duty on a side (0 left, 1 right), or nil.
func (b *cmpBlock) duty(side int) *model.Node {
	if side == 1 {
		return b.b
	}
	return b.a
}

// alone reports a row of what one department does alone (not a similar
// pair): a row of the two lists side by side, or one list's duty.
func (b *cmpBlock) alone() bool { return b.apart || (b.a == nil) != (b.b == nil) }

// target is the node enter opens: the selected duty, when it is on
// screen.
func (c *compareScreen) target() *model.Node {
	if !c.selectionShown() {
		return nil
	}
	return c.selectedDuty()
}

// selectedDuty is the duty of the selected item on the selected side,
// on screen or not.
func (c *compareScreen) selectedDuty() *model.Node {
	it := c.item()
	switch {
	case it == nil:
		return nil
	case c.side == 1 && it.b != nil:
		return it.b
	case it.a != nil:
		return it.a
	}
	return it.b
}

// clamp scrolls so the selected item is wholly on screen (or, taller than
// the screen, starts at its top), and so the screen is full: no blank rows
// below the end while rows above are hidden (the window grew). Only the
// blocks between the old and new positions are laid out.
func (c *compareScreen) clamp() {
	if len(c.blocks) == 0 || c.height <= 0 {
		c.top, c.topAt = 0, 0
		return
	}
	c.follow()
	c.fillToEnd()
}

// follow scrolls so the selected item is wholly on screen.
func (c *compareScreen) follow() {
	c.top = min(c.top, len(c.blocks)-1)
	c.topAt = min(c.topAt, max(len(c.blockLines(c.top))-1, 0))
	if c.cursor >= len(c.items) {
		return
	}
	if c.atStart {
		return // the traits first; the first item is selected where it shows below them
	}
	sel := c.items[c.cursor]
	if sel < c.top || (sel == c.top && c.topAt > 0) {
		c.top, c.topAt = sel, 0
		return
	}
	// Is the item's last line above the screen's bottom? Count down from
	// the top; past the screen, move the top so the item ends at the
	// bottom.
	used := -c.topAt
	for i := c.top; i <= sel; i++ {
		used += len(c.blockLines(i))
		if used > c.height && i < sel {
			break
		}
	}
	if used <= c.height {
		return
	}
	c.top, c.topAt = sel, 0
	need := len(c.blockLines(sel))
	for c.top > 0 && need < c.height {
		h := len(c.blockLines(c.top - 1))
		if need+h > c.height {
			c.topAt = h - (c.height - need)
			c.top--
			return
		}
		need += h
		c.top--
	}
}

// scroll moves the view d lines down (up when negative).
func (c *compareScreen) scroll(d int) {
	if len(c.blocks) == 0 {
		return
	}
	// A block with no lines (a note with nothing to say in this
	// language) takes no step: every step moves the view one line.
	for c.topAt == 0 && c.top+1 < len(c.blocks) && len(c.blockLines(c.top)) == 0 {
		c.top++
	}
	for ; d > 0; d-- {
		if c.topAt+1 < len(c.blockLines(c.top)) {
			c.topAt++
			continue
		}
		next := c.top + 1
		for next < len(c.blocks) && len(c.blockLines(next)) == 0 {
			next++
		}
		if next < len(c.blocks) {
			c.top, c.topAt = next, 0
		}
	}
	for ; d < 0; d++ {
		if c.topAt > 0 {
			c.topAt--
			continue
		}
		prev := c.top - 1
		for prev >= 0 && len(c.blockLines(prev)) == 0 {
			prev--
		}
		if prev >= 0 {
			c.top, c.topAt = prev, max(len(c.blockLines(prev))-1, 0)
		}
	}
	c.fillToEnd()
}

// fillToEnd never leaves the view past the end: the last block's last
// line stays at the bottom or lower.
func (c *compareScreen) fillToEnd() {
	below := -c.topAt
	for i := c.top; i < len(c.blocks) && below < c.height; i++ {
		below += len(c.blockLines(i))
	}
	if below < c.height {
		c.scrollToEnd()
	}
}

// scrollToEnd shows the last screenful.
func (c *compareScreen) scrollToEnd() {
	need := 0
	c.top, c.topAt = len(c.blocks)-1, 0
	for c.top >= 0 {
		h := len(c.blockLines(c.top))
		if need+h >= c.height {
			c.topAt = need + h - c.height
			return
		}
		need += h
		if c.top == 0 {
			return
		}
		c.top--
	}
	c.top = 0
}

func (c *compareScreen) update(msg tea.Msg) (intent, tea.Cmd) {
	switch msg := msg.(type) {
	case compareDoneMsg:
		if msg.to == c && msg.gen == c.gen {
			c.res, c.notes, c.busy = msg.res, msg.notes, false
			c.setBlocks()
			c.clamp()
		}
	case similarityReadyMsg:
		if c.busy && c.cancel == nil {
			return nil, c.run()
		}
	case tea.KeyPressMsg:
		if c.picture {
			return c.pictureKey(msg), nil
		}
		return c.key(msg)
	case tea.MouseClickMsg:
		if c.picture {
			return nil, nil
		}
		return c.click(msg.Mouse())
	case tea.MouseWheelMsg:
		if c.picture {
			c.picTop += wheelDelta(msg.Mouse())
			return nil, nil
		}
		c.scrollBy(wheelDelta(msg.Mouse()))
	}
	return nil, nil
}

// scrollBy scrolls the view d lines, as pgup/pgdn and the wheel do; when
// the selection leaves the screen, the item nearest the edge it left by
// is selected instead: the first one on screen going down, the last going
// up (as the chart and a pager's cursor do). With none on screen (only
// traits or headings) nothing is selected until one shows.
func (c *compareScreen) scrollBy(d int) {
	c.scroll(d)
	if d != 0 {
		c.atEnd = false
	}
	if d == 0 || c.selectionShown() {
		return
	}
	// The item whose duty starts on screen nearest that edge: a duty's
	// first line, on either side of a stacked pair.
	pick, side := -1, -1
	c.visibleAt(func(b, i int, l cmpLine) bool {
		lines := c.blockLines(b)
		starts := i == 0 || l.side >= 0 && lines[i-1].side != l.side
		if it := c.blocks[b].item; it >= 0 && starts && (pick < 0 || d < 0) {
			pick, side = it, l.side
		}
		return true
	})
	if pick < 0 {
		return
	}
	c.cursor, c.atStart = pick, false
	if side >= 0 {
		c.side = side // the side of a stacked pair that is on screen
	}
	c.fixSide()
}

func (c *compareScreen) key(msg tea.KeyPressMsg) (intent, tea.Cmd) {
	k := c.keys()
	switch {
	case key.Matches(msg, k.back):
		return back{}, nil
	case key.Matches(msg, k.up):
		c.move(-1)
	case key.Matches(msg, k.down):
		c.move(1)
	case key.Matches(msg, k.pageUp):
		c.scrollBy(-max(c.height-1, 1))
	case key.Matches(msg, k.pageDown):
		c.scrollBy(max(c.height-1, 1))
	case key.Matches(msg, k.first):
		c.cursor, c.top, c.topAt, c.atStart, c.atEnd = 0, 0, 0, true, false
		c.fixSide()
	case key.Matches(msg, k.last):
		c.move(len(c.items))
		c.atEnd = len(c.items) > 0
	case key.Matches(msg, k.side):
		c.toggleSide()
	case key.Matches(msg, k.swap):
		return replace{newCompare(c.sh, c.b, c.a)}, nil
	case key.Matches(msg, k.picture):
		c.picture, c.picTop = true, 0
	case key.Matches(msg, k.open):
		if n := c.target(); n != nil {
			return goTo{n}, nil
		}
	}
	return nil, nil
}

// visible calls fn for each line on screen below the pinned ones, with its
// block, until fn returns false.
func (c *compareScreen) visible(fn func(b int, l cmpLine) bool) {
	c.visibleAt(func(b, _ int, l cmpLine) bool { return fn(b, l) })
}

// visibleAt is visible with each line's index in its block.
func (c *compareScreen) visibleAt(fn func(b, i int, l cmpLine) bool) {
	n := 0
	for b := c.top; b < len(c.blocks) && n < c.height; b++ {
		lines := c.blockLines(b)
		from := 0
		if b == c.top {
			from = min(c.topAt, len(lines))
		}
		for i := from; i < len(lines); i++ {
			if n == c.height || !fn(b, i, lines[i]) {
				return
			}
			n++
		}
	}
}

// click selects the item and side under the pointer; a second click on
// the selected one opens it.
func (c *compareScreen) click(m tea.Mouse) (intent, tea.Cmd) {
	if m.Button != tea.MouseLeft || m.Y < pinned {
		return nil, nil
	}
	row, hit, line := m.Y-pinned, -1, cmpLine{}
	c.visible(func(b int, l cmpLine) bool {
		if row == 0 {
			hit, line = b, l
			return false
		}
		row--
		return true
	})
	if hit < 0 || c.blocks[hit].item < 0 {
		return nil, nil
	}
	blk := &c.blocks[hit]
	side := line.side
	if side < 0 {
		side = 0
		if !line.full && m.X > c.colW {
			side = 1
		}
	}
	if (side == 0 && blk.a == nil) || (side == 1 && blk.b == nil) {
		side = 1 - side
	}
	if blk.item == c.cursor && side == c.side {
		if n := c.selectedDuty(); n != nil { // clicked, so on screen
			return goTo{n}, nil
		}
		return nil, nil
	}
	c.cursor, c.side, c.atStart, c.atEnd = blk.item, side, false, false
	c.fixSide()
	return nil, nil
}

// view draws the pinned names and rule, then the lines scrolled to, or
// the picture.
func (c *compareScreen) view() []string {
	if c.picture {
		return c.pictureView()
	}
	st := c.sh.st
	out := make([]string, 0, c.height+pinned)
	out = append(out, c.header(), c.rule())
	sep, sepOn := st.Border.Render("│"), st.Marker.Render("┃")
	sel := -1
	if c.cursor < len(c.items) {
		sel = c.items[c.cursor]
	}
	c.visible(func(b int, l cmpLine) bool {
		gutter := " "
		if c.marked(b, sel, l) && (l.full || c.side == 0) {
			gutter = st.Marker.Render("┃")
		}
		if l.full {
			out = append(out, gutter+l.left)
			return true
		}
		s := sep
		if b == sel && c.side == 1 {
			s = sepOn
		}
		out = append(out, c.sh.cells.pad(gutter+l.left+s+l.right, c.width))
		return true
	})
	return c.sh.cells.fitLines(out, c.width, c.height+pinned)
}

// header names the two departments, above their columns.
func (c *compareScreen) header() string {
	st, lang, cw := c.sh.st, c.sh.lang, c.sh.cells
	an, bn := oneLine(c.a.Title.In(lang)), oneLine(c.b.Title.In(lang))
	if c.stacked() || c.a == c.b {
		vs := c.sh.w().compare.vs
		an, bn = shareLine(cw, an, bn, c.width-1-cw.width(fmt.Sprintf(vs, "", "")))
		return cw.pad(" "+st.Title.Render(cw.truncate(fmt.Sprintf(vs, an, bn), c.width-1, "…")), c.width)
	}
	left := st.Title.Render(cw.pad(cw.truncate(an, c.colW, "…"), c.colW))
	right := st.Title.Render(cw.truncate(bn, c.colW-1, "…"))
	return cw.pad(" "+left+st.Border.Render("│")+" "+right, c.width)
}

// countTail is where a heading's count at its end starts ("Only in
// Sales (12)", "仅销售部（12）"), the space before it included; -1 when it
// has none. (No regular expression: the package's initialisers stay
// light, see cli's binary test.)
func countTail(text string) int {
	var open string
	switch {
	case strings.HasSuffix(text, ")"):
		open = "("
	case strings.HasSuffix(text, "）"):
		open = "（"
	default:
		return -1
	}
	i := strings.LastIndex(text, open)
	digits := strings.TrimSuffix(strings.TrimSuffix(text[max(i, 0)+len(open):], ")"), "）")
	if i < 0 || digits == "" || strings.Trim(digits, "0123456789") != "" {
		return -1
	}
	if strings.HasSuffix(text[:i], " ") {
		i--
	}
	return i
}

// cutKeepingCount cuts a heading to w cells before its count, which
// stays: "Only in Supercalifragilistic… (1)", not "…-Witho…".
func cutKeepingCount(cw cells, text string, w int) string {
	if cw.width(text) <= w {
		return text
	}
	at := countTail(text)
	if at < 0 || cw.width(text[at:])+2 > w {
		return cw.truncate(text, w, "…")
	}
	tail := text[at:]
	return cw.truncate(text[:at], w-cw.width(tail), "…") + tail
}

// shareLine cuts two names to share room cells, so that both show ("A
// very long na… vs Sales"): the shorter keeps its whole name when it
// needs no more than half, the longer has the rest.
func shareLine(cw cells, a, b string, room int) (string, string) {
	aw, bw := cw.width(a), cw.width(b)
	if aw+bw <= room {
		return a, b
	}
	half := max(room/2, 1)
	switch {
	case aw <= half:
		return a, cw.truncate(b, max(room-aw, 1), "…")
	case bw <= half:
		return cw.truncate(a, max(room-bw, 1), "…"), b
	}
	return cw.truncate(a, half, "…"), cw.truncate(b, max(room-half, 1), "…")
}

// runOnTop is " › " and the section of side's duty in block b at the top
// of the screen, in a list of what one department does alone, when the
// name over its run is not on screen: "" otherwise.
func (c *compareScreen) runOnTop(b cmpBlock, side int) string {
	n := [2]*model.Node{b.a, b.b}[side]
	if b.kind != blockPair || n == nil || (b.a != nil && b.b != nil && !b.apart) || (b.runs[side] && c.topAt == 0) {
		return ""
	}
	if sec := compare.Section(n, c.sh.lang); sec != "" {
		return " › " + sec
	}
	return ""
}

// rule underlines the header; once the current section's heading has
// scrolled away, it names that section, and the section of the duty at
// the top in a list of what one department does alone.
func (c *compareScreen) rule() string {
	st := c.sh.st
	name := ""
	if c.top < len(c.blocks) {
		b := c.blocks[c.top]
		if b.kind != blockHeading || c.topAt > 1 {
			if h := c.blocks[b.section]; h.kind == blockHeading {
				w, lang := &c.sh.w().compare, c.sh.lang
				name = h.text(w, lang) + c.runOnTop(b, 0)
				if h.right != nil {
					name += " · " + h.right(w, lang) + c.runOnTop(b, 1)
				}
			}
		}
	}
	if name == "" {
		return st.Border.Render(strings.Repeat("─", c.width))
	}
	name = c.sh.cells.truncate(name, max(c.width-6, 1), "…")
	rest := max(c.width-3-c.sh.cells.width(name)-1, 0)
	return st.Border.Render("── ") + st.Heading.Render(name) + st.Border.Render(" "+strings.Repeat("─", rest))
}

func (c *compareScreen) shortHelp() []key.Binding {
	k := c.keys()
	switch {
	case c.picture:
		return []key.Binding{k.list, k.scroll, k.back, k.swap}
	case !c.selectionShown(): // enter and tab act on a selection on screen only
		return []key.Binding{k.move, k.back, k.swap, k.picture}
	}
	return []key.Binding{k.move, k.open, k.side, k.back, k.swap, k.picture}
}

func (c *compareScreen) fullHelp() []helpGroup {
	k, w := c.keys(), c.sh.w()
	if c.picture {
		return []helpGroup{{w.help.compare, []key.Binding{k.list, k.up, k.down, k.swap, k.back}}}
	}
	return []helpGroup{{w.help.compare, []key.Binding{k.up, k.down, k.pageUp, k.pageDown, k.first, k.last, k.side, k.swap, k.open, k.picture, k.back}}}
}

// pictureKey handles a key while the picture shows: p goes back to the
// list, the arrows scroll, s swaps the sides (keeping the picture).
func (c *compareScreen) pictureKey(msg tea.KeyPressMsg) intent {
	k := c.keys()
	switch {
	case key.Matches(msg, k.list):
		c.picture = false
	case key.Matches(msg, k.back):
		return back{}
	case key.Matches(msg, k.up):
		c.picTop--
	case key.Matches(msg, k.down):
		c.picTop++
	case key.Matches(msg, k.pageUp):
		c.picTop -= max(c.height-1, 1)
	case key.Matches(msg, k.pageDown):
		c.picTop += max(c.height-1, 1)
	case key.Matches(msg, k.first):
		c.picTop = 0
	case key.Matches(msg, k.swap):
		n := newCompare(c.sh, c.b, c.a)
		n.picture = true
		return replace{n}
	}
	return nil
}

// pictureLines draws the pair as the chart draws it: each department a box
// with its duties and, once compared, how many are similar to the other
// side's and how many its own; between them the hand-offs each way.
func (c *compareScreen) pictureLines() []string {
	st, cw, lang, w := c.sh.st, c.sh.cells, c.sh.lang, c.sh.w()
	width := max(c.width-2, 1)
	note := func(text string) []string {
		out := []string{""}
		for _, l := range cw.wrap(text, width) {
			out = append(out, " "+st.StatusDim.Render(l))
		}
		return out
	}
	if c.res != nil && c.res.Self() {
		return note(fmt.Sprintf(w.compare.self, c.a.Title.In(lang)))
	}
	info := func(d *model.Node, own int) []string {
		duties := fmt.Sprintf(w.chart.duties, d.Duties)
		if d.Duties == 1 {
			duties = w.chart.duty
		}
		switch {
		case c.res != nil:
			out := []string{duties, fmt.Sprintf(w.compare.similarCount, len(c.res.Shared))}
			if split := c.res.SplitOnly(d); split > 0 {
				// Split work is neither similar nor its own: without
				// its line the box's counts fall short of its duties.
				out = append(out, fmt.Sprintf(w.compare.splitCount, split))
			}
			return append(out, fmt.Sprintf(w.compare.ownCount, own))
		case c.sh.similarity() == nil:
			return []string{duties, w.compare.preparing}
		}
		return []string{duties, w.compare.comparing}
	}
	var ownA, ownB int
	if c.res != nil {
		ownA, ownB = len(c.res.OnlyA), len(c.res.OnlyB)
	}
	ab, ba := diagram.Between(diagram.HandOffs(c.sh.org), c.a, c.b)
	shapes, h := pairShapes(cw, &w.chart, lang, 1, 1, width, c.a, c.b, info(c.a, ownA), info(c.b, ownB), ab, ba)
	cv := newCanvas(cw, st, c.width, h+1)
	for i := range shapes {
		cv.draw(&shapes[i], 0, false)
	}
	lines := cv.lines()
	if len(ab)+len(ba) == 0 {
		lines = append(lines, note(w.compare.noRelations)...)
	}
	if c.res != nil {
		for _, n := range c.notes[lang] { // the counts were made in these languages
			if n != "" {
				lines = append(lines, note(n)...)
			}
		}
	}
	return lines
}

// pictureView is the pinned names and rule above the picture, scrolled.
func (c *compareScreen) pictureView() []string {
	lines := c.pictureLines()
	c.picTop = min(max(c.picTop, 0), max(len(lines)-c.height, 0))
	out := append([]string{c.header(), c.sh.st.Border.Render(strings.Repeat("─", c.width))}, lines[c.picTop:]...)
	return c.sh.cells.fitLines(out, c.width, c.height+pinned)
}
