package cli

import (
	"strings"
	"testing"
)

// Every command answers wrong usage with exit 2 (README: "2 wrong usage")
// and a message naming the command, never exit 1 as for a failure: serve
// without --authorized-keys or --allow-anyone exited 1 (tryout21 F19), and
// "help nope" printed the root's help with exit 0. Each command has rows
// here; a command added without one fails the test.
func TestWrongUsageExitsTwo(t *testing.T) {
	slips := map[string][][]string{
		"cache":      {{"cache", "x"}, {"cache", "--nope"}},
		"check":      {{"check", "a", "b"}, {"check", "--nope"}},
		"completion": {{"completion"}, {"completion", "nope"}},
		"compare":    {{"compare", "marketing"}, {"compare", "--format", "x", "marketing", "sales"}},
		"export":     {{"export", "x"}, {"export", "--format", "nope"}},
		"help":       {{"help", "nope"}, {"help", "search", "x"}},
		"import":     {{"import"}, {"import", "--nope", "a.csv"}},
		"init":       {{"init"}, {"init", "a", "b"}},
		"matrix":     {{"matrix", "--format", "nope"}, {"matrix", "--nope"}},
		"search":     {{"search"}, {"search", "--format", "nope", "x"}},
		"serve":      {{"serve"}, {"serve", "--allow-anyone", "--authorized-keys", "keys"}, {"serve", "x"}},
		"show":       {{"show"}, {"show", "a", "b"}},
		"validate":   {{"validate", "a", "b"}, {"validate", "--nope"}},
		"version":    {{"version", "x"}, {"version", "--nope"}},
		"dutymap":    {{"nope"}, {"--nope"}, {"--lang", "xx", "search", "x"}, {"--theme", "nope", "show", "x"}},
	}
	root := (&app{}).rootCmd()
	for _, c := range root.Commands() {
		if _, ok := slips[c.Name()]; !ok {
			t.Errorf("command %s has no wrong usage in this table", c.Name())
		}
	}
	for _, rows := range slips {
		for _, args := range rows {
			r := run(t, args...)
			if r.code != 2 || r.out != "" {
				t.Errorf("dutymap %s: exit %d, stdout %q; want exit 2 and nothing on stdout\nstderr: %s", strings.Join(args, " "), r.code, r.out, r.err)
				continue
			}
			if !strings.HasPrefix(r.err, "dutymap") {
				t.Errorf("dutymap %s: the message does not start with the command:\n%s", strings.Join(args, " "), r.err)
			}
		}
	}
	// Over SSH, help on a command the server does not run says so.
	session := func(args ...string) result {
		var out, errb strings.Builder
		code := runFor(args, IO{Out: &out, Err: &errb, Getenv: func(string) string { return "" }}, &hosting{})
		return result{code, out.String(), errb.String()}
	}
	if r := session("help", "import"); r.code != 2 || !strings.HasPrefix(r.err, "dutymap help: import is not available over SSH. Over SSH this server opens the explorer") {
		t.Errorf("help import over SSH: exit %d %q", r.code, r.err)
	}
	if r := session("help", "nope"); r.code != 2 || !strings.HasPrefix(r.err, `dutymap help: "nope" is not a command`) {
		t.Errorf("help nope over SSH: exit %d %q", r.code, r.err)
	}
}
