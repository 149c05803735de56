package page

import (
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/linebreak"
)

// lines renders md and returns the lines as the user reads them, after
// checking none is wider than width as either kind of terminal counts.
func lines(t *testing.T, md, style string, width int) []string {
	t.Helper()
	out := Terminal(md, style, width)
	ls := strings.Split(ansi.Strip(out), "\n")
	for i, l := range ls {
		ls[i] = strings.TrimRight(l, " ")
	}
	for i, l := range strings.Split(out, "\n") {
		if w, wc := Width(l), ansi.StringWidthWc(l); w > width || wc > width {
			t.Fatalf("width %d: line %d is %d cells (wcwidth %d): %q\n%s", width, i, w, wc, ansi.Strip(l), strings.Join(ls, "\n"))
		}
		if strings.ContainsAny(l, hangMarkS+breakMarkS+tableMarkS+cellMarkS+flankMarkS) {
			t.Fatalf("a typesetting mark reached the output: %q", l)
		}
	}
	return ls
}

var latinWordRe = regexp.MustCompile(`[A-Za-z0-9]+(?:['’][A-Za-z]+)*`)

// latinWords lists the Latin words of text in order; a line break
// separates words, so a split word shows as two.
func latinWords(ls []string) []string {
	return latinWordRe.FindAllString(strings.Join(ls, "\n"), -1)
}

// sameWords fails when the words at width differ from the words at a
// width where nothing wraps: a word split or two words joined.
func sameWords(t *testing.T, md, style string, width int) {
	t.Helper()
	want := latinWords(lines(t, md, style, 10000))
	got := latinWords(lines(t, md, style, width))
	if strings.Join(got, " ") != strings.Join(want, " ") {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("width %d: word %d is %q, want %q\n%s", width, i, got[i], want[i], strings.Join(lines(t, md, style, width), "\n"))
			}
		}
		t.Fatalf("width %d: %d words, want %d", width, len(got), len(want))
	}
}

// TestTerminalMixedChineseEnglish is ../shared/cases/rendering/03: spaces
// between Chinese and English are kept and no English word is split.
func TestTerminalMixedChineseEnglish(t *testing.T) {
	md := "## 主要职责\n\n- 负责公司内部所有业务系统的日常运行维护和故障处理工作 including the CRM and ERP systems used by the sales team every day.\n- 维护网络。\n"
	for w := 20; w <= 100; w++ {
		sameWords(t, md, StyleDark, w)
		joined := strings.Join(lines(t, md, StyleDark, w), "\n")
		if strings.Contains(joined, "工作including") || strings.Contains(joined, "includingthe") {
			t.Fatalf("width %d: space lost:\n%s", w, joined)
		}
	}
}

// TestTerminalListHangs is ../shared/cases/rendering/04: wrapped lines of
// a list item start under its text, in both scripts, and Chinese lines
// keep the page's right margin.
func TestTerminalListHangs(t *testing.T) {
	for _, tc := range []struct {
		md, marker string
	}{
		{"- Draw up the yearly sales plan and break it down by region, quarter, month and salesperson.\n", "• "},
		{"1. Draw up the yearly sales plan and break it down by region, quarter, month and salesperson.\n", "1. "},
		{"- 制定年度销售计划并分解到每个区域每个季度每个月份和每一位销售人员确保目标层层落实到位。\n", "• "},
		{"> - quoted item that is long enough to wrap over several lines of the page\n", "│ • "},
	} {
		for _, w := range []int{30, 50, 80} {
			ls := lines(t, tc.md, StyleDark, w)
			if strings.TrimSpace(ls[0]) == "" || strings.TrimSpace(ls[len(ls)-1]) == "" {
				t.Fatalf("blank line at the start or end: %q", ls)
			}
			for len(ls) > 0 && !strings.Contains(ls[0], tc.marker) {
				ls = ls[1:] // a quote's opening bar
			}
			if len(ls) == 0 {
				t.Fatalf("no marker %q", tc.marker)
			}
			start := strings.Index(ls[0], tc.marker)
			text := Width(ls[0][:start]) + Width(tc.marker)
			for _, l := range ls[1:] {
				if l == "" {
					continue
				}
				lead := Width(l) - Width(strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(l, " "), "│"), " "))
				if lead != text {
					t.Fatalf("width %d: continuation starts at column %d, text at %d:\n%s", w, lead, text, strings.Join(ls, "\n"))
				}
			}
			for _, l := range ls {
				if Width(l) > w-rightMargin {
					t.Fatalf("width %d: line %q crosses the right margin", w, l)
				}
			}
		}
	}
}

