package cli

import "testing"

// Every command that prints JSON takes both spellings, --json and --format
// json, and prints the same with either: check took only --format json and
// answered --json with "unknown flag", search the other way round
// (tryout18 E). Two formats at once, or one a command does not print, is
// wrong usage, said with the command's formats.
func TestJSONFlagSpellings(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		other string // the command's other format
	}{
		{[]string{"check"}, "text"},
		{[]string{"search", "prices", "--limit", "2"}, "text"},
		{[]string{"compare", "sales", "marketing"}, "md"},
		{[]string{"matrix", "sales"}, "csv"},
	} {
		args := tc.args
		long := run(t, append(args, "--format", "json")...)
		short := run(t, append(args, "--json")...)
		if long.code != 0 || short.code != 0 {
			t.Fatalf("%v: exit %d with --format json, %d with --json\n%s%s", args, long.code, short.code, long.err, short.err)
		}
		if long.out != short.out || long.out == "" || long.out[0] != '{' {
			t.Errorf("%v: --format json and --json print different things, or no JSON:\n%s\n----\n%s", args, long.out, short.out)
		}
		r := run(t, append(args, "--json", "--format", tc.other)...).fails(t, 2)
		mustContain(t, r.err, "dutymap "+args[0]+`: --json and --format "`+tc.other+`" ask for two formats: give one of them`)
		run(t, append(args, "--json", "--format", "json")...).ok(t)
	}
	mustContain(t, run(t, "search", "prices", "--format", "xml").fails(t, 2).err, `dutymap search: --format "xml": use text or json`)
	mustContain(t, run(t, "check", "--format", "yaml").fails(t, 2).err, `dutymap check: --format "yaml": use text or json`)
	mustContain(t, run(t, "matrix", "sales", "--format", "xml").fails(t, 2).err, `dutymap matrix: --format "xml": use md, csv or json`)
	// The default formats are unchanged.
	if out := run(t, "search", "prices", "--limit", "1", "--format", "text").ok(t).out; out != run(t, "search", "prices", "--limit", "1").ok(t).out {
		t.Errorf("search --format text differs from search:\n%s", out)
	}
}
