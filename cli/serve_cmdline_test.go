package cli

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/sshtest"
	"github.com/dutymap/dutymap/serve"
)

// tryout15 nit 3: the command line of a session is split by POSIX shell
// rules, and a line a shell would refuse is refused, saying what is
// wrong and the fix: search "a b (a quote never closed) ran as search
// "a b". A line split as a shell splits it still runs.
func TestServeRefusesAnUnclosedQuote(t *testing.T) {
	st := startServe(t, serve.Config{RateLimit: 1000}, options{builtin: true})
	c := st.client()
	for _, tc := range []struct{ cmd, want string }{
		{`search "who sets prices`, `dutymap: the command line opens a quote (") it never closes, which a shell would refuse too; close it: ssh HOST 'search "who sets prices"' sends the query as one argument.`},
		{`search 'who sets prices`, `opens a quote (') it never closes`},
		{`search "it's a price`, `opens a quote (") it never closes`},
		{`search prices \`, `ends in a \ with nothing after it, which a shell would refuse too; delete it, or write \\ for a backslash.`},
	} {
		r := sshtest.Exec(t, c, tc.cmd)
		if r.Code != 2 || r.Out != "" || !strings.Contains(r.Err, tc.want) {
			t.Errorf("%s: exit %d, stdout %d bytes, stderr %q; want exit 2 and %q", tc.cmd, r.Code, len(r.Out), r.Err, tc.want)
		}
	}
	if !strings.Contains(st.log.String(), "ran=refused exit=2") {
		t.Errorf("a refused command line is not logged as refused:\n%s", st.log)
	}
	closed := sshtest.Exec(t, c, `search --limit 1 "who sets prices"`)
	local := run(t, "search", "--limit", "1", "who sets prices")
	if closed.Code != local.code || closed.Out != local.out {
		t.Errorf("the quoted query over SSH: exit %d, %q; locally exit %d, %q", closed.Code, closed.Out, local.code, local.out)
	}
}

// tryout15 nit 4: ssh HOST help does not open on the local help's
// sentence about --content, a flag the session refuses: it says how to
// run the explorer and the commands over SSH, and that the content is the
// server's; the layer flags are not listed.
func TestServeHelpSaysWhatTheSessionServes(t *testing.T) {
	st := startServe(t, serve.Config{RateLimit: 1000}, options{builtin: true})
	c := st.client()
	for _, cmd := range []string{"help", "--help"} {
		r := sshtest.Exec(t, c, cmd)
		if r.Code != 0 {
			t.Fatalf("%s: exit %d, stderr %q", cmd, r.Code, r.Err)
		}
		for _, bad := range []string{"--content", "--builtin", "without arguments"} {
			if strings.Contains(r.Out, bad) {
				t.Errorf("ssh HOST %s names %q, which a session cannot use:\n%s", cmd, bad, r.Out)
			}
		}
		for _, want := range []string{"ssh -t HOST opens the interactive explorer", "ssh HOST COMMAND", "the one this server serves"} {
			if !strings.Contains(r.Out, want) {
				t.Errorf("ssh HOST %s does not say %q:\n%s", cmd, want, r.Out)
			}
		}
	}
	if local := run(t, "--help"); !strings.Contains(local.out, "--content folders") {
		t.Errorf("the local help lost its sentence about --content:\n%s", local.out)
	}
}
