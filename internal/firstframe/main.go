// Command firstframe times the explorer's first frame as a user sees it,
// and its idle resident memory: it starts each binary given in a private
// tmux server (120×35) and polls the pane until the explorer's tree is on
// screen, timing from launch, with tmux's own start (a trivial command
// polled the same way) measured alongside and subtracted. Binaries are run
// in turn, A B A B, so that load from other work falls on both alike.
// After the frame it polls the process's VmRSS until it has not changed
// for two seconds (the background builds done, their garbage given back).
//
//	go run ./internal/firstframe -n 7 -content /tmp/s100k -wait 'North marketing' /tmp/main-dutymap ./dutymap
//
// Each binary gets a cache folder of its own (XDG_CACHE_HOME under
// -cache), warmed by one run before timing: a cache file is tied to the
// build that wrote it.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// server is the name of the private tmux server of the current launch:
// a new one each time, since a server just killed may still hold its
// socket.
var server = "firstframe"

var launches int

// poll is the time between two looks at the screen.
const poll = 10 * time.Millisecond

func main() {
	runs := flag.Int("n", 7, "runs of each binary")
	folder := flag.String("content", "", "content folder (--builtin=false --content DIR); empty: the built-in content")
	wait := flag.String("wait", "", "text on the second line of the screen that says the tree is drawn (default: the key bar's \"move\")")
	cacheDir := flag.String("cache", "/tmp/framecache", "parent of each binary's XDG_CACHE_HOME")
	rss := flag.Bool("rss", true, "measure idle resident memory after each frame")
	peer := flag.String("peer", "", "a peer's shell command timed in turn with the binaries (e.g. '/tmp/glow page.md'), kept on screen after it exits")
	peerWait := flag.String("peerwait", "", "text anywhere on the screen that says the peer's output is drawn")
	flag.Parse()
	bins := flag.Args()
	if len(bins) == 0 {
		fmt.Fprintln(os.Stderr, "usage: firstframe [flags] BINARY...")
		os.Exit(2)
	}
	var args []string
	if *folder != "" {
		args = []string{"--builtin=false", "--content", *folder}
	}
	ready := func(screen string) bool {
		lines := strings.Split(screen, "\n")
		if *wait != "" {
			return len(lines) > 1 && strings.Contains(lines[1], *wait)
		}
		return strings.Contains(screen, "move •")
	}
	caches := make([]string, len(bins))
	for i, b := range bins {
		abs, err := filepath.Abs(b)
		if err != nil {
			fail(err)
		}
		bins[i] = abs
		caches[i] = filepath.Join(*cacheDir, fmt.Sprintf("bin%d", i))
		if err := os.MkdirAll(caches[i], 0o700); err != nil {
			fail(err)
		}
		// Warm the cache: a search writes it.
		cmd := exec.Command(abs, append(slices.Clone(args), "search", "prices")...)
		cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+caches[i])
		if out, err := cmd.CombinedOutput(); err != nil {
			fail(fmt.Errorf("%s: %v\n%s", abs, err, out))
		}
	}
	frames := make([][]time.Duration, len(bins))
	mem := make([][]int, len(bins))
	peak := make([][]int, len(bins))
	var tmuxAlone, peers []time.Duration
	for range *runs {
		if *peer != "" {
			d, _, _ := launch(*peer+"; sleep 30", func(s string) bool { return strings.Contains(s, *peerWait) }, false)
			peers = append(peers, d)
		}
		d, _, _ := launch("printf 'ready'; sleep 30", func(s string) bool { return strings.Contains(s, "ready") }, false)
		tmuxAlone = append(tmuxAlone, d)
		for i, b := range bins {
			line := "exec env XDG_CACHE_HOME=" + caches[i] + " " + shellQuote(append([]string{b}, args...))
			d, kb, hwm := launch(line, ready, *rss)
			frames[i] = append(frames[i], d)
			mem[i], peak[i] = append(mem[i], kb), append(peak[i], hwm)
		}
	}
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("load average at the end: %s", load)
	fmt.Printf("tmux alone: median %v (%v)\n", median(tmuxAlone), tmuxAlone)
	if *peer != "" {
		net := make([]time.Duration, len(peers))
		for j, d := range peers {
			net[j] = d - tmuxAlone[j]
		}
		fmt.Printf("%s\n  first frame, tmux subtracted: median %v; runs %v\n", *peer, median(net), round(net))
	}
	for i, b := range bins {
		net := make([]time.Duration, len(frames[i]))
		for j, d := range frames[i] {
			net[j] = d - tmuxAlone[j]
		}
		fmt.Printf("%s\n  first frame, tmux subtracted: median %v; runs %v\n", b, median(net), round(net))
		if *rss {
			slices.Sort(mem[i])
			fmt.Printf("  idle VmRSS: median %.1f MB; runs %v kB\n", float64(mem[i][len(mem[i])/2])/1024, mem[i])
			slices.Sort(peak[i])
			fmt.Printf("  peak VmHWM: median %.1f MB; runs %v kB\n", float64(peak[i][len(peak[i])/2])/1024, peak[i])
		}
	}
}

