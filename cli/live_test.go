package cli

import (
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/cache"
	"github.com/dutymap/dutymap/serve"
	"github.com/dutymap/dutymap/ui"
)

const liveKitchen = "---\nid: kitchen\nname: Kitchen\n---\n\n## Baking {#baking}\n\n- Bake the bread.\n"

// startFollowing is the local explorer's following of a content folder,
// started as runTUI starts it, with the messages it sends on msgs.
func startFollowing(t *testing.T, opts options) (*following, <-chan tea.Msg) {
	t.Helper()
	a := &app{io: IO{Out: os.Stdout, Err: os.Stderr}, opts: opts}
	layers := a.layers()
	live, err := serve.NewLive(a.liveLoader(layers, false), a.contentDirs(), serve.NewLogger(&strings.Builder{}))
	if err != nil {
		t.Fatal(err)
	}
	msgs := make(chan tea.Msg, 16)
	started := make(chan struct{})
	close(started)
	f := a.followContent(live, started, func(m tea.Msg) { msgs <- m })
	return f, msgs
}

// awaitMsg waits for the next message, within the test's overall timeout.
func awaitMsg(t *testing.T, msgs <-chan tea.Msg, what string, match func(ui.ContentMsg) bool) ui.ContentMsg {
	t.Helper()
	var guard <-chan time.Time
	if d, ok := t.Deadline(); ok {
		guard = time.After(time.Until(d) * 9 / 10)
	}
	for {
		select {
		case m := <-msgs:
			if c, ok := m.(ui.ContentMsg); ok && match(c) {
				return c
			}
		case <-guard:
			t.Fatalf("never got %s", what)
		}
	}
}

// The explorer is told of each change of its folders: a valid one with
// the new version and its indexes, one with problems with the first
// problem, their count and the validate command for the same layers.
// Stopping ends every goroutine the following started (the watcher's
// included), without waiting for anything else.
func TestFollowContent(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "en", "kitchen.md"), liveKitchen)
	f, msgs := startFollowing(t, options{content: []string{dir}})

	writeFile(t, filepath.Join(dir, "en", "kitchen.md"), strings.Replace(liveKitchen, "name: Kitchen", "name: Bakehouse", 1))
	c := awaitMsg(t, msgs, "the valid change", func(c ui.ContentMsg) bool { return c.Problems == nil })
	if d := c.Org.Department("kitchen"); d == nil || !strings.Contains(d.Title.In(0), "Bakehouse") || c.Version != 2 ||
		c.Search == nil || c.Similarity == nil {
		t.Errorf("the change came as %+v", c)
	}

	writeFile(t, filepath.Join(dir, "en", "kitchen.md"), "---\nid: [kitchen\nname: Kitchen\n---\n")
	c = awaitMsg(t, msgs, "the refused change", func(c ui.ContentMsg) bool { return c.Problems != nil })
	want := ui.ContentProblems{First: filepath.Join(dir, "en", "kitchen.md") + ":2: the front matter is not valid YAML",
		Total: 1, Check: "dutymap validate " + shellQuote(dir)}
	if p := *c.Problems; !strings.HasPrefix(p.First, want.First) || p.Total != want.Total || p.Check != want.Check ||
		strings.Contains(p.First, "\n") {
		t.Errorf("the problems came as %+v, want %+v", p, want)
	}
	if c.Version != 2 || c.Org.Department("kitchen") == nil || c.Similarity != nil {
		t.Errorf("a refused change should name the version on screen, without its indexes again: %+v", c)
	}

	f.stop()
	var guard <-chan time.Time
	if d, ok := t.Deadline(); ok {
		guard = time.After(time.Until(d) * 9 / 10)
	}
	select {
	case <-f.done:
	case <-guard:
		t.Fatal("the following's goroutines never ended")
	}
	var stacks strings.Builder
	_ = pprof.Lookup("goroutine").WriteTo(&stacks, 1)
	for _, fn := range []string{"followContent", "serve.(*Live).Watch", "fsnotify", "giveBackAfter"} {
		if strings.Contains(stacks.String(), fn) {
			t.Errorf("a goroutine in %s outlived the following:\n%s", fn, stacks.String())
		}
	}
}

// An Emacs user's lock file (.#kitchen.md, a link to nowhere, made as a
// buffer is first changed and removed when it is saved) neither stops a
// save from being taken nor leaves a banner behind once it goes: the
// loader passes over what the watcher ignores.
func TestFollowContentPassesOverEmacsLocks(t *testing.T) {
	dir := t.TempDir()
	kitchen := filepath.Join(dir, "en", "kitchen.md")
	writeFile(t, kitchen, liveKitchen)
	f, msgs := startFollowing(t, options{content: []string{dir}})
	defer f.stop()
	saved := func(name string) {
		t.Helper()
		// Saved whole, as editors save (a file caught half written would
		// be a problem of its own), through a temporary name the watcher
		// and the loader pass over.
		tmp := filepath.Join(dir, "en", ".kitchen.md.tmp")
		writeFile(t, tmp, strings.Replace(liveKitchen, "name: Kitchen", "name: "+name, 1))
		if err := os.Rename(tmp, kitchen); err != nil {
			t.Fatal(err)
		}
		awaitMsg(t, msgs, name, func(c ui.ContentMsg) bool {
			if c.Problems != nil {
				t.Fatalf("waiting for %s, the explorer was shown problems: %+v", name, *c.Problems)
			}
			return strings.Contains(c.Org.Department("kitchen").Title.In(0), name)
		})
	}
	saved("Bakehouse") // the watcher is in place

	lock := filepath.Join(dir, "en", ".#kitchen.md")
	if err := os.Symlink("ana@host.4242:1700000000", lock); err != nil {
		t.Fatal(err)
	}
	saved("Bakery")
	if err := os.Remove(lock); err != nil {
		t.Fatal(err)
	}
	saved("Bakers")
}

// validateCommand names the layers the explorer reads, so that what it
// lists is what the reload found.
func TestValidateCommand(t *testing.T) {
	for _, tc := range []struct {
		opts options
		want string
	}{
		{options{content: []string{"org"}}, "dutymap validate org"},
		{options{content: []string{"my org"}, builtin: true}, "dutymap --content 'my org' validate"},
		{options{content: []string{"a", "b"}}, "dutymap --builtin=false --content a --content b validate"},
	} {
		if got := (&app{opts: tc.opts}).validateCommand(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.opts, got, tc.want)
		}
	}
}

// The explorer gives memory back once a reloaded version's indexes are
// built and its cache is written, not once for each: a.saved tells when
// the cache of the version read last is written (at once for any other).
func TestSavedWhenTheCacheIsWritten(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "en", "kitchen.md"), liveKitchen)
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir()}
	a := &app{io: IO{Out: os.Stdout, Err: os.Stderr, Getenv: func(k string) string { return env[k] }},
		opts: options{content: []string{dir}}}
	load := a.liveLoader(a.layers(), false)
	org, _, err := load() // a miss: read from the files, the cache written meanwhile
	if err != nil {
		t.Fatal(err)
	}
	<-a.saved(org)
	if ld, err := a.cacheStore().Open(a.layers()); err != nil || ld.Status != cache.Hit {
		t.Fatalf("the cache is not written when saved says so: %v %v", ld.Status, err)
	}
	select {
	case <-a.saved(nil):
	default:
		t.Error("saved of a version not read last does not close at once")
	}
}
