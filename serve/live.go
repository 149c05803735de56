package serve

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
	"github.com/fsnotify/fsnotify"
)

// Snapshot is one version of the served content: an organisation that
// loaded without problems. Snapshots are never changed once made, so
// sessions share them freely.
type Snapshot struct {
	Org     *model.Org
	Version int       // 1 for the content loaded at start, one more for each change taken
	Loaded  time.Time // when it was loaded

	similarity func() *model.SimilarityBuild
	search     func() *search.Index
}

func newSnapshot(org *model.Org, ix *search.Index, version int) *Snapshot {
	return &Snapshot{Org: org, Version: version, Loaded: time.Now(),
		similarity: sync.OnceValue(func() *model.SimilarityBuild { return model.BuildSimilarity(context.Background(), org) }),
		search: sync.OnceValue(func() *search.Index {
			if ix != nil {
				return ix
			}
			return search.New(org)
		})}
}

// Similarity is the similarity index of the snapshot's organisation, whose
// building (in the background) starts with the first session that shows
// this version; every later session shares it.
func (s *Snapshot) Similarity() *model.SimilarityBuild { return s.similarity() }

// Search is the search index of the snapshot's organisation, shared by
// every session that shows this version (it is safe for concurrent use).
func (s *Snapshot) Search() *search.Index { return s.search() }

// Change is the outcome of reading the content again: the new snapshot, or
// the problems that kept the last good one in place.
type Change struct {
	Snapshot *Snapshot // the snapshot now served (the previous one when Err is set)
	Err      error     // the validation report of a change that was refused
}

// Loader reads the content: the organisation and, when it has one (from
// dutymap's cache), its search index, or nil for the index to be made on
// first use. Its error is the content's validation report.
type Loader func() (*model.Org, *search.Index, error)

// Live holds the content and keeps it current: Watch reads the content
// folders again whenever a file in them changes, swaps in what it read
// when it is valid and keeps the last good version (logging the
// validation report) when it is not. dutymap serve shows it to every
// session; the local explorer follows it too.
type Live struct {
	load Loader
	dirs []string
	log  *Logger

	current  atomic.Pointer[Snapshot]
	reloadMu sync.Mutex // one reload at a time (the watcher, SIGHUP)
	stamp    uint64     // the folders' stamp taken before the last load

	subMu  sync.Mutex
	nextID int
	subs   map[int]func(Change)
}

// Quiet and most delay of the watcher: a change is read once the folders
// have been quiet for debounceQuiet (an editor's save, a git checkout or a
// copy of many files is one change), and at the latest debounceMax after
// the first event, even if writes keep coming.
const (
	debounceQuiet = 200 * time.Millisecond
	debounceMax   = 2 * time.Second
)

// NewLive loads the content once with load; its error is the content's
// validation report: a server does not start on invalid content. dirs are
// the folders Watch watches (the built-in content never changes).
func NewLive(load Loader, dirs []string, log *Logger) (*Live, error) {
	return NewLiveFrom(load, load, dirs, log)
}

// NewLiveFrom is NewLive with the first load done by first (the local
// explorer's, which reads the cache its own way), and every reload by
// load. The folders are looked at before first runs, so that a change
// made while it reads is not missed.
func NewLiveFrom(first, load Loader, dirs []string, log *Logger) (*Live, error) {
	l := &Live{load: load, dirs: dirs, log: log, subs: map[int]func(Change){}}
	l.stamp = l.folderStamp()
	org, ix, err := first()
	if err != nil {
		return nil, err
	}
	l.current.Store(newSnapshot(org, ix, 1))
	return l, nil
}

// Current is the snapshot new sessions start with.
func (l *Live) Current() *Snapshot { return l.current.Load() }

// Subscribe calls fn after every reload, from the reloading goroutine; fn
// must not block. cancel ends the subscription.
func (l *Live) Subscribe(fn func(Change)) (cancel func()) {
	l.subMu.Lock()
	defer l.subMu.Unlock()
	id := l.nextID
	l.nextID++
	l.subs[id] = fn
	return func() {
		l.subMu.Lock()
		defer l.subMu.Unlock()
		delete(l.subs, id)
	}
}

// Follow follows the changes after from: the channel holds the newest
// change not taken yet (a change that comes before the last was taken
// replaces it), starting with the current version if it is not from. With
// refused false only the valid versions are passed on; with it true the
// refused changes are too (the local explorer, whose user is editing the
// files, and an SSH session, whose user is told to ask the server's owner). A
// refused change carries the version still current, so the newest change
// alone says both what to show and whether the files have problems. stop
// ends it.
func (l *Live) Follow(from *Snapshot, refused bool) (newer <-chan Change, stop func()) {
	ch := make(chan Change, 1)
	var mu sync.Mutex
	offer := func(c Change) {
		mu.Lock()
		defer mu.Unlock()
		select {
		case <-ch:
		default:
		}
		ch <- c
	}
	stop = l.Subscribe(func(c Change) {
		if c.Err == nil || refused {
			offer(c)
		}
	})
	// A change that came since Subscribe is at least as new as Current.
	mu.Lock()
	if cur := l.Current(); cur != from && len(ch) == 0 {
		ch <- Change{Snapshot: cur}
	}
	mu.Unlock()
	return ch, stop
}