// TestTerminalTabs is ../shared/cases/rendering/06: tabs become spaces
// before layout, in code and in text.
func TestTerminalTabs(t *testing.T) {
	md := "```\nweekday\tcut-off\tpayday\nMonday\t17:00\tFriday\n```\n\nCodes:\tA=annual\tB=bonus\n\n- Run payroll\tevery month.\n"
	out := strings.Join(lines(t, md, StyleDark, 80), "\n")
	for _, want := range []string{"weekday cut-off payday", "Monday  17:00   Friday", "Codes:  A=annual    B=bonus", "Run payroll   every month."} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "\t") {
		t.Errorf("raw tab in output")
	}
}

// TestTerminalFootnotes is ../shared/cases/rendering/07: references and
// definitions read as text, never as a link.
func TestTerminalFootnotes(t *testing.T) {
	md := "Contracts need two signatures[^1]. Tax filings follow the calendar[^tax].\n\n[^1]: finance\n[^tax]: See the annual tax calendar.\n"
	out := strings.Join(lines(t, md, StyleDark, 80), "\n")
	for _, want := range []string{"signatures[1].", "calendar[tax].", "[1] finance", "[tax] See the annual tax calendar."} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "/finance") || strings.Contains(out, "[^") {
		t.Errorf("footnote became a link or stayed syntax:\n%s", out)
	}
}

// TestTerminalHTML is ../shared/cases/rendering/08: <br> breaks the line,
// other HTML reads as text, comments are hidden, blocks keep their space.
func TestTerminalHTML(t *testing.T) {
	md := "Press line: <b>+1 555 0100</b><br>Out of hours: ask the duty officer.\n\n<!-- internal -->\n\n<details>\n<summary>Escalation rules</summary>\nCall the director first.\n</details>\n\nAfter.\n"
	ls := lines(t, md, StyleDark, 70)
	out := strings.Join(ls, "\n")
	for _, want := range []string{"Press line: <b>+1 555 0100</b>\n  Out of hours", "\n\n  <details>\n  <summary>Escalation rules</summary>\n  Call the director first.\n  </details>\n\n  After."} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "internal") {
		t.Errorf("comment shown:\n%s", out)
	}
}

// TestTerminalEmojiWidth is the page side of
// ../shared/cases/rendering/09: lines holding emoji sequences are no wider
// than the width however the terminal counts them.
func TestTerminalEmojiWidth(t *testing.T) {
	md := "# 💅🏻 Beauty department\n\n- Share the team news 👨‍👩‍👧 and 🎙️ episodes 💅🏻 ❤️ every week 💅🏻💅🏻💅🏻💅🏻💅🏻💅🏻💅🏻💅🏻.\n"
	for w := 12; w <= 60; w++ {
		lines(t, md, StyleDark, w) // checks both widths
	}
}

