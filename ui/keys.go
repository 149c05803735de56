package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
)

// globalKeys are the root's own keys. While a screen is typing, letters
// are text: only the ctrl variants of help, quit and forward work then.
type globalKeys struct {
	help, helpTyping, quit, quitTyping, forceQuit, lang, forward, forwardTyping, back key.Binding
}

var globalKeyMaps = perLang(func(w *words) globalKeys {
	k := w.keys
	return globalKeys{
		help:       bind("?", k.more, "?"),
		helpTyping: bind("ctrl+g", k.more, "ctrl+g", "f1"),
		quit:       bind("q", k.quit, "q"),
		quitTyping: bind("ctrl+c", k.quit, "ctrl+c"),
		forceQuit:  bind("ctrl+c", k.quit, "ctrl+c"),
		lang:       bind("L", k.lang, "L"),
		forward:    bind("]/alt+→", k.forward, "]", "alt+right"),
		// In a text field ] is text and alt+→ moves by a word: coming
		// back to a search (esc from a duty opened from it) focuses its
		// field, and forward was out of reach there (tryout17 §9).
		forwardTyping: bind("ctrl+]", k.forward, "ctrl+]"),
		// back is each screen's own (esc means more than back in some);
		// this binding is for the help overlay only.
		back: bind("esc/⌫", k.back),
	}
})

// launcher opens a view from any screen that is not typing, with one key.
// open gets the screen it is opened from (its subject, subjectOf, is the
// node the user is on; a scoper says what set it shows) and returns the
// view, or a notice saying why it cannot open.
type launcher struct {
	keys []string
	help func(*words) (string, string)
	open func(sh *shared, from screen) (screen, string)
	// shows reports whether a screen is the view this opens: the key bar
	// does not offer the view the user is on.
	shows func(screen) bool
	// usable reports whether open opens anything from a screen (nil:
	// always): the key bar offers only what the key does there.
	usable func(sh *shared, from screen) bool
}

// offered reports whether the key bar offers the launcher on top.
func (l launcher) offered(sh *shared, top screen) bool {
	return !l.shows(top) && (l.usable == nil || l.usable(sh, top))
}

// isA reports whether s is a T.
func isA[T screen](s screen) bool {
	_, ok := s.(T)
	return ok
}

// launchers are the views one key opens from anywhere. A new view is its
// own file and one line here (its words go in the catalogs).
var launchers = []launcher{
	{[]string{"/"}, func(w *words) (string, string) { return "/", w.keys.search }, openSearch, isA[*searchScreen], nil},
	{[]string{"c"}, func(w *words) (string, string) { return "c", w.keys.compare }, openPicker, isA[*picker], canCompare},
	{[]string{"m"}, func(w *words) (string, string) { return "m", w.keys.matrix }, openMatrix, isA[*matrixScreen], canMatrix},
	{[]string{"!"}, func(w *words) (string, string) { return "!", w.keys.findings }, openFindings, isA[*findingsScreen], nil},
	{[]string{"o"}, func(w *words) (string, string) { return "o", w.chart.chart }, openChart, isA[*chartScreen], nil},
}

var launcherKeyMaps = perLang(func(w *words) []key.Binding {
	out := make([]key.Binding, len(launchers))
	for i, l := range launchers {
		h, d := l.help(w)
		out[i] = bind(h, d, l.keys...)
	}
	return out
})

func openSearch(sh *shared, _ screen) (screen, string) { return newSearch(sh), "" }

// keyBar lays out the key bar: the screen's keys, then the views and the
// language, in the order given; as room runs out the last are dropped
// first, but a kept key (revealer) goes only when nothing else can. It
// always ends with help and quit. It returns the bar and each item's
// binding with its cell range, for clicks.
func keyBar(cw cells, st *Styles, items []key.Binding, kept *key.Binding, tail []key.Binding, width int) (string, []barItem) {
	const sep = " • "
	sepW := cw.width(sep)
	// A key a screen disabled (it would do nothing now) is not offered; a
	// binding with help only ("R A C I", keys of its own) still is.
	items = slices.DeleteFunc(slices.Clone(items), func(b key.Binding) bool { return !b.Enabled() && len(b.Keys()) > 0 })
	// cellsOf measures a binding without styling it: the bar is built on
	// every frame, and most bindings are only measured.
	cellsOf := func(b key.Binding) int {
		h := b.Help()
		return cw.width(firstKey(h.Key)) + 1 + cw.width(h.Desc)
	}
	render := func(b key.Binding) (string, int) {
		h := b.Help()
		return st.statusKeySpan.wrap(firstKey(h.Key)) + " " + st.statusSpan.wrap(h.Desc), cellsOf(b)
	}
	// Each key costs its width and a separator, but for the bar's first
	// (a separator fewer than keys); the tail's room is kept.
	room := width + sepW
	for _, b := range tail {
		w := cellsOf(b)
		room -= w + sepW
	}
	shown := make([]bool, len(items))
	take := func(i int) bool {
		w := cellsOf(items[i])
		if w+sepW > room {
			return false
		}
		room -= w + sepW
		shown[i] = true
		return true
	}
	if kept != nil {
		for i, b := range items {
			if slices.Equal(b.Keys(), kept.Keys()) {
				take(i)
				break
			}
		}
	}
	for i := range items {
		if !shown[i] && !take(i) {
			break
		}
	}
	var parts []string
	var placed []barItem
	x := 0
	add := func(b key.Binding) {
		text, w := render(b)
		if len(parts) > 0 {
			parts = append(parts, st.statusSpan.wrap(sep))
			x += sepW
		}
		parts = append(parts, text)
		placed = append(placed, barItem{b, x, x + w})
		x += w
	}
	for i, b := range items {
		if shown[i] {
			add(b)
		}
	}
	// The tail is kept whole where it fits; in a window too narrow for it,
	// a binding that does not fit is left out, never cut mid-word, and an
	// ellipsis says keys are missing (as bubbles/help does).
	const more = " …"
	cut := false
	for _, b := range tail {
		w := cellsOf(b)
		if len(parts) > 0 {
			w += sepW
		}
		if cut || x+w > width {
			cut = true
			continue
		}
		add(b)
	}
	if cut {
		ell := more
		if len(parts) == 0 {
			ell = strings.TrimSpace(more)
		}
		if x+cw.width(ell) <= width {
			parts = append(parts, st.Status.Render(ell))
		}
	}
	return strings.Join(parts, ""), placed
}

// barItem is a binding drawn on the key bar, cells [from, to).
type barItem struct {
	b        key.Binding
	from, to int
}

// firstKey is the first of the keys a help text lists ("→/l/enter" gives
// "→"; "/" is a key of its own).
func firstKey(help string) string {
	if k, _, ok := strings.Cut(help, "/"); ok && k != "" {
		return k
	}
	return help
}