// Reload reads the content again. Valid content becomes the current
// snapshot; invalid content is logged with its report and changes nothing.
func (l *Live) Reload() Change {
	l.reloadMu.Lock()
	defer l.reloadMu.Unlock()
	start := time.Now()
	l.stamp = l.folderStamp()
	org, ix, err := l.load()
	old := l.current.Load()
	var ch Change
	if err != nil {
		ch = Change{Snapshot: old, Err: err}
		l.log.Warn("content change refused: still serving the last good content", "version", old.Version,
			"loaded", old.Loaded.Format(time.RFC3339))
		l.log.Block(err.Error())
	} else {
		ch = Change{Snapshot: newSnapshot(org, ix, old.Version+1)}
		l.current.Store(ch.Snapshot)
		l.log.Info("content reloaded", "version", ch.Snapshot.Version, "departments", len(org.Departments),
			"nodes", len(org.Nodes()), "took", time.Since(start).Round(time.Millisecond).String())
	}
	l.subMu.Lock()
	fns := make([]func(Change), 0, len(l.subs))
	for _, fn := range l.subs {
		fns = append(fns, fn)
	}
	l.subMu.Unlock()
	for _, fn := range fns {
		fn(ch)
	}
	return ch
}

// Watch watches the content folders until ctx ends, and reloads after each
// change (debounced). Folders created inside them are watched as they
// appear; a content folder that is removed and created again (a deploy
// that replaces it) is found again through its parent folder.
func (l *Live) Watch(ctx context.Context) error {
	if len(l.dirs) == 0 {
		<-ctx.Done()
		return nil
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	roots := map[string]bool{} // cleaned content folders, to filter their parents' events
	for _, d := range l.dirs {
		roots[filepath.Clean(d)] = true
	}
	l.watchAll(w)
	// What changed between the last load and the watches being in place
	// raised no event: compare the folders with how they were then.
	l.reloadMu.Lock()
	missed := l.folderStamp() != l.stamp
	l.reloadMu.Unlock()
	if missed {
		l.Reload()
	}

	return l.coalesce(ctx, w.Events, w.Errors, roots, realClock, func() { l.watchAll(w) })
}

// clock is the time the watcher reads and waits on; tests drive a fake.
type clock struct {
	now   func() time.Time
	after func(time.Duration) <-chan time.Time
}

var realClock = clock{now: time.Now, after: time.After}

// coalesce turns the watcher's events into reloads: a burst of events (an
// editor's save, a git checkout of many files) is one reload, once the
// folders have been quiet for debounceQuiet, or debounceMax after its
// first event if writes keep coming. Events that come during a reload
// make the next one. rewatch runs before each reload, so that the folders
// made since are watched before they are read.
func (l *Live) coalesce(ctx context.Context, events <-chan fsnotify.Event, errs <-chan error, roots map[string]bool,
	clk clock, rewatch func()) error {
	var (
		fire    <-chan time.Time // nil: no reload pending
		first   time.Time
		pending = func(now time.Time) {
			if fire == nil {
				first = now
			}
			fire = clk.after(min(debounceQuiet, max(debounceMax-now.Sub(first), 0)))
		}
	)
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-events:
			if !ok {
				return nil
			}
			if l.relevant(ev, roots) {
				pending(clk.now())
			}
		case err, ok := <-errs:
			if !ok {
				return nil
			}
			// An overflowed event queue lost changes: read everything again.
			l.log.Warn("watching the content folders", "error", err.Error())
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				pending(clk.now())
			}
		case <-fire:
			fire = nil
			rewatch()
			if ctx.Err() == nil {
				l.Reload()
			}
		}
	}
}

// relevant filters out what cannot change the content: the names the
// loader passes over (content.Ignored: hidden files, editors' locks, swap
// and backup files), and, in a content folder's parent, everything but the
// content folder itself.
func (l *Live) relevant(ev fsnotify.Event, roots map[string]bool) bool {
	dir, base := filepath.Dir(ev.Name), filepath.Base(ev.Name)
	if !l.inContent(dir, roots) {
		return roots[filepath.Clean(ev.Name)]
	}
	// The loader passes over the same names: a file ignored here is never
	// one it reads (.#file.md, ._file.md, file.md~, .git).
	return !content.Ignored(base)
}

// inContent reports whether dir is a content folder or inside one.
func (l *Live) inContent(dir string, roots map[string]bool) bool {
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if roots[d] {
			return true
		}
		if parent := filepath.Dir(d); parent == d {
			return false
		}
	}
}

// watchAll watches every folder of the content (adding a watch twice is
// harmless) and the parent of each content folder.
func (l *Live) watchAll(w *fsnotify.Watcher) {
	for _, root := range l.dirs {
		if err := w.Add(filepath.Dir(filepath.Clean(root))); err != nil && !errors.Is(err, fs.ErrNotExist) {
			l.log.Warn("cannot watch the folder holding the content", "folder", filepath.Dir(root), "error", err.Error())
		}
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // gone or unreadable: the reload reports what matters
			}
			if !d.IsDir() {
				return nil
			}
			if path != root && content.Ignored(path) {
				return filepath.SkipDir
			}
			if err := w.Add(path); err != nil && !errors.Is(err, os.ErrNotExist) {
				l.log.Warn("cannot watch a content folder; changes in it are seen at the next change elsewhere", "folder", path, "error", err.Error())
			}
			return nil
		})
	}
}

// folderStamp sums up the content folders as they are: every file's path,
// size and modification time. Two equal stamps mean nothing was written in
// between (a file system's timestamps are nanoseconds on Linux).
func (l *Live) folderStamp() uint64 {
	h := fnv.New64a()
	for _, root := range l.dirs {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(h, "%s\x00error\x00", path)
				return nil
			}
			if path != root && content.Ignored(path) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil // an editor's lock or swap file changes nothing
			}
			info, err := d.Info()
			if err != nil {
				return nil
			}
			fmt.Fprintf(h, "%s\x00%d\x00%d\x00", path, info.Size(), info.ModTime().UnixNano())
			return nil
		})
	}
	return h.Sum64()
}
