package ui

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// loop runs the model as Bubble Tea's loop does, and times it: every
// message is one Update and one render of the whole screen, on this
// goroutine; every command runs on a goroutine of its own and sends its
// message back. A slow Update or View is a stall the user sees (nothing
// moves, a typed letter does not appear); a slow command is not.
type loop struct {
	m       *Model
	msgs    chan tea.Msg
	pending sync.WaitGroup
	times   []time.Duration
	cpu     []time.Duration // each step's CPU time on the loop's thread
	worst   string          // what the worst step handled
}

// debugStalls prints every step over 10 ms, to find what stalls.
const debugStalls = false

func keyName(msg tea.Msg) string {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return k.String()
	}
	return ""
}

func newLoop(m *Model) *loop { return &loop{m: m, msgs: make(chan tea.Msg, 1024)} }

// step handles one message and starts its command.
func (l *loop) step(msg tea.Msg) {
	t, c := time.Now(), threadCPU()
	next, cmd := l.m.Update(msg)
	l.m = next.(*Model)
	_ = l.m.Render()
	d := time.Since(t)
	l.cpu = append(l.cpu, threadCPU()-c)
	if len(l.times) == 0 || d > slices.Max(l.times) {
		l.worst = fmt.Sprintf("%T", msg)
		if k, ok := msg.(tea.KeyPressMsg); ok {
			l.worst += " " + k.String()
		}
	}
	if debugStalls && d > 10*time.Millisecond {
		fmt.Printf("%6.1f ms (cpu %6.1f) %T %v\n", float64(d.Microseconds())/1000, float64(l.cpu[len(l.cpu)-1].Microseconds())/1000, msg, keyName(msg))
	}
	l.times = append(l.times, d)
	l.start(cmd)
}

func (l *loop) start(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	l.pending.Add(1)
	go func() {
		defer l.pending.Done()
		msg := cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			for _, c := range batch {
				l.start(c)
			}
			return
		}
		// Sequences are the root's business in Bubble Tea; here each of
		// their commands runs like a batch's.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
			for i := range v.Len() {
				l.start(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		if msg != nil {
			l.msgs <- msg
		}
	}()
}

// drain handles the messages that have arrived, without waiting.
func (l *loop) drain() {
	for {
		select {
		case msg := <-l.msgs:
			l.step(msg)
		default:
			return
		}
	}
}

// settle handles messages until every command has finished.
func (l *loop) settle() {
	done := make(chan struct{})
	go func() { l.pending.Wait(); close(done) }()
	for {
		select {
		case msg := <-l.msgs:
			l.step(msg)
		case <-done:
			l.drain()
			return
		}
	}
}

// keys presses each key, handling what arrived between presses, as a user
// typing about as fast as a key repeat does.
func (l *loop) keys(names ...string) {
	for _, n := range names {
		l.step(keyMsg(n))
		time.Sleep(5 * time.Millisecond) // a fast typist's or a key repeat's pace, for commands to run meanwhile
		l.drain()
	}
}

func (l *loop) text(s string) {
	for _, r := range s {
		l.step(tea.KeyPressMsg{Code: r, Text: string(r)})
		time.Sleep(5 * time.Millisecond)
		l.drain()
	}
}

// BenchmarkExplorerStalls drives the explorer over generated organisations
// of 100,000 and 1,000,000 duties from its first frame, with the search
// index read from the cache (prepared) and the similarity index building
// in the background, as `dutymap --content DIR` runs: moving in the tree,
// opening departments and duty pages while similar duties are still being
// prepared, searching while typing, comparing two departments, resizing.
// It reports the worst and the 99th-percentile time of one Update plus a
// full render (worst-ms, p99-ms): the longest the screen stood still.
// Budgets (issue 18): worst <= 16 ms at 100,000 duties, <= 50 ms at
// 1,000,000.
func BenchmarkExplorerStalls(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("duties=%d", n), func(b *testing.B) {
			if n > 100_000 && testing.Short() {
				b.Skip("1,000,000 duties: not in -short")
			}
			org := synth.Generate(n, 1)
			ix := search.New(org)
			ix.Prepare()
			var times, cpu []time.Duration
			worst := ""
			// The loop runs on one thread, as Bubble Tea's does, so that
			// its CPU time can be read.
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for b.Loop() {
				ctx, cancel := context.WithCancel(context.Background())
				l := newLoop(New(Config{Org: org, Lang: model.En, Theme: ThemeDark, Title: "synth",
					Similarity: model.BuildSimilarity(ctx, org), Search: ix}))
				l.start(l.m.Init())
				l.step(tea.WindowSizeMsg{Width: 120, Height: 40})
				l.keys("j", "j", "j", "enter", "j", "j", "enter", "j", "j", "j", "enter") // into a department, its sections, a duty
				l.keys("j", "j", "j", "j", "k", "k")                                      // duty pages while similar duties are prepared
				l.step(tea.WindowSizeMsg{Width: 90, Height: 30})
				l.step(tea.WindowSizeMsg{Width: 160, Height: 50})
				l.keys("/")
				l.text("set prices")
				l.keys("down", "down", "backspace", "backspace")
				l.text("ce lists")
				l.settle()
				l.keys("enter")         // to the duty in the tree
				l.keys("c")             // compare with…
				l.text("south sales")   // the picker
				l.keys("enter")         // the comparison, paired in a command
				l.keys("j", "j", "tab") // scroll, other side
				l.settle()
				l.keys("esc", "esc", "G", "g")
				l.settle()
				cancel()
				times, cpu = append(times, l.times...), append(cpu, l.cpu...)
				if len(l.times) > 0 && slices.Max(l.times) == slices.Max(times) {
					worst = l.worst
				}
			}
			slices.Sort(times)
			slices.Sort(cpu)
			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
			b.ReportMetric(ms(times[len(times)-1]), "worst-ms")
			b.ReportMetric(ms(times[len(times)*99/100]), "p99-ms")
			b.ReportMetric(ms(cpu[len(cpu)-1]), "worst-cpu-ms")
			b.ReportMetric(float64(len(times))/float64(b.N), "steps/op")
			b.Logf("%d duties: worst step %v: %s", n, times[len(times)-1], worst)
		})
	}
}