// launch starts a tmux server running line and polls its pane until done
// accepts the screen. It returns the time that took and, when rss is set,
// the process's settled VmRSS and its peak (VmHWM) in kB.
func launch(line string, done func(string) bool, rss bool) (time.Duration, int, int) {
	launches++
	server = fmt.Sprintf("firstframe-%d-%d", os.Getpid(), launches)
	start := time.Now()
	if out, err := exec.Command("tmux", "-L", server, "new", "-d", "-x", "120", "-y", "35", line).CombinedOutput(); err != nil {
		fail(fmt.Errorf("tmux: %v: %s", err, out))
	}
	for {
		// Polling flat out would take a core from the program timed (each
		// capture is a tmux client): every 10 ms, tmux alone timed alike.
		time.Sleep(poll)
		out, err := exec.Command("tmux", "-L", server, "capture-pane", "-p").Output()
		if err == nil && done(string(out)) {
			break
		}
		if time.Since(start) > 60*time.Second {
			fail(fmt.Errorf("no frame after a minute: %s\n%s", line, out))
		}
	}
	d := time.Since(start)
	kb, hwm := 0, 0
	if rss {
		kb, hwm = settledRSS()
	}
	exec.Command("tmux", "-L", server, "kill-server").Run()
	return d, kb, hwm
}

// settledRSS polls the pane's process until its VmRSS has not changed by
// more than 1% for two seconds, and returns it with the peak so far.
func settledRSS() (int, int) {
	out, err := exec.Command("tmux", "-L", server, "list-panes", "-F", "#{pane_pid}").Output()
	if err != nil {
		fail(err)
	}
	pid := strings.TrimSpace(string(out))
	last, since := 0, time.Now()
	for start := time.Now(); time.Since(start) < 120*time.Second; time.Sleep(100 * time.Millisecond) {
		kb := status(pid, "VmRSS:")
		if last == 0 || abs(kb-last)*100 > last {
			last, since = kb, time.Now()
			continue
		}
		if time.Since(since) >= 2*time.Second {
			return last, status(pid, "VmHWM:")
		}
	}
	return last, status(pid, "VmHWM:")
}

// status reads a field in kB of /proc/PID/status.
func status(pid, field string) int {
	data, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		fail(err)
	}
	for line := range bytes.Lines(data) {
		if rest, ok := bytes.CutPrefix(line, []byte(field)); ok {
			f := strings.Fields(string(rest))
			kb, _ := strconv.Atoi(f[0])
			return kb
		}
	}
	return 0
}

func abs(x int) int { return max(x, -x) }

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2].Round(time.Millisecond / 10)
}

func round(ds []time.Duration) []time.Duration {
	out := make([]time.Duration, len(ds))
	for i, d := range ds {
		out[i] = d.Round(time.Millisecond)
	}
	return out
}

func shellQuote(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

func fail(err error) {
	exec.Command("tmux", "-L", server, "kill-server").Run()
	fmt.Fprintln(os.Stderr, "firstframe:", err)
	os.Exit(1)
}
