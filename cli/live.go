package cli

import (
	"context"
	"errors"
	"runtime/debug"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/cache"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
	"github.com/dutymap/dutymap/serve"
	"github.com/dutymap/dutymap/ui"
)

// The content folders are watched by one piece, serve.Live, for both
// dutymap serve (every session follows the valid versions) and the local
// explorer (which follows the refused ones too: its user is the one
// editing the files, and sees what is wrong with them).

// liveLoader reads the content again after a change: through the cache,
// as at start, each version's index written back for the next start (in
// the background: the version is shown meanwhile). A changed folder
// misses the cache, so the version is read from the files and lives on
// the heap; reading it back from the cache would keep less, but each
// version read from the cache keeps its file mapped for the life of the
// process (its texts point into it), which a process that reloads for
// months cannot afford.
//
// Writing the cache leaves garbage the size of the file. With giveBack
// (dutymap serve) the memory is given back once it is written; the
// explorer gives it back once, after the new version's indexes are built
// too (giveBackAfter waits for the write: a.saving), rather than twice.
func (a *app) liveLoader(layers []content.Layer, giveBack bool) serve.Loader {
	return func() (*model.Org, *search.Index, error) {
		ld, err := a.cacheStore().Open(layers)
		if err != nil {
			return nil, nil, err
		}
		p := &pendingSave{org: ld.Org, done: make(chan struct{})}
		a.saving.Store(p)
		go func() {
			defer close(p.done)
			if ld.Status == cache.Miss && ld.Save() == nil && giveBack {
				debug.FreeOSMemory()
			}
		}()
		return ld.Org, ld.Index, nil
	}
}

// pendingSave is the writing of the cache of the last version read (see
// liveLoader): done closes when it is written, or given up.
type pendingSave struct {
	org  *model.Org
	done chan struct{}
}

// saved closes when the cache of org is written, if org is the version
// read last; otherwise at once (an older version: its writing is over or
// no longer matters).
func (a *app) saved(org *model.Org) <-chan struct{} {
	if p := a.saving.Load(); p != nil && p.org == org {
		return p.done
	}
	done := make(chan struct{})
	close(done)
	return done
}

// snapshotMsg tells a running explorer about a version of the content.
// The indexes are taken here, off the program's update loop: a search
// index made on first use, and the similarity build started, take seconds
// at scale.
func snapshotMsg(snap *serve.Snapshot) ui.ContentMsg {
	return ui.ContentMsg{Org: snap.Org, Similarity: snap.Similarity(), Search: snap.Search(), Version: snap.Version}
}

// following is the local explorer following its content folders; stop
// ends it (at once: a reload under way finishes on its own, and is not
// waited for) and done closes when its goroutines have returned.
type following struct {
	stop func()
	done chan struct{}
}

// followContent watches the content folders of live, from when start
// closes (the first frame drawn: setting the watches reads every folder),
// and sends the program each change: a new version, or the problems that
// kept the last valid one on screen.
func (a *app) followContent(live *serve.Live, start <-chan struct{}, send func(tea.Msg)) *following {
	ctx, cancel := context.WithCancel(context.Background())
	shown := live.Current() // the version the program shows
	newer, unfollow := live.Follow(shown, true)
	f := &following{done: make(chan struct{})}
	var wg sync.WaitGroup
	wg.Go(func() {
		select {
		case <-start:
		case <-ctx.Done():
			return
		}
		// Without a watcher (the system's limit reached) the explorer
		// shows the content it loaded, as it did before it followed it.
		_ = live.Watch(ctx)
	})
	wg.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case c := <-newer:
				// A refused change of the version already sent needs no
				// index: asking for one would start a second build.
				msg := ui.ContentMsg{Org: c.Snapshot.Org, Version: c.Snapshot.Version}
				if c.Snapshot != shown {
					shown, msg = c.Snapshot, snapshotMsg(c.Snapshot)
					saved := a.saved(shown.Org)
					wg.Go(func() { giveBackAfter(ctx, msg.Similarity, msg.Search, saved) })
				}
				if c.Err != nil {
					msg.Problems = a.contentProblems(c.Err)
				}
				send(msg)
			}
		}
	})
	go func() {
		wg.Wait()
		close(f.done)
	}()
	f.stop = func() {
		cancel()
		unfollow()
	}
	return f
}

// giveBackAfter returns to the system, once the new version's similarity
// index is built and its cache written (saved), the memory the build, the
// writing and the version before it left behind, and lets the Chinese
// dictionary go, as the explorer does after its first build (settle).
func giveBackAfter(ctx context.Context, sim *model.SimilarityBuild, ix *search.Index, saved <-chan struct{}) {
	if _, err := sim.Wait(ctx); err != nil {
		return
	}
	select {
	case <-saved:
	case <-ctx.Done():
		return
	}
	prepareIdle(ix)
	debug.FreeOSMemory()
}

// contentProblems sums up a refused change for the explorer's banner: the
// first problem, how many there are, and the command that lists them.
func (a *app) contentProblems(err error) *ui.ContentProblems {
	first, total := err.Error(), 1
	var ps content.Problems
	if errors.As(err, &ps) {
		if errs := ps.Errors(); len(errs) > 0 {
			first, total = errs[0].String(), errs.Total()
		}
	}
	first, _, _ = strings.Cut(first, "\n") // the fix is in the full report
	return &ui.ContentProblems{First: termsafe.Plain(first), Total: total, Check: a.validateCommand()}
}

// problemCount is how many problems a refused change has.
func problemCount(err error) int {
	var ps content.Problems
	if errors.As(err, &ps) {
		if n := ps.Errors().Total(); n > 0 {
			return n
		}
	}
	return 1
}

// validateCommand is the command line that lists the problems of the
// content this dutymap reads: validate, with the same layers.
func (a *app) validateCommand() string {
	if dirs := a.opts.content; !a.opts.builtin && len(dirs) == 1 && a.getenv(ContentEnv) == "" {
		return "dutymap validate " + shellQuote(dirs[0])
	}
	return a.commandLine("validate")
}

// commandLine is the command line that runs sub on the content this
// dutymap reads, for a fix to give: the --builtin and --content flags the
// user gave are repeated, so that it works pasted as printed (a bare
// "dutymap matrix d0" read the built-in content instead). In a session of
// dutymap serve it is the ssh command, whose content the server chooses.
func (a *app) commandLine(sub string) string {
	if a.host != nil {
		return "ssh HOST " + sub
	}
	return contentCommand(a.opts.builtin, a.opts.content, sub)
}

// contentCommand is the command line that runs sub on the content of the
// folders dirs, over the built-in content when builtin is true.
func contentCommand(builtin bool, dirs []string, sub string) string {
	parts := []string{"dutymap"}
	if !builtin {
		parts = append(parts, "--builtin=false")
	}
	for _, d := range dirs {
		parts = append(parts, "--content", shellQuote(d))
	}
	return strings.Join(append(parts, sub), " ")
}