// TestTerminalHeadingHashes is the page side of
// ../shared/cases/rendering/21: a title ending in "#" keeps it.
func TestTerminalHeadingHashes(t *testing.T) {
	md := "# " + Escape("Ticket #") + "\n\n## " + Escape("C# tooling") + "\n\n## Budget ## {#budget}\n"
	out := strings.Join(lines(t, md, StyleDark, 60), "\n")
	for _, want := range []string{"Ticket #", "## C# tooling", "## Budget\n"} {
		if !strings.Contains(out+"\n", want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "{#") {
		t.Errorf("attributes shown:\n%s", out)
	}
}

// TestTerminalKinsoku checks the line-start and line-end rules in a
// Chinese paragraph at every width.
func TestTerminalKinsoku(t *testing.T) {
	md := "市场部负责研究市场、制定策略，并且（在必要时）协调销售部门的工作。它的口号是“支持、服务、监督、指导”：四个词。销售部负责执行！对吗？是的……\n"
	for w := 10; w <= 80; w++ {
		for _, l := range lines(t, md, StyleDark, w) {
			r := []rune(strings.TrimSpace(l))
			if len(r) == 0 {
				continue
			}
			if linebreak.IsClosing(r[0]) || linebreak.IsOpening(r[len(r)-1]) {
				t.Fatalf("width %d: line %q breaks a line-start or line-end rule", w, l)
			}
		}
	}
}

// TestTerminalTables checks tables: natural when they fit, cells wrapped
// when they do not (no header or link cut), a list when too narrow.
func TestTerminalTables(t *testing.T) {
	md := "| Document | Signed by | Form |\n|:---|:---:|---:|\n" +
		"| Purchase order | Operations manager | https://forms.example.com/po |\n" +
		"| Contract over the threshold | General manager and the legal department | — |\n"
	wide := strings.Join(lines(t, md, StyleDark, 120), "\n")
	if !regexp.MustCompile(`Document +│ +Signed by +│ +Form\n`).MatchString(wide) || !strings.Contains(wide, "──┼──") {
		t.Fatalf("table at its natural width:\n%s", wide)
	}
	for w := 20; w <= 120; w++ {
		ls := lines(t, md, StyleDark, w)
		out := strings.Join(ls, "\n")
		isList := strings.Contains(out, "• Purchase order")
		isTable := strings.Contains(out, "┼")
		words := []string{"Signed", "https://forms.example.com/po", "threshold", "department"}
		if isTable {
			words = append(words, "Document")
		}
		for _, word := range words {
			if w >= 40 && !strings.Contains(out, word) {
				t.Fatalf("width %d: %q cut:\n%s", w, word, out)
			}
		}
		if isList == isTable {
			t.Fatalf("width %d: neither a table nor a list:\n%s", w, out)
		}
		if isList && !strings.Contains(out, "Signed by:") {
			t.Fatalf("width %d: list without the headers:\n%s", w, out)
		}
	}
	if out := strings.Join(lines(t, md, StyleDark, 30), "\n"); !strings.Contains(out, "• Purchase order\n    Signed by: Operations") {
		t.Fatalf("narrow table not a list:\n%s", out)
	}
}

// TestTerminalMonochrome checks the no-colour style: attributes, no
// colours, and no Markdown markers (never "**operating ****department**").
func TestTerminalMonochrome(t *testing.T) {
	md := "# Title\n\nMarketing is the **staff\ndepartment**, sales the **operating\ndepartment**; it *wants* it, see [the site](https://example.com).\n\n- `code` item\n"
	for _, style := range []string{StyleMono, styleNoTTY} {
		out := Terminal(md, style, 100)
		if regexp.MustCompile(`\x1b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;m]`).MatchString(out) {
			t.Errorf("%s: colour in %q", style, out)
		}
		for _, want := range []string{"\x1b[1moperating department\x1b[m", "\x1b[3mwants\x1b[m", "\x1b[1;7m"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: missing %q in %q", style, want, out)
			}
		}
		if plain := ansi.Strip(out); strings.Contains(plain, "**") || strings.Contains(plain, "# Title") {
			t.Errorf("%s: Markdown markers in\n%s", style, plain)
		}
	}
	if out := Terminal(md, StylePlain, 100); strings.Contains(out, "\x1b") || !strings.Contains(out, "operating department") {
		t.Errorf("plain style: %q", out)
	}
}

