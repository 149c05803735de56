package ui

import (
	"context"
	"strings"
	"sync"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// screen is one full-body view on the root's stack: the explorer (tree and
// page), search, the department picker, the comparison, the key overlay.
// A screen owns its keys, its help, its mouse handling and its words; it
// never changes another screen, it tells the root what the user wants next
// by returning an intent.
type screen interface {
	// update handles a message. Keys, paste and mouse events reach only the
	// screen on top, mouse positions relative to the screen's own area;
	// other messages (finished renders, search results, the similarity
	// index built) reach every screen on the stack, so one waiting below
	// the top still gets its answer. A screen gone back from (kept for
	// going forward) gets none: its leave drops the work whose answer
	// would be lost, and its layout, when it is back, catches up.
	update(msg tea.Msg) (intent, tea.Cmd)
	// layout sizes the screen to w × h cells. The root calls it when the
	// screen comes on top and whenever the size, language or theme change
	// while it is there; the command renders what it now shows.
	layout(w, h int) tea.Cmd
	// view draws the screen at its last layout: exactly h lines of exactly w
	// cells (a dialog draws its box and the root centres it).
	view() []string
	// shortHelp lists the keys for the key bar, most important first.
	shortHelp() []key.Binding
	// fullHelp lists every key of the screen in headed groups, for the ?
	// overlay, most relevant group first.
	fullHelp() []helpGroup
	// typing reports a focused text field: letters are text, so the root
	// leaves q, ?, L and the other one-letter keys to the screen.
	typing() bool
}

// namer is a screen whose subject's name may be cut where it draws it
// (a chart's hand-off on a narrow lane): the key bar's breadcrumb then
// wants the whole name, and the keys that yield to it (the language, the
// views after search and compare) give it their room.
type namer interface {
	wholeName() bool
}

// revealer is a screen that has cut something only a key reaches (the
// rest of a finding's fix, the matrix's columns off to the right). The
// key bar keeps that key before any of the screen's others as the window
// narrows, as crush's help puts the key the moment needs first: without it
// the cut part cannot be found.
type revealer interface {
	// revealKey is the key that shows what is cut, if something is; it is
	// one of shortHelp's.
	revealKey() (key.Binding, bool)
}

// dialog is a screen drawn over the one below it (help, the department
// picker). It is not a place in the history: closing it discards it, and
// going forward never brings it back.
type dialog interface {
	screen
	isDialog()
}

// subject is implemented by screens about a node: the breadcrumb in the
// key bar shows it, and the views a key opens from anywhere start there.
type subject interface {
	subject() *model.Node
}

// subjectOf is the node a screen is about, or nil.
func subjectOf(s screen) *model.Node {
	if s, ok := s.(subject); ok {
		return s.subject()
	}
	return nil
}

// scoper is implemented by screens that show a set of duties or of units
// (a comparison's two departments, a search's results): a view opened
// from them by a key (the responsibility matrix) covers that set.
type scoper interface {
	scope() viewScope
}

// viewScope is the set a screen shows: units (departments, positions)
// and duties, and its name for a view's title.
type viewScope struct {
	units, duties []*model.Node
	// title names the set from its units, so that the set carried onto
	// new content (on) is named from the new content.
	title func(l model.Lang, units []*model.Node) string
}

// on is the set on new content: each unit by its path, or else the
// nearest unit above it still there; the duties still there. gone is the
// first unit with nothing left of it (its department is gone too): the
// set is then not shown.
func (sc viewScope) on(org *model.Org) (n viewScope, gone *model.Node) {
	n.title = sc.title
	for _, u := range sc.units {
		nu := nearestUnit(org, u.Path)
		if nu == nil {
			return n, u
		}
		n.units = append(n.units, nu)
	}
	if sc.duties != nil {
		n.duties = []*model.Node{}
		for _, d := range sc.duties {
			if nd := org.Node(d.Path); nd != nil && model.IsWork(nd) {
				n.duties = append(n.duties, nd)
			}
		}
	}
	return n, nil
}

// nearestUnit is the unit at path in org, or the nearest unit above it.
func nearestUnit(org *model.Org, path string) *model.Node {
	for ; path != ""; path = parentPath(path) {
		if n := org.Node(path); model.IsUnit(n) {
			return n
		}
	}
	return nil
}

// parentPath is the path one level up: "" above a department.
func parentPath(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[:i]
	}
	return ""
}

