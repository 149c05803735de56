package cli

import (
	"strings"
	"testing"
)

// A query of punctuation alone has no word to look for, whichever mark it
// is: each is the usage error "give some words" (rc 2), as "'" was, not
// "nothing matches" (rc 1); show given punctuation says so (rc 2) rather
// than offering unrelated duties as "Did you mean" (tryout28 P13).
func TestPunctuationAloneIsNoQuery(t *testing.T) {
	for _, q := range []string{"-", `"`, "？", "'", "...", "！！", "*"} {
		r := run(t, "search", "--", q)
		if r.code != 2 || r.out != "" {
			t.Errorf("search %q: exit %d, stdout %q, want exit 2 and nothing on stdout", q, r.code, r.out)
		}
		mustContain(t, r.err, "dutymap search: give some words to search for\n")
	}
	for _, ref := range []string{".", "*", "？"} {
		r := run(t, "show", "--", ref)
		if r.code != 2 || r.out != "" {
			t.Errorf("show %q: exit %d, stdout %q, want exit 2", ref, r.code, r.out)
		}
		mustContain(t, r.err, "has no letter or digit; give a path such as ")
		if strings.Contains(r.err, "Did you mean") {
			t.Errorf("show %q offers names:\n%s", ref, r.err)
		}
	}
	// A word with a mark is a query.
	if r := run(t, "search", "--", "-pricing"); r.code == 2 {
		t.Errorf("search -pricing: a usage error:\n%s", r.err)
	}
}

// An escape sequence in a query is dropped whole, as the terminal never
// shows one: "\x1b[31mred\x1b[0m" searches for red, not for "31mred" and
// "0m" (tryout28 P3).
func TestSearchDropsEscapeSequencesWhole(t *testing.T) {
	r := run(t, "search", "\x1b[31mprices\x1b[0m", "--limit", "1")
	plain := run(t, "search", "prices", "--limit", "1")
	if r.code != 0 || r.out != plain.out || r.out == "" {
		t.Errorf("exit %d, stdout %q; want the answer to \"prices\": %q", r.code, r.out, plain.out)
	}
	r = run(t, "search", "\x1b[31mzqxw\x1b[0m")
	mustContain(t, r.err, "“zqxw”")
	if strings.Contains(r.err, "31m") || strings.Contains(r.err, "0m") {
		t.Errorf("the escape's parameters are words:\n%s", r.err)
	}
}