// TestTerminalLimits is ../shared/cases/resources/emphasis-stack-overflow
// and the size half of render-pileup-oom: past the limits the page is
// plain text under a note, quickly, and never crashes.
func TestTerminalLimits(t *testing.T) {
	bomb := strings.Repeat("*a _b ", 20000) + strings.Repeat("c_ d* ", 20000)
	var paras strings.Builder
	for i := range 100000 {
		paras.WriteString("Para " + itoa(i) + "\n\n")
	}
	for _, tc := range []struct{ name, md, note string }{
		{"emphasis bomb", bomb, "over the 128 KB limit"},
		{"deep emphasis", strings.Repeat("*a _b ", 5000) + strings.Repeat("c_ d* ", 5000), "emphasis and links nested 10000 deep"},
		{"deep quotes", strings.Repeat("> ", 500) + "x", "quotes and lists nested 500 deep"},
		{"100,000 paragraphs", paras.String(), "over the 128 KB limit"},
		{"Chinese note", strings.Repeat("中文段落。\n\n", 3000), "此页超出排版限制（6001 行，上限 4000 行），以纯文本显示。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls := lines(t, tc.md, StyleDark, 80)
			head := strings.Join(ls[:min(len(ls), 4)], " ")
			if !strings.Contains(strings.Join(strings.Fields(head), " "), tc.note) {
				t.Fatalf("no note %q at the top:\n%s", tc.note, head)
			}
		})
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestTerminalChineseListItems checks a Chinese list item starts beside its
// bullet and fills each line, instead of leaving the bullet alone on a line.
func TestTerminalChineseListItems(t *testing.T) {
	md := "## 来源\n\n- 关于市场部与销售部关系及市场部工作的文章（写于长江家具公司）\n- 百度百科“市场部”词条\n"
	out := strings.Join(lines(t, md, "notty", 30), "\n")
	if strings.Contains(out, "•\n") || !strings.Contains(out, "• 关于市场部") || !strings.Contains(strings.Join(strings.Fields(out), ""), "写于长江家具公司）") {
		t.Fatalf("item text lost or not beside its bullet:\n%s", out)
	}
}

// TestTerminalLinksAreText checks a Markdown link comes out without the
// OSC 8 hyperlink Glamour would write.
func TestTerminalLinksAreText(t *testing.T) {
	out := Terminal("see [the source](https://example.com/x)\n", "dark", 60)
	if strings.Contains(out, "\x1b]") {
		t.Fatalf("OSC sequence in %q", out)
	}
	if !strings.Contains(ansi.Strip(out), "the source https://example.com/x") {
		t.Fatalf("link text lost: %q", ansi.Strip(out))
	}
}

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		"Ticket #":    `Ticket \#`,
		"C# tooling":  "C# tooling",
		"Issue ##":    `Issue \##`,
		"# heading":   `\# heading`,
		"- item":      `\- item`,
		"1. one":      `1\. one`,
		"a *b* [c]":   `a \*b\* \[c\]`,
		"# Ticket #":  `\# Ticket \#`,
		"tab\t#":      "tab\t\\#",
		"price#":      "price#",
		"":            "",
		"<b>x</b>|y~": `\<b>x\</b>\|y\~`,
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPlainFallbackHasNoMarkdownMarks: a page past the limits is shown as
// plain text, without the marks of its Markdown: headings without #s,
// strong text without asterisks, escapes and references as the characters
// they stand for (a 1.2 MB page once read "# Paragraphs department"),
// except one that stands for a control character: it is not there, as on a
// formatted page ("&#27;[31m" reads "[31m").
func TestPlainFallbackHasNoMarkdownMarks(t *testing.T) {
	md := "# Paragraphs department\n\n**The summary.**\n\n## Duties — 3 duties ##\n\n1. \\=HYPERLINK(\"x\") and a \\* b, *in part*\n2. R&#38;D &#27;[31mred\n\n" +
		strings.Repeat("Filler paragraph.\n\n", 10000)
	ls := lines(t, md, StyleDark, 80)
	out := strings.Join(ls[:min(len(ls), 12)], "\n")
	for _, want := range []string{"\n  Paragraphs department\n", "\n  The summary.\n", "\n  Duties — 3 duties\n", `1. =HYPERLINK("x") and a * b, in part`, "2. R&D [31mred"} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "#") || strings.Contains(out, "**") || strings.Contains(out, `\`) || strings.Contains(out, "\x1b") {
		t.Errorf("Markdown marks or an escape in the plain page:\n%q", out)
	}
}

// TestTextStartingWithEquals: a duty that begins with = shows as written on
// the rendered page (tryout D9: "\=HYPERLINK(…)" kept its backslash, which
// Glamour does not take away); a title of =s alone, which Markdown would
// read as a heading's underline, stays text.
func TestTextStartingWithEquals(t *testing.T) {
	for _, title := range []string{`=HYPERLINK("http://x","click")`, "===", "= x"} {
		md := "# Field\n\nBefore.\n" + Escape(title) + "\n\n1. " + Escape(title) + "\n"
		out := ansi.Strip(Terminal(md, StylePlain, 80))
		if strings.Contains(out, `\=`) || strings.Count(out, title) != 2 {
			t.Errorf("%q is not shown as written twice:\n%s", title, out)
		}
	}
}

// TestHugePageIsBounded: a 16 MB description (a file within the loader's
// limits) is shown as plain text, and only its beginning: wrapping all of
// it cost 2.7 GB (tryout5 defect 9). Bytes allocated are bounded by
// MaxPlainBytes, not by the text's size.
func TestHugePageIsBounded(t *testing.T) {
	md := "# Read.\n\n" + strings.Repeat("word ", 16<<20/5)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out := Terminal(md, StyleDark, 80)
	runtime.ReadMemStats(&after)
	if got, limit := after.TotalAlloc-before.TotalAlloc, uint64(400*MaxPlainBytes); got > limit {
		t.Errorf("a 16 MB page allocated %d MB; the bound is %d MB", got>>20, limit>>20)
	}
	if !strings.Contains(ansi.Strip(out), "only its first 256 KB are shown") {
		t.Errorf("no note that the page was cut:\n%.300s", ansi.Strip(out))
	}
	if len(out) > 2*MaxPlainBytes {
		t.Errorf("%d KB shown", len(out)>>10)
	}
}

// TestCodeLinesWrapAtSpaces: a code line wider than the page went on at
// half the width (escape bytes counted as indent) and cut words anywhere
// ("narrow wi|ndow"). Its continuations start under its text and break at
// spaces, or between wide characters; only a word wider than the line is cut.
func TestCodeLinesWrapAtSpaces(t *testing.T) {
	en := "code block line 1 that is quite long and goes past the edge of a narrow window for sure yes, and then it goes on for a while longer still"
	zh := "市场部负责品牌与定价，销售部负责渠道与客户关系，两个部门共同负责市场信息的收集与分析工作，并且每月汇总一次，交给总经理审阅。"
	long := strings.Repeat("x", 130)
	for _, style := range []string{StyleDark, StyleMono, StylePlain} {
		for _, width := range []int{40, 80, 120} {
			for _, code := range []string{en, zh, "see " + long + " end"} {
				md := "Intro.\n\n```\n" + code + "\n```\n"
				out := strings.Split(ansi.Strip(Terminal(md, style, width)), "\n")
				var lines []string
				for _, l := range out[2:] { // after "Intro." and the blank line
					if Width(l) > width {
						t.Errorf("%s %d: %q is wider than the page", style, width, l)
					}
					if !strings.HasPrefix(l, "    ") || strings.HasPrefix(l, "     ") {
						t.Errorf("%s %d: %q does not start under the code's text (4 spaces)", style, width, l)
					}
					lines = append(lines, strings.TrimSpace(l))
				}
				if len(lines) < 2 {
					t.Fatalf("%s %d: the code line was not wrapped: %q", style, width, out)
				}
				if code == zh {
					if got := strings.Join(lines, ""); got != zh {
						t.Errorf("%s %d: the Chinese code line reads %q", style, width, got)
					}
					continue
				}
				words := strings.Fields(code)
				var got []string
				for _, l := range lines {
					got = append(got, strings.Fields(l)...)
				}
				if code != en { // the word wider than the line is cut, only it
					got = append(append(got[:1], strings.Join(got[1:len(got)-1], "")), got[len(got)-1])
				}
				if !slices.Equal(got, words) {
					t.Errorf("%s %d: code words cut or lost:\n%s", style, width, strings.Join(out, "\n"))
				}
			}
		}
	}
}

// TestTerminalSingleTildeIsText: a lone ~ reads as written, as Chinese
// writes ranges ("1~5 日"); GFM's single-tilde strikethrough ate the two
// tildes and struck out the text between (hunt27 H5). ~~ still strikes
// out; code and web addresses keep their ~.
func TestTerminalSingleTildeIsText(t *testing.T) {
	md := "## 1~5 日和 10~15 日\n\n每月 1~5 日提交报表，10~15 日审核。\n\n~约 100 元~ 到 ~200 元，~~作废~~。\n\n`a~b~c` and https://example.com/~ana/ and <https://example.com/~bo>\n\n| 时间 | 人数 |\n|---|---|\n| 1~5 至 8~9 日 | 3~5 人 |\n"
	out := Terminal(md, StyleDark, 60)
	plain := strings.Join(lines(t, md, StyleDark, 60), "\n")
	for _, want := range []string{"## 1~5 日和 10~15 日\n", "每月 1~5 日提交报表，10~15 日审核。", "~约 100 元~ 到 ~200 元，作废。", "a~b~c", "https://example.com/~ana/", "https://example.com/~bo", "1~5 至 8~9 日", "3~5 人"} {
		if !strings.Contains(plain, want) {
			t.Errorf("missing %q in\n%s", want, plain)
		}
	}
	if strings.Contains(plain, "&#126;") {
		t.Errorf("a reference shown as written:\n%s", plain)
	}
	struck := regexp.MustCompile(`\x1b\[[0-9;]*;9m([^\x1b]*)`).FindAllStringSubmatch(out, -1)
	if len(struck) != 1 || struck[0][1] != "作废" {
		t.Errorf("struck out: %q, want only 作废", struck)
	}
}
