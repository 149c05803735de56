package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/linebreak"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

// The explorer wraps its own text (comparisons, the matrix's unit names,
// search's start page, findings, help) with the line breaker the pages
// use. These tests read the screens as a user does, scrolled from top to
// bottom at several widths, and check what the line breaker promises: no
// line starts with closing punctuation or ends with opening punctuation,
// and no Latin word is cut in two.

// sweepWidths are the window widths the sweeps try: stacked comparisons
// below 90 columns, side by side above, and the widths of the report that
// found "…是谁也受不了的 / 。" at 130.
var sweepWidths = []int{60, 80, 100, 130, 160}

// lineBreakChecker checks screens for lines broken against the rules.
type lineBreakChecker struct {
	t     *testing.T
	vocab map[string]bool // every Latin word the content and the catalogs hold
	seen  int             // screens checked
}

var latinRun = regexp.MustCompile(`[A-Za-z]+`)

func newLineBreakChecker(t *testing.T, org *model.Org) *lineBreakChecker {
	c := &lineBreakChecker{t: t, vocab: map[string]bool{"dutymap": true}}
	add := func(s string) {
		for _, w := range latinRun.FindAllString(s, -1) {
			c.vocab[w] = true
		}
	}
	for _, n := range org.Nodes() {
		for _, l := range model.Langs {
			add(page.Render(org, n, page.Options{Lang: l})) // its text and the page's own words
			add(strings.Join(n.Aliases()[l], " "))
		}
		add(n.Path)
	}
	for _, s := range org.Sources {
		add(fmt.Sprint(*s))
	}
	add(fmt.Sprint(wordsEn))
	add(fmt.Sprint(wordsZh))
	return c
}

// keys adds the words of every key the screens on the stack and the root
// show, and of the query typed in a search.
func (c *lineBreakChecker) keys(d *driver) {
	groups := d.m.everywhere()
	for _, s := range d.m.stack {
		groups = append(groups, s.fullHelp()...)
		groups = append(groups, helpGroup{keys: s.shortHelp()})
		if s, ok := s.(*searchScreen); ok {
			groups = append(groups, helpGroup{keys: []key.Binding{key.NewBinding(key.WithHelp(s.query, ""))}})
		}
	}
	for _, g := range groups {
		for _, b := range g.keys {
			for _, w := range latinRun.FindAllString(b.Help().Key+" "+b.Help().Desc, -1) {
				c.vocab[w] = true
			}
		}
	}
}

// cjkClosing and cjkOpening are the line breaker's kinsoku sets without
// ASCII and without "…" and "—", which the explorer draws on their own
// (the tail of a cut name, "— │ —" for an empty trait), and without the
// guillemets "›" and "‹" that join a breadcrumb's parts and mark columns.
func cjkClosing(r rune) bool {
	return r >= 0x80 && !strings.ContainsRune("…—›»", r) && linebreak.IsClosing(r)
}

func cjkOpening(r rune) bool {
	return r >= 0x80 && !strings.ContainsRune("‹«", r) && linebreak.IsOpening(r)
}

// raciLetters is a matrix cell: the letters of the roles a unit holds.
var raciLetters = regexp.MustCompile(`^[RACI]{1,4}$`)

// check reads one screen drawn for a window width cells wide, measured
// with cw as the terminal counts. Columns are told apart by the spaces and
// rules between them, so each field of a line is checked as a line start
// and a line end.
func (c *lineBreakChecker) check(where, screen string, cw cells, width int) bool {
	c.t.Helper()
	c.seen++
	for i, line := range strings.Split(screen, "\n") {
		if lw := cw.width(line); lw > width {
			c.t.Errorf("%s: line %d is %d cells wide in a window of %d:\n%s", where, i, lw, width, screen)
			return false
		}
		for _, f := range strings.FieldsFunc(line, func(r rune) bool {
			return r == ' ' || r == '\u3000' || r == '│' || r == '┃' || r == '║' || r == '╎'
		}) {
			first, _ := utf8.DecodeRuneInString(f)
			last, _ := utf8.DecodeLastRuneInString(f)
			if cjkClosing(first) {
				c.t.Errorf("%s: line %d starts a line with %q:\n%s", where, i, first, screen)
				return false
			}
			if cjkOpening(last) {
				c.t.Errorf("%s: line %d ends a line with %q:\n%s", where, i, last, screen)
				return false
			}
		}
		for _, m := range latinRun.FindAllStringIndex(line, -1) {
			w := line[m[0]:m[1]]
			if c.vocab[w] || raciLetters.MatchString(w) || strings.HasPrefix(line[m[1]:], "…") || strings.HasSuffix(line[:m[0]], "…") {
				continue // a word, or the start of a name cut with "…"
			}
			c.t.Errorf("%s: line %d holds %q, a piece of a word:\n%s", where, i, w, screen)
			return false
		}
	}
	return true
}

// scroll checks the screen, then presses key until the screen stops
// changing (the end of the list), checking each.
func (c *lineBreakChecker) scroll(d *driver, where, key string) {
	c.t.Helper()
	c.keys(d)
	prev := ""
	for page := 0; page < 500; page++ {
		scr := d.screen()
		if _, ok := d.top().(dialog); ok {
			// Only the box: the screen dimmed under it is cut at its
			// edges, which is no line break.
			scr = ansi.Strip(strings.Join(d.top().view(), "\n"))
		}
		if scr == prev {
			return
		}
		if !c.check(fmt.Sprintf("%s, page %d", where, page), scr, d.m.sh.cells, d.m.width) {
			return
		}
		prev = scr
		d.keys(key)
	}
	c.t.Fatalf("%s: %s never reaches the end", where, key)
}

