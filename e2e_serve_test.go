//go:build unix

package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dutymap/dutymap/internal/sshtest"
	gossh "golang.org/x/crypto/ssh"
)

// server is the dutymap binary running serve on a random loopback port.
type server struct {
	cmd     *exec.Cmd
	log     *sshtest.Log
	addr    string
	hostKey gossh.PublicKey
	key     gossh.Signer
	done    chan error
}

var listeningAt = regexp.MustCompile(`msg=listening addr=(\S+)`)

func startServer(t testing.TB, args ...string) *server {
	t.Helper()
	dir := t.TempDir()
	s := &server{log: &sshtest.Log{}, key: sshtest.NewKey(t), done: make(chan error, 1)}
	keys := filepath.Join(dir, "keys")
	if err := os.WriteFile(keys, []byte(sshtest.AuthorizedLine(s.key, "tester")), 0o600); err != nil {
		t.Fatal(err)
	}
	hostKey := filepath.Join(dir, "host_key")
	s.cmd = exec.Command(binary, append([]string{"serve", "--listen", "127.0.0.1:0", "--authorized-keys", keys, "--host-key", hostKey}, args...)...)
	s.cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "LC_ALL=")
	stderr, err := s.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	read := make(chan struct{})
	go func() {
		defer close(read)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			_, _ = s.log.Write(append(sc.Bytes(), '\n'))
		}
	}()
	go func() {
		<-read // Wait closes the pipe: everything must be read first
		s.done <- s.cmd.Wait()
	}()
	t.Cleanup(func() {
		_ = s.cmd.Process.Kill()
	})
	s.addr = listeningAt.FindStringSubmatch(s.log.Await(t, "msg=listening"))[1]
	pub, err := os.ReadFile(hostKey + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	if s.hostKey, _, _, _, err = gossh.ParseAuthorizedKey(pub); err != nil {
		t.Fatal(err)
	}
	return s
}

func (s *server) client(t testing.TB) *gossh.Client {
	t.Helper()
	c, err := sshtest.Dial(s.addr, s.hostKey, s.key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// SIGTERM (and SIGINT) stop the server as a service manager expects: every
// open explorer is told, gives the terminal back and ends; the process
// exits 0. SIGQUIT (ctrl+\ where serve runs in a terminal) does the same,
// where the Go runtime dumped its stacks and cut every session (hostile13
// #4), and so does SIGABRT (a supervisor's watchdog; hostile14 #4).
// SIGHUP reads the content again.
func TestServeProcessSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGABRT} {
		t.Run(sig.String(), func(t *testing.T) {
			s := startServer(t)
			c := s.client(t)
			if r := sshtest.Exec(t, c, "show sales"); r.Code != 0 || !strings.HasPrefix(r.Out, "# Sales department") {
				t.Fatalf("show over SSH: exit %d, %q", r.Code, r.Err)
			}
			if err := s.cmd.Process.Signal(syscall.SIGHUP); err != nil {
				t.Fatal(err)
			}
			s.log.Await(t, `msg="content reloaded" version=2`)

			rt := sshtest.MustOpen(t, c, sshtest.Options{W: 100, H: 30})
			rt.WaitText("Marketing department")
			if err := s.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if _, err := rt.Await("the shutdown message", func(s string) bool { return strings.Contains(s, "the server is shutting down") }); err != nil {
				t.Fatalf("%v\nlog:\n%s", err, s.log)
			}
			if code := rt.Exit(); code != 143 {
				t.Errorf("the explorer's exit status %d, want 143", code)
			}
			if err := rt.Restored(); err != nil {
				t.Error(err)
			}
			var err error
			select {
			case err = <-s.done:
			case <-sshtest.DeadlineGuard(t):
				t.Fatalf("dutymap serve did not exit; log:\n%s", s.log)
			}
			if err != nil {
				t.Errorf("dutymap serve exited with %v, want status 0; log:\n%s", err, s.log)
			}
			if !strings.Contains(s.log.String(), `msg=stopped "sessions closed"=1`) {
				t.Errorf("the stop is not logged:\n%s", s.log)
			}
		})
	}
}

// BenchmarkServeSessions measures whole explorer sessions a second against
// the binary: connect, authenticate, open a pty, draw the tree, quit. The
// clients run on the same machine, so they share its cores; the server's
// own CPU time per session (Linux) says what one session costs it.
func BenchmarkServeSessions(b *testing.B) {
	s := startServer(b, "--max-sessions", "256", "--rate-limit", "100000", "--max-pending", "256", "--max-startups", "256")
	b.SetParallelism(4)
	cpu := cpuTime(s.cmd.Process.Pid)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			c, err := sshtest.Dial(s.addr, s.hostKey, s.key)
			if err != nil {
				b.Error(err)
				return
			}
			rt, err := sshtest.Open(b, c, sshtest.Options{W: 120, H: 40})
			if err == nil {
				_, err = rt.Await("the tree", func(scr string) bool { return strings.Contains(scr, "Sales department") })
			}
			if err == nil {
				err = rt.Send("q")
			}
			if err == nil {
				var code int
				if code, err = rt.Wait(); err == nil && code != 0 {
					b.Errorf("exit status %d", code)
				}
			}
			c.Close()
			if err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "sessions/s")
	if used := cpuTime(s.cmd.Process.Pid) - cpu; cpu >= 0 {
		b.ReportMetric(float64(used.Microseconds())/1000/float64(b.N), "server-CPU-ms/session")
	}
}

// cpuTime is the user and system CPU time a process has used (Linux), or
// -1.
func cpuTime(pid int) time.Duration {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return -1
	}
	// The command name, in parentheses, may hold spaces: fields count from
	// the last ")".
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	if len(f) < 13 {
		return -1
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * time.Second / 100 // USER_HZ is 100 on Linux
}

// BenchmarkServeIdleSession opens b.N explorers, each on its own
// connection, that sit idle on their first screen, and reports what each
// adds to the server's resident memory (VmRSS of the server process, on
// Linux: heap, goroutine stacks and all). The clients live in the
// benchmark's own process and are not counted.
func BenchmarkServeIdleSession(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("reads /proc/PID/status")
	}
	s := startServer(b, "--max-sessions", strconv.Itoa(b.N+8), "--rate-limit", "100000")
	open := func() {
		c := s.client(b) // a connection each, as each user has
		rt, err := sshtest.Open(b, c, sshtest.Options{W: 120, H: 40})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rt.Await("the tree", func(scr string) bool { return strings.Contains(scr, "Sales department") }); err != nil {
			b.Fatal(err)
		}
	}
	open() // the first session's one-off costs: the content's similarity index, Glamour, the page cache
	before := rss(b, s.cmd.Process.Pid)
	b.ResetTimer()
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for range b.N {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			open()
		}()
	}
	wg.Wait()
	b.StopTimer()
	after := rss(b, s.cmd.Process.Pid)
	b.ReportMetric(float64(after-before)/float64(b.N)/1024, "KB/session")
	b.ReportMetric(float64(after)/1024/1024, "MB-rss")
}

// rss is a process's resident set size in bytes.
func rss(b *testing.B, pid int) int64 {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		b.Skip(err)
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				b.Fatal(err)
			}
			return kb * 1024
		}
	}
	b.Fatal("no VmRSS")
	return 0
}
