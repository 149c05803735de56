package page

import (
	"strings"
	"testing"
)

// show makes marks visible in failure messages and comparisons.
var show = strings.NewReplacer(breakMarkS, "⏎", tableMarkS, "▦", flankMarkS, "⚑")

// TestPrepare checks each step of the text preparation on its own.
func TestPrepare(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"NFC", "re\u0301sume\u0301", "résumé"},
		{"CRLF", "a\r\nb\r\n", "a b\n"},
		{"marks in content are removed", "a\uE000b\uE001c\uE002d\uE003e", "abcde"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},

		{"tabs to stops of 4", "Codes:\tA=annual\tB=bonus", "Codes:  A=annual    B=bonus"},
		{"tabs after CJK count two cells", "中\tx", "中  x"},
		{"tabs in code", "```\nweekday\tcut-off\tpayday\nMonday\t17:00\tFriday\n```",
			"```\nweekday cut-off payday\nMonday  17:00   Friday\n```"},

		{"lines joined with a space", "one\ntwo\nthree", "one two three"},
		{"emphasis across lines", "the **operating\ndepartment** sells", "the **operating department** sells"},
		{"CJK lines joined without a space", "中文第一行\n第二行", "中文第一行第二行"},
		{"CJK punctuation then Latin", "市场部，\nsales", "市场部，sales"},
		{"CJK then Latin keeps a space", "包括\nCRM", "包括 CRM"},
		{"Hangul keeps its spaces", "한국어\n문장", "한국어 문장"},
		{"list item continuation", "- one\n  two\n- three", "- one two\n- three"},
		{"lazy continuation", "- one\ntwo", "- one two"},
		{"quote lines", "> one\n> two", "> one two"},
		{"hard break with spaces", "one  \ntwo", "one⏎two"},
		{"hard break with backslash", "one\\\ntwo", "one⏎two"},
		{"escaped backslash is no break", "one\\\\\ntwo", "one\\\\ two"},
		{"code block lines stay", "    a\n    b", "    a\n    b"},
		{"loose item paragraphs", "- one\n\n  two\n- three", "- one⏎⏎two\n- three"},

		{"footnote reference and definition", "Two signatures[^1] and a calendar[^tax].\n\n[^1]: finance\n[^tax]: See the calendar.",
			`Two signatures\[1\] and a calendar\[tax\].` + "\n\n" + `\[1\] finance` + "\n\n" + `\[tax\] See the calendar.`},
		{"footnote definition continues", "a[^n]\n\n[^n]: first\n    more\n\n    second para",
			`a\[n\]` + "\n\n" + `\[n\] first more` + "\n\nsecond para"},
		{"undefined footnote stays", "a[^x] b", "a[^x] b"},
		{"footnote in code stays", "`[^1]` x[^1]\n\n[^1]: y", "`[^1]` x\\[1\\]\n\n\\[1\\] y"},
		{"escaped footnote stays", `\[^1] x` + "\n\n[^1]: y", `\[^1] x` + "\n\n" + `\[1\] y`},

		{"br breaks the line", "a<br>b<BR/>c<br />d", "a⏎b⏎c⏎d"},
		{"inline HTML shown as text", "a <b>bold</b> c", `a \<b>bold\</b> c`},
		{"inline comment hidden", "a <!-- note --> c", "a  c"},
		{"HTML block shown as text", "<details>\n<summary>Rules</summary>\nCall first.\n</details>",
			`\<details>⏎\<summary>Rules\</summary>⏎Call first.⏎\</details>`},
		{"comment block hidden", "a\n\n<!-- internal\nnote -->\n\nb", "a\n\n\n\nb"},
		{"HTML block after a paragraph", "text\n<div>x</div>", "text\n\n\\<div>x\\</div>"},

		// Emphasis beside CJK punctuation and lone tildes are both mended
		// outside code and raw HTML only, in one block as in either.
		{"bold beside CJK punctuation, not in code", "是**“x”**的 `是**“y”**的`", "是**⚑“x”⚑**的 `是**“y”**的`"},
		{"lone tildes as text, not in code", "1~5 日 `a~b`", "1&#126;5 日 `a~b`"},
		{"both in one paragraph, not in code", "是**“x”**的 1~5 日 `是**“y”**的 a~b` <i title=\"a~b\">",
			"是**⚑“x”⚑**的 1&#126;5 日 `是**“y”**的 a~b` \\<i title=\"a~b\">"},

		{"heading attributes and closing hashes", "## Budget ## {#budget}", "## Budget"},
		{"heading attributes", "### Notes {#notes .x}", "### Notes"},
		{"heading braces that are text", "## Set {a, b}", "## Set {a, b}"},
		{"heading # inside", "### C# tooling #", "### C# tooling #"},

		{"table taken out", "before\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\nafter", "before\n\n▦0\n\nafter"},
		{"table in a quote", "> | a |\n> |---|\n> | 1 |", ">▦0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := Prepare(tc.in)
			if p.Plain != nil {
				t.Fatalf("shown as plain: %v", p.Plain.Explain(false))
			}
			if got := show.Replace(p.Markdown); got != tc.want {
				t.Errorf("Prepare(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestPrepareTables(t *testing.T) {
	p := Prepare("| Document | Signed by |\n|:---|---:|\n| Purchase order | Manager |\n| Leave | Line `a|b` manager |\n")
	if len(p.Tables) != 1 {
		t.Fatalf("tables: %+v", p.Tables)
	}
	tb := p.Tables[0]
	if strings.Join(tb.Header, "|") != "Document|Signed by" || len(tb.Rows) != 2 ||
		strings.Join(tb.Rows[0], "|") != "Purchase order|Manager" || len(tb.Align) != 2 {
		t.Fatalf("table read wrong: %+v", tb)
	}
}

// TestPrepareLimits checks text past each limit is shown as plain text,
// decided before Glamour sees it, and that the checks do not recurse
// (40,000 nested levels would overflow the stack).
func TestPrepareLimits(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want LimitKind
	}{
		{"bytes", strings.Repeat("word ", MaxRenderBytes/5+10), LimitBytes},
		{"lines", strings.Repeat("a\n\n", MaxRenderLines), LimitLines},
		{"nested quotes", strings.Repeat(">", MaxBlockNesting+1) + " x", LimitBlockNesting},
		{"nested lists", nestedList(MaxBlockNesting + 1), LimitBlockNesting},
		{"nested emphasis", strings.Repeat("*a _b ", 6) + strings.Repeat("c_ d* ", 6), LimitInlineNesting},
		{"emphasis bomb", strings.Repeat("*a _b ", 20000) + strings.Repeat("c_ d* ", 20000), LimitBytes},
		{"deep emphasis under the size limit", strings.Repeat("*a _b ", 5000) + strings.Repeat("c_ d* ", 5000), LimitInlineNesting},
		{"deep quotes under the size limit", strings.Repeat(">", 60000) + " x", LimitBlockNesting},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := Prepare(tc.in)
			if p.Plain == nil || p.Plain.What != tc.want {
				t.Fatalf("limit = %+v, want kind %d", p.Plain, tc.want)
			}
			if p.Plain.Got <= p.Plain.Max {
				t.Fatalf("limit reports %d within %d", p.Plain.Got, p.Plain.Max)
			}
		})
	}
	if p := Prepare(nestedList(MaxBlockNesting) + strings.Repeat("*a ", MaxInlineNesting) + "x" + strings.Repeat(" b*", MaxInlineNesting)); p.Plain != nil {
		t.Fatalf("text at the limits refused: %v", p.Plain.Explain(false))
	}
}

func nestedList(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	return b.String()
}

func TestUnwrap(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"In its simplest description the\nmarketing department looks after\npromotion.\n", "In its simplest description the marketing department looks after promotion.\n"},
		{"- a duty\n  continued\n", "- a duty continued\n"},
		{"中文第一行\n第二行\n", "中文第一行第二行\n"},
		{"hard  \nbreak\n", "hard  \nbreak\n"},
		{"a[^1]\n\n[^1]: note\n", "a[^1]\n\n[^1]: note\n"},
		{"a <br> b\n<!-- c -->\n", "a <br> b\n<!-- c -->\n"},
		{"```\ncode\nlines\n```\n", "```\ncode\nlines\n```\n"},
		{"| a |\n|---|\n| 1 |\n", "| a |\n|---|\n| 1 |\n"},
	} {
		if got := Unwrap(tc.in); got != tc.want {
			t.Errorf("Unwrap(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
