package page

import (
	"regexp"
	"strings"
	"testing"
)

var sgrRe = regexp.MustCompile(`\x1b\[([0-9;]*)m`)

// boldRuns renders md and returns its text with the bold spans in [ ],
// reading the SGR sequences as a terminal does.
func boldRuns(t *testing.T, md, style string) string {
	t.Helper()
	out := Terminal(md, style, 200)
	var b strings.Builder
	bold := false
	for len(out) > 0 {
		loc := sgrRe.FindStringSubmatchIndex(out)
		text := out
		if loc != nil {
			text = out[:loc[0]]
		}
		if text != "" {
			if bold {
				b.WriteString("[" + text + "]")
			} else {
				b.WriteString(text)
			}
		}
		if loc == nil {
			break
		}
		for _, p := range strings.Split(out[loc[2]:loc[3]], ";") {
			switch p {
			case "", "0", "22":
				bold = false
			case "1":
				bold = true
			}
		}
		out = out[loc[1]:]
	}
	s := strings.ReplaceAll(b.String(), "][", "")
	if strings.ContainsRune(s, flankMark) {
		t.Fatalf("the flank mark reached the output: %q", s)
	}
	return strings.TrimSpace(s)
}

// TestEmphasisAroundCJKPunctuation: CommonMark's flanking rules keep **
// from opening between a Han character and a quote or bracket, which is
// how Chinese is written (no spaces). The page bolds exactly the marked
// span, as the CJK-friendly amendment reads it (tryout5 defect 4).
func TestEmphasisAroundCJKPunctuation(t *testing.T) {
	for _, tc := range []struct{ md, want string }{
		{"本部门是**“市场部”**的下属单位，负责**（重点）**工作。", "本部门是[“市场部”]的下属单位，负责[（重点）]工作。"},
		{"请看**《年度计划》**。", "请看[《年度计划》]。"},
		{"他说**「好」**然后走了。", "他说[「好」]然后走了。"},
		{"本部门是*“市场部”*的下属单位。", "本部门是“市场部”的下属单位。"}, // italic, not bold: no asterisk left
		{"**重点**工作与**“难点”**。", "[重点]工作与[“难点”]。"},
		{"Latin **\"quoted\"** text stays.", "Latin [\"quoted\"] text stays."},
		{"a**\"b\"**c is not emphasis in CommonMark.", "a**\"b\"**c is not emphasis in CommonMark."},
		{"代码 `是**“x”**的` 不变。", "代码 \u00a0是**“x”**的\u00a0 不变。"}, // the style pads code
		{"转义 是\\*\\*“x”\\*\\*的 不变。", "转义 是**“x”**的 不变。"},
		{"第一行是**“市场\n部”**的下属。", "第一行是[“市场部”]的下属。"},
	} {
		if got := boldRuns(t, tc.md, StyleDark); got != tc.want {
			t.Errorf("%q\n got %q\nwant %q", tc.md, got, tc.want)
		}
	}
	// The monochrome page (NO_COLOR) keeps bold.
	if got := boldRuns(t, "本部门是**“市场部”**的。", StyleMono); got != "本部门是[“市场部”]的。" {
		t.Errorf("mono: %q", got)
	}
}
