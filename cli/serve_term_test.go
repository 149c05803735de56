package cli

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/sshtest"
	"github.com/dutymap/dutymap/serve"
)

// A client's TERM is cut in the log: a 100 KB one was written whole into
// every session's "session start" line (hostile14 #11).
func TestServeLogCutsALongTerm(t *testing.T) {
	st := startServe(t, serve.Config{RateLimit: 1000}, options{builtin: true})
	rt := sshtest.MustOpen(t, st.client(), sshtest.Options{W: 80, H: 24, Cmd: "version", Term: "xterm-" + strings.Repeat("x", 20000)})
	rt.Exit()
	var start string
	for _, line := range strings.Split(st.log.String(), "\n") {
		if strings.Contains(line, `msg="session start"`) {
			start = line
		}
	}
	want := ` term=xterm-` + strings.Repeat("x", 58) + "…"
	if !strings.HasSuffix(start, want) || len(start) > 400 {
		t.Errorf("the session's first line is %d bytes, want it to end %q:\n%.600s", len(start), want, start)
	}
}
