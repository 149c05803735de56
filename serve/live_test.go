package serve

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
	"github.com/fsnotify/fsnotify"
)

const kitchenEN = "---\nid: kitchen\nname: Kitchen\n---\n\n## Baking {#baking}\n\n- Bake the bread.\n"

func writeContent(t *testing.T, dir, name, text string) {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// watched starts Live on dir and its watcher; changes receives every
// reload.
func watched(t *testing.T, dir string) (*Live, <-chan Change, *strings.Builder) {
	t.Helper()
	var log strings.Builder
	live, err := NewLive(func() (*model.Org, *search.Index, error) {
		org, err := content.Load(content.Dir(dir))
		return org, nil, err
	}, []string{dir}, NewLogger(&log))
	if err != nil {
		t.Fatal(err)
	}
	changes := make(chan Change, 16)
	live.Subscribe(func(ch Change) { changes <- ch })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := live.Watch(ctx); err != nil {
			t.Error(err)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
	return live, changes, &log
}

func awaitChange(t *testing.T, changes <-chan Change, what string, match func(Change) bool) Change {
	t.Helper()
	var guard <-chan time.Time
	if d, ok := t.Deadline(); ok {
		guard = time.After(time.Until(d) * 9 / 10)
	}
	for {
		select {
		case ch := <-changes:
			if match(ch) {
				return ch
			}
			t.Logf("waiting for %s; a change came: version %d, problems: %v", what, ch.Snapshot.Version, ch.Err)
		case <-guard:
			t.Fatalf("never saw %s", what)
		}
	}
}

// New files and new folders (a second language added while the server
// runs) are read; a change with problems keeps the last good content.
func TestLiveFollowsFilesAndFolders(t *testing.T) {
	dir := t.TempDir()
	writeContent(t, dir, "en/kitchen.md", kitchenEN)
	live, changes, log := watched(t, dir)
	if v := live.Current().Version; v != 1 {
		t.Fatalf("first version %d", v)
	}

	writeContent(t, dir, "en/shop.md", "---\nid: shop\nname: Shop\n---\n\n## Selling {#selling}\n\n- Sell the bread.\n")
	awaitChange(t, changes, "the new file", func(ch Change) bool { return ch.Err == nil && ch.Snapshot.Org.Department("shop") != nil })

	// A folder made after the watch started, and a file in it.
	writeContent(t, dir, "zh/kitchen.md", "---\nid: kitchen\nname: 厨房\n---\n\n## 烘焙 {#baking}\n\n- 烤面包。\n")
	ch := awaitChange(t, changes, "the new language folder", func(ch Change) bool {
		return ch.Err == nil && ch.Snapshot.Org.Department("kitchen").Title[model.Zh] == "厨房"
	})
	if live.Current() != ch.Snapshot {
		t.Error("the new snapshot is not the current one")
	}

	good := live.Current()
	writeContent(t, dir, "en/broken.md", "---\nid: broken\nname: [unclosed\n---\n")
	ch = awaitChange(t, changes, "the refused change", func(ch Change) bool { return ch.Err != nil })
	if ch.Snapshot != good || live.Current() != good {
		t.Error("a change with problems replaced the content")
	}
	if !strings.Contains(log.String(), "broken.md:3: the front matter is not valid YAML") { // the unclosed [ of name:
		t.Errorf("the report is not in the log:\n%s", log)
	}
}

// A content folder replaced whole (removed, then made again, as a deploy
// does) is found again through its parent.
func TestLiveFollowsAReplacedFolder(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "org")
	writeContent(t, dir, "en/kitchen.md", kitchenEN)
	_, changes, _ := watched(t, dir)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	awaitChange(t, changes, "the removal refused", func(ch Change) bool { return ch.Err != nil })
	writeContent(t, dir, "en/kitchen.md", strings.Replace(kitchenEN, "Bake the bread.", "Bake the rolls.", 1))
	awaitChange(t, changes, "the new folder read", func(ch Change) bool {
		return ch.Err == nil && strings.Contains(ch.Snapshot.Org.Department("kitchen").Children[0].Children[0].Title[model.En], "rolls")
	})
}

// What the loader passes over (content.Ignored: editors' locks, swap and
// backup files), and the rest of a content folder's parent, do not count
// as changes.
func TestLiveIgnoresWhatIsNotContent(t *testing.T) {
	l := &Live{log: NewLogger(io.Discard)}
	roots := map[string]bool{"/srv/org": true}
	for name, want := range map[string]bool{
		"/srv/org/en/kitchen.md":         true,
		"/srv/org/zh":                    true,
		"/srv/org/sources.yaml":          true,
		"/srv/org/en/.kitchen.md.swp":    false,
		"/srv/org/en/kitchen.md~":        false,
		"/srv/org/en/4913":               false,
		"/srv/org/en/.#kitchen.md":       false, // Emacs's lock link
		"/srv/org/en/._kitchen.md":       false, // macOS's AppleDouble file
		"/srv/org/en/#kitchen.md#":       false, // Emacs's auto-save
		"/srv/org/en/kitchen.md.bak":     false,
		"/srv/org/.git":                  false,
		"/srv/org":                       true, // the folder itself, seen from its parent
		"/srv/other":                     false,
		"/srv/org-backup/en/kitchen.md":  false,
		"/srv/org/en/drafts/kitchen.tmp": false,
	} {
		if got := l.relevant(fsnotify.Event{Name: name, Op: fsnotify.Write}, roots); got != want {
			t.Errorf("%s: relevant %v, want %v", name, got, want)
		}
	}
}

// A session follows the valid versions only, and only the newest it has
// not taken yet; a version made before it started following is not lost.
func TestLiveFollow(t *testing.T) {
	orgs := map[string]*model.Org{}
	for _, name := range []string{"a", "b", "c"} {
		dir := t.TempDir()
		writeContent(t, dir, "en/kitchen.md", strings.Replace(kitchenEN, "Kitchen", "Kitchen "+name, 1))
		org, err := content.Load(content.Dir(dir))
		if err != nil {
			t.Fatal(err)
		}
		orgs[name] = org
	}
	next := "a"
	live, err := NewLive(func() (*model.Org, *search.Index, error) {
		if next == "bad" {
			return nil, nil, errors.New("en/kitchen.md:2: a problem")
		}
		return orgs[next], nil, nil
	}, nil, NewLogger(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	started := live.Current()
	pending := func(newer <-chan Change) *Snapshot {
		select {
		case c := <-newer:
			return c.Snapshot
		default:
			return nil
		}
	}

	next = "b"
	live.Reload() // before the session follows: not lost
	newer, stop := live.Follow(started, false)
	defer stop()
	if s := pending(newer); s == nil || s.Org != orgs["b"] {
		t.Fatalf("the version made before following: %v", s)
	}
	next = "bad"
	live.Reload()
	if s := pending(newer); s != nil {
		t.Errorf("a refused change was passed on (version %d)", s.Version)
	}
	next = "c"
	live.Reload()
	next = "a"
	live.Reload()
	if s := pending(newer); s == nil || s.Org != orgs["a"] || s.Version != 4 {
		t.Errorf("after two changes the newest should wait alone: %+v", s)
	}
	if s := pending(newer); s != nil {
		t.Errorf("an older version was kept too: %d", s.Version)
	}
	stop()
	live.Reload()
	if s := pending(newer); s != nil {
		t.Error("a stopped follower still gets versions")
	}
}

// TestSnapshotServesTheLoadedIndex: an index that came with the content
// (dutymap's cache) is the one every session searches; without one, the
// snapshot makes its own.
func TestSnapshotServesTheLoadedIndex(t *testing.T) {
	dir := t.TempDir()
	writeContent(t, dir, "en/kitchen.md", kitchenEN)
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	ix := search.New(org)
	live, err := NewLive(func() (*model.Org, *search.Index, error) { return org, ix, nil }, nil, NewLogger(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	if live.Current().Search() != ix {
		t.Fatal("the snapshot does not serve the index that was loaded")
	}
	live, err = NewLive(func() (*model.Org, *search.Index, error) { return org, nil, nil }, nil, NewLogger(io.Discard))
	if err != nil || live.Current().Search() == nil {
		t.Fatal("without a loaded index the snapshot must make one")
	}
}

// fakeClock is a clock the test moves: each wait the watcher asks for is
// handed to the test, which fires it when it chooses.
type fakeClock struct {
	now   time.Time
	waits chan fakeWait
}

type fakeWait struct {
	d    time.Duration
	fire chan time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC), waits: make(chan fakeWait, 64)}
}

func (c *fakeClock) clock() clock {
	return clock{now: func() time.Time { return c.now }, after: func(d time.Duration) <-chan time.Time {
		w := fakeWait{d, make(chan time.Time, 1)}
		c.waits <- w // the test takes each wait in turn
		return w.fire
	}}
}

// countingLive is a Live whose loads are counted, each reported on loads.
func countingLive(t *testing.T) (*Live, <-chan int) {
	t.Helper()
	org, err := content.Load(content.Dir(func() string {
		dir := t.TempDir()
		writeContent(t, dir, "en/kitchen.md", kitchenEN)
		return dir
	}()))
	if err != nil {
		t.Fatal(err)
	}
	loads := make(chan int, 16)
	n := 0
	live, err := NewLive(func() (*model.Org, *search.Index, error) {
		n++
		loads <- n
		return org, nil, nil
	}, nil, NewLogger(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	<-loads // the first load
	return live, loads
}

// nextLoad waits for the next load, within the test's overall timeout.
func nextLoad(t *testing.T, loads <-chan int, want int) {
	t.Helper()
	var guard <-chan time.Time
	if d, ok := t.Deadline(); ok {
		guard = time.After(time.Until(d) * 9 / 10)
	}
	select {
	case n := <-loads:
		if n != want {
			t.Fatalf("load %d, want load %d", n, want)
		}
	case <-guard:
		t.Fatalf("load %d never came", want)
	}
}

// A burst of events (an editor's save, a git checkout of many files) is
// one reload, once the folders are quiet for debounceQuiet; a burst that
// never stops is read debounceMax after its first event; a wait that a
// later event replaced never fires a reload; events that are not content
// start no wait at all.
func TestLiveCoalescesBursts(t *testing.T) {
	live, loads := countingLive(t)
	clk := newFakeClock()
	events, errs := make(chan fsnotify.Event), make(chan error)
	rewatched := make(chan struct{}, 16)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		done <- live.coalesce(ctx, events, errs, map[string]bool{"/org": true}, clk.clock(),
			func() { rewatched <- struct{}{} })
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	event := func(name string, after time.Duration) fakeWait {
		t.Helper()
		clk.now = clk.now.Add(after)
		events <- fsnotify.Event{Name: name, Op: fsnotify.Write}
		return <-clk.waits
	}

	// An editor's save: a swap file, the file written, renamed, chmodded.
	events <- fsnotify.Event{Name: "/org/en/.kitchen.md.swp", Op: fsnotify.Create}
	var waits []fakeWait
	for i := range 4 {
		waits = append(waits, event("/org/en/kitchen.md", time.Duration(i)*10*time.Millisecond))
	}
	for _, w := range waits {
		if w.d != debounceQuiet {
			t.Errorf("a wait of %v within a burst, want %v", w.d, debounceQuiet)
		}
	}
	waits[0].fire <- clk.now // replaced by a later event: nothing happens
	event("/org/en/kitchen.md", 0).fire <- clk.now
	nextLoad(t, loads, 2)
	if len(rewatched) != 1 {
		t.Errorf("the folders were watched again %d times before the reload, want once", len(rewatched))
	}
	if len(waits[0].fire) != 1 {
		t.Error("the watcher still listened to a wait a later event had replaced")
	}

	// A copy that never pauses: the waits shrink so that the reload comes
	// debounceMax after the first event.
	if w := event("/org/en/a.md", 0); w.d != debounceQuiet {
		t.Errorf("first wait %v", w.d)
	}
	if w := event("/org/en/b.md", debounceMax-50*time.Millisecond); w.d != 50*time.Millisecond {
		t.Errorf("a wait near the limit is %v, want 50ms", w.d)
	}
	w := event("/org/en/c.md", time.Second)
	if w.d != 0 {
		t.Errorf("a wait past the limit is %v, want 0", w.d)
	}
	w.fire <- clk.now
	nextLoad(t, loads, 3)

	// A lost event queue reads everything again.
	clk.now = clk.now.Add(time.Minute)
	errs <- fsnotify.ErrEventOverflow
	(<-clk.waits).fire <- clk.now
	nextLoad(t, loads, 4)
	if len(loads) != 0 {
		t.Errorf("%d reloads more than the bursts", len(loads))
	}
	events <- fsnotify.Event{Name: "/org/en/kitchen.md~", Op: fsnotify.Create} // taken: the waits asked for before it are in
	if len(clk.waits) != 0 {
		t.Errorf("%d waits asked for by events that are not content", len(clk.waits))
	}
}

// A reload never runs beside another: one asked for while a load is
// under way (SIGHUP during a change) waits for it, and reads the files
// after it, so the newest version is always the one read last.
func TestLiveReloadsOneAtATime(t *testing.T) {
	release := make(chan struct{})
	started := make(chan int, 4)
	n := 0
	live, err := NewLive(func() (*model.Org, *search.Index, error) {
		n++
		if n > 1 {
			started <- n
			<-release
		}
		return &model.Org{}, nil, nil
	}, nil, NewLogger(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	results := make(chan Change, 2)
	go func() { results <- live.Reload() }()
	if got := <-started; got != 2 {
		t.Fatalf("load %d", got)
	}
	go func() { results <- live.Reload() }()
	select {
	case got := <-started:
		t.Fatalf("load %d started while load 2 was under way", got)
	default:
	}
	release <- struct{}{}
	first := <-results
	if got := <-started; got != 3 {
		t.Fatalf("load %d", got)
	}
	release <- struct{}{}
	second := <-results
	if first.Snapshot.Version != 2 || second.Snapshot.Version != 3 || live.Current() != second.Snapshot {
		t.Errorf("versions %d then %d, current %d: the later reload must be the current one",
			first.Snapshot.Version, second.Snapshot.Version, live.Current().Version)
	}
}

// The local explorer follows refused changes too: each carries the
// version still current, and a valid change after it replaces it.
func TestLiveFollowRefused(t *testing.T) {
	bad := false
	live, err := NewLive(func() (*model.Org, *search.Index, error) {
		if bad {
			return nil, nil, errors.New("en/kitchen.md:2: a problem")
		}
		return &model.Org{}, nil, nil
	}, nil, NewLogger(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	first := live.Current()
	newer, stop := live.Follow(first, true)
	defer stop()
	bad = true
	live.Reload()
	c := <-newer
	if c.Err == nil || c.Snapshot != first {
		t.Fatalf("a refused change should carry the current version and its problems: %+v", c)
	}
	live.Reload()
	bad = false
	live.Reload()
	if c := <-newer; c.Err != nil || c.Snapshot.Version != 2 {
		t.Errorf("the valid change did not replace the refused ones: %+v", c)
	}
	if len(newer) != 0 {
		t.Error("an older change was kept too")
	}
}
