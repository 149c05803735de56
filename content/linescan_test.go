package content

import (
	"strings"
	"testing"
)

// scanLines are lines of every shape the per-line checks meet: keys with
// either colon at and past the furthest place a key's colon stands,
// Chinese text with colons further in, broken UTF-8, and HTML blocks
// opened after zero to four spaces.
var scanLines = []string{
	"", ":", "：", "a:", "Code: 3.2.2", "编号：3.2.2", "知 会：财务部", "responsible   : x",
	"responsible     : x", "responsible      : x", "responsible    ：x", "responsible     ：x",
	"0123456789abcdef:", "0123456789abcdefg:", "0123456789abcde：", "0123456789abcdef：",
	"会同财务部推广客户信用额度：并提出改进建议。", "会同财务部：推广", "负责人：财务部，人事部",
	"\xef\xbc", "\xef\xbc:", "ab\xef\xbc\x9a", "ab\xe4\xef\xbc\x9a", "abc\x80:", "Set prices: weekly",
	"<!-- note", "   <pre>", "    <pre>", " <script>", "<style>x</style>", "\t<pre>", "<textarea", "x <pre>",
	"<PRE>", "<!--", "  <!-- a -->", "<prefix>", "<", "   <",
}

// The colon of an attribute line is looked for at the start of the line
// only; the answer is the one a scan of the whole line gives.
func TestKeyColonLooksAtTheStartOnly(t *testing.T) {
	for _, line := range scanLines {
		want := strings.IndexAny(line, ":：")
		if want > maxKeyEnd {
			want = -1
		}
		if got := keyColon(line); got != want {
			t.Errorf("keyColon(%q) = %d, want %d", line, got, want)
		}
	}
	for _, tc := range []struct {
		line string
		key  attr
		ok   bool
	}{
		{"Code: 3.2.2", attrCode, true},
		{"编号：3.2.2", attrCode, true},
		{"responsible     : Finance", attrResponsible, true},
		{"responsible      : Finance", attrNone, false},
		{"会同财务部：推广", attrNone, false},
	} {
		if key, _, ok := parseAttr(tc.line); key != tc.key || ok != tc.ok {
			t.Errorf("parseAttr(%q) = %v, %v; want %v, %v", tc.line, key, ok, tc.key, tc.ok)
		}
	}
}

// A line the HTML block expression could match always passes the cheap
// test that spares the expression on every other line.
func TestOpensTagPassesEveryHTMLBlock(t *testing.T) {
	for _, line := range scanLines {
		matches := htmlBlockOpen().MatchString(line)
		if matches && !opensTag(line) {
			t.Errorf("opensTag(%q) is false, but the line opens an HTML block", line)
		}
		if want := strings.HasPrefix(strings.TrimLeft(line, " "), "<") && len(line)-len(strings.TrimLeft(line, " ")) <= 3; opensTag(line) != want {
			t.Errorf("opensTag(%q) = %v, want %v", line, opensTag(line), want)
		}
	}
}

// hasByte answers as strings.ContainsAny does for the ASCII sets it is
// given, broken UTF-8 included.
func TestHasByteIsContainsAny(t *testing.T) {
	for _, set := range []string{"*_`[~", "&\\"} {
		for _, s := range append(scanLines, "**bold**", "a_b", "`code`", "[x](y)", "~~s~~", "&amp;", `\*`, "\xe4*", "价格&", "") {
			if got, want := hasByte(s, set), strings.ContainsAny(s, set); got != want {
				t.Errorf("hasByte(%q, %q) = %v, want %v", s, set, got, want)
			}
		}
	}
}
