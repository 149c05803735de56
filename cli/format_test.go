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

// --format is read by one rule in every command (formatIn): a format's
// name or alias in any letter case, the same as in lower case; a name none
// of its formats has is refused in the same words, listing them. export
// took --format JSON and search, check, compare and matrix refused it
// ("--format "JSON": use text or json"), or the other way round (tryout20).
func TestFormatNamesInAnyCase(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		formats string
	}{
		{[]string{"check"}, "text or json"},
		{[]string{"search", "prices", "--limit", "2"}, "text or json"},
		{[]string{"compare", "sales", "marketing"}, "md or json"},
		{[]string{"matrix", "sales"}, "md, csv or json"},
		{[]string{"export"}, "md, json, csv, xlsx, mermaid or dot"},
	} {
		for _, spelt := range []string{"JSON", "Json"} {
			upper, lower := run(t, append(tc.args, "--format", spelt)...), run(t, append(tc.args, "--format", "json")...).ok(t)
			if upper.code != 0 || upper.out != lower.out {
				t.Errorf("%v --format %s: exit %d, and not what --format json prints:\n%s", tc.args, spelt, upper.code, upper.err)
			}
		}
		r := run(t, append(tc.args, "--format", "XML")...).fails(t, 2)
		if want := "dutymap " + tc.args[0] + `: --format "XML": use ` + tc.formats + "\n"; r.err != want {
			t.Errorf("%v --format XML:\ngot  %q\nwant %q", tc.args, r.err, want)
		}
	}
	// The other flags that name one of a few words read them so too.
	dark := invocation{args: []string{"show", "sales", "--theme", "dark"}, terminal: true}.run(t).ok(t).out
	if upper := (invocation{args: []string{"show", "sales", "--theme", "DARK"}, terminal: true}).run(t).ok(t).out; dark != upper {
		t.Errorf("show --theme DARK differs from --theme dark")
	}
	if lower, upper := run(t, "check", "--checks", "raci-repeat,no-owner"), run(t, "check", "--checks", "RACI-Repeat,No-Owner"); upper.code != lower.code || upper.out != lower.out {
		t.Errorf("check --checks RACI-Repeat,No-Owner: exit %d, want %d; stderr %s", upper.code, lower.code, upper.err)
	}
	mustContain(t, run(t, "check", "--checks", "RACI-Repeatt").fails(t, 2).err, `dutymap check: --checks: unknown check "RACI-Repeatt": did you mean raci-repeat? use one or more of`)
	// Aliases too: markdown is md, MMD is mermaid.
	if md, markdown := run(t, "compare", "sales", "marketing").ok(t).out, run(t, "compare", "sales", "marketing", "--format", "Markdown").ok(t).out; md != markdown {
		t.Errorf("compare --format Markdown differs from md")
	}
	if mmd, mermaid := run(t, "export", "--format", "MMD").ok(t).out, run(t, "export", "--format", "mermaid").ok(t).out; mmd != mermaid {
		t.Errorf("export --format MMD differs from mermaid")
	}
}