// skipInSample reports whether the i-th case of a sweep is left out of
// a sampled run (-short, or under the race detector): all but one in
// every.
func skipInSample(i, every int) bool { return (testing.Short() || raceBuild) && i%every != 0 }

// sweepDriver is newDriver: every driver on the built-in organisation
// shares one search index (see driveConfig).
func sweepDriver(t *testing.T, w, h int, lang model.Lang) *driver {
	t.Helper()
	return newDriver(t, w, h, lang)
}

func departmentsOf(org *model.Org) []*model.Node {
	var out []*model.Node
	for _, n := range org.Documents() {
		if n.Kind == model.KindDepartment {
			out = append(out, n)
		}
	}
	return out
}

// TestComparisonsBreakLinesAsPagesDo compares every pair of built-in
// departments in both languages at 40 columns and each sweep width and
// reads each comparison, as text and as a picture, from top to bottom.
func TestComparisonsBreakLinesAsPagesDo(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	org := testOrg(t)
	c := newLineBreakChecker(t, org)
	depts := departmentsOf(org)
	if len(depts) < 8 {
		t.Fatalf("the built-in content has %d departments", len(depts))
	}
	pairs := 0
	for _, lang := range []model.Lang{model.Zh, model.En} {
		for i, a := range depts {
			for _, b := range depts[i+1:] {
				pairs++
				if skipInSample(pairs, 5) {
					continue
				}
				d := sweepDriver(t, 40, 40, lang)
				d.run(d.m.apply(open{newCompare(d.m.sh, a, b)}))
				d.compare()
				for _, w := range append([]int{40}, sweepWidths...) {
					d.send(tea.WindowSizeMsg{Width: w, Height: 40}).keys("g")
					at := fmt.Sprintf("%s vs %s at %d columns in %s", a.ID, b.ID, w, lang.Code())
					c.scroll(d, at, "pgdown")
					c.scroll(d.keys("p", "g"), "the picture of "+at, "pgdown")
					d.keys("p")
					if t.Failed() {
						return
					}
				}
			}
		}
	}
	t.Logf("%d pairs, %d screens read", pairs, c.seen)
}

// TestExplorerBreaksLinesAsPagesDo reads the explorer on every
// department, topic, relation and position of the built-in content, tree and page, the
// page scrolled from top to bottom, and the org chart opened from each
// department, in both languages at 40, 80 and 130 columns.
func TestExplorerBreaksLinesAsPagesDo(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	org := testOrg(t)
	c := newLineBreakChecker(t, org)
	var nodes []*model.Node
	for _, n := range org.Nodes() {
		if n.Kind.IsDocument() || n.Role == model.RolePosition {
			nodes = append(nodes, n)
		}
	}
	for _, lang := range []model.Lang{model.Zh, model.En} {
		for _, w := range []int{40, 80, 130} {
			d := sweepDriver(t, w, 30, lang)
			for i, n := range nodes {
				if skipInSample(i, 4) {
					continue
				}
				d.reveal(n.Path).keys("tab")
				at := fmt.Sprintf("%s at %d columns in %s", n.Path, w, lang.Code())
				c.scroll(d, "the page of "+at, "pgdown")
				d.keys("tab")
				if n.Kind == model.KindDepartment {
					c.scroll(d.keys("o"), "the chart from "+at, "pgdown")
					d.keys("esc")
				}
				if t.Failed() {
					return
				}
			}
		}
	}
	t.Logf("%d nodes, %d screens read", len(nodes), c.seen)
}

// TestMatrixAndSearchBreakLinesAsPagesDo reads, in both languages at
// each sweep width and at 40 columns, the search screen's start page and the
// results of searches in both scripts, the findings list and the help
// overlay over the explorer and over a comparison; and at 40, 80 and 130
// columns every department's responsibility matrix (all rows, all columns).
func TestMatrixAndSearchBreakLinesAsPagesDo(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	org := testOrg(t)
	c := newLineBreakChecker(t, org)
	widths := append([]int{40}, sweepWidths...)
	for _, lang := range []model.Lang{model.Zh, model.En} {
		for i, w := range widths {
			if skipInSample(i, 2) {
				continue
			}
			at := fmt.Sprintf("at %d columns in %s", w, lang.Code())
			d := sweepDriver(t, w, 30, lang)
			for i, dept := range departmentsOf(org) {
				if w != 40 && w != 80 && w != 130 {
					break // the matrix's rows are one line each: three widths tell
				}
				if skipInSample(i, 4) {
					continue
				}
				d.reveal(dept.Path).keys("m")
				for range 20 { // each set of columns, from the left
					c.scroll(d, "the matrix of "+dept.ID+" "+at, "pgdown")
					before := d.screen()
					d.keys("g", "l")
					if d.screen() == before {
						break
					}
				}
				d.keys("esc")
			}
			for _, q := range []string{"", "价格", "促销 POP", "谁负责定价", "CRM", "客户服务", "set prices", "who approves the budget?"} {
				// One paste, not a search per letter: the screen read is the
				// final query's, which typed and pasted queries show alike
				// (TestSearchBurstAndPasteShowTheFinalQuery).
				d.keys("/", "ctrl+u").send(tea.PasteMsg{Content: q})
				c.scroll(d, fmt.Sprintf("search %q %s", q, at), "pgdown")
				d.keys("esc")
			}
			c.scroll(d.keys("!"), "the findings "+at, "pgdown")
			c.scroll(d.keys("esc", "?"), "help "+at, "pgdown")
			d.keys("esc").reveal("marketing").keys("c")
			d.typeText(map[model.Lang]string{model.Zh: "销售", model.En: "sales"}[lang]).keys("enter", "?")
			c.scroll(d, "the comparison's help "+at, "pgdown")
			if t.Failed() {
				return
			}
		}
	}
	t.Logf("%d screens read", c.seen)
}
