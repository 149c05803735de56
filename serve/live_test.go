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
	if !strings.Contains(log.String(), "broken.md:2: the front matter is not valid YAML") {
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

// Editors' swap and backup files, and the rest of a content folder's
// parent, do not count as changes.
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