// helpGroup is one headed group of the ? overlay.
type helpGroup struct {
	title string
	keys  []key.Binding
}

// intent is what a screen asks the root to do after a message.
type intent interface{ isIntent() }

type (
	// back returns to the previous place in the history.
	back struct{}
	// open shows a new screen as a new place in the history.
	open struct{ s screen }
	// replace swaps the top screen for s, as the picker does with the
	// comparison it opens: going back skips the picker.
	replace struct{ s screen }
	// goTo shows node in the explorer, as a new place in the history: the
	// tree reveals it and, where the tree and page do not fit side by
	// side, its page is open.
	goTo struct{ node *model.Node }
	// quit ends the program.
	quit struct{}
)

func (back) isIntent()    {}
func (open) isIntent()    {}
func (replace) isIntent() {}
func (goTo) isIntent()    {}
func (quit) isIntent()    {}

// shared is what the root keeps for every screen: the organisation, the
// language, the styles, the page renderer, the search state. Screens hold
// a pointer and read it when they draw, so a language or theme switch
// reaches all of them. Only the Update goroutine touches it.
type shared struct {
	cfg    Config
	org    *model.Org
	lang   model.Lang
	st     *Styles
	pages  *pageRenderer
	search *searchState
	sim    *model.SimilarityBuild
	// cells measures text as the terminal draws it (see cells).
	cells cells
	// notice is a one-off message the key bar shows beside the keys
	// until the next key or for noticeFor, whichever comes first; set it
	// with say, which numbers it (noticeN) for its timer.
	notice  string
	noticeN int
	// related holds the similar duties looked up so far, by node path;
	// lookingUp the paths whose look-up is on its way.
	related   map[string][]model.Match
	lookingUp map[string]bool
	// headWords holds every unit name of the organisation that has
	// Chinese, in both languages, split as hanWords splits it, for the
	// matrix's column heads (nil until worked out: see askHeadWords);
	// headWordsAsked says the work is on its way.
	headWords      map[string][]string
	headWordsAsked bool
}

func newShared(cfg Config, st *Styles) *shared {
	sh := &shared{cfg: cfg, org: cfg.Org, lang: cfg.Lang, st: st, pages: newPageRenderer(),
		search: newSearchState(cfg.Org, cfg.Search), sim: cfg.Similarity, cells: wcCells}
	if sh.sim == nil {
		sh.sim = model.BuildSimilarity(context.Background(), cfg.Org)
	}
	return sh
}

// say shows a notice in the key bar (see notice).
func (sh *shared) say(text string) {
	sh.notice = text
	sh.noticeN++
}

// similarityReadyMsg says the similarity index is built: duty pages can
// list similar duties, comparisons can pair.
type similarityReadyMsg struct{}

// waitSimilarity is the command that reports the similarity index built.
func (sh *shared) waitSimilarity() tea.Cmd {
	b := sh.sim
	return func() tea.Msg {
		<-b.Done()
		return similarityReadyMsg{}
	}
}

// similarity is the similarity index, or nil while it is being built.
// Never waits: the screens say "preparing" meanwhile.
func (sh *shared) similarity() *model.Similarity { return sh.sim.Index() }

// w is the catalog of the current language.
func (sh *shared) w() *words { return catalog[sh.lang] }

// perLang builds a value (a key map) for every language from its catalog.
// Key maps are built once, when first asked for (not when the program
// starts: a search or an export never shows a key), and never changed:
// screens index them by the current language.
func perLang[T any](build func(*words) T) func() *[model.NumLangs]T {
	return sync.OnceValue(func() *[model.NumLangs]T {
		var out [model.NumLangs]T
		for _, l := range model.Langs {
			out[l] = build(catalog[l])
		}
		return &out
	})
}

// bind is a key binding with its help: keys, then the key text and words
// the help shows.
func bind(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}
