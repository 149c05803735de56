package page

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/linebreak"
)

func TestWidthCountsLikeTheTerminal(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"abc", 3},
		{"中文", 4},
		{"💅🏻", 4}, // wcwidth: 2 + 2, as tmux draws it
		{"🎙️", 2}, // one cell by wcwidth, two as a cluster: the wider
		{"❤️", 2},
		{"é", 1}, // e + combining acute
		{"\x1b[1mbold\x1b[m", 4},
		{"、。", 4},
	} {
		if got := Width(tc.s); got != tc.want {
			t.Errorf("Width(%q) = %d, want %d", tc.s, got, tc.want)
		}
		if wc := ansi.StringWidthWc(tc.s); wc > Width(tc.s) {
			t.Errorf("Width(%q) = %d is narrower than wcwidth %d", tc.s, Width(tc.s), wc)
		}
	}
}

func wrapPlain(s string, w int) []string {
	lines := wrapStyled(s, w, "")
	for i, l := range lines {
		lines[i] = ansi.Strip(l)
	}
	return lines
}

func TestWrapMixedChineseAndEnglish(t *testing.T) {
	s := "负责公司内部所有业务系统的日常运行维护工作 including the CRM and ERP systems used by the sales team every day."
	for w := len("including"); w <= 60; w++ {
		lines := wrapPlain(s, w)
		joined := strings.Join(lines, "\n")
		for _, l := range lines {
			if Width(l) > w {
				t.Fatalf("width %d: line %q is %d wide", w, l, Width(l))
			}
		}
		// Every English word survives whole, and words keep their spaces.
		if got, want := strings.Join(strings.Fields(latinOnly(joined)), " "), "including the CRM and ERP systems used by the sales team every day."; got != want {
			t.Fatalf("width %d: words %q, want %q\n%s", w, got, want, joined)
		}
		if strings.Contains(joined, "includingthe") || strings.Contains(joined, "bythe") {
			t.Fatalf("width %d: words joined:\n%s", w, joined)
		}
	}
}

// latinOnly keeps ASCII text, turning everything else and line breaks
// into spaces, so word boundaries can be compared.
func latinOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && r != '\n' {
			return r
		}
		return ' '
	}, s)
}

func TestWrapKinsoku(t *testing.T) {
	s := "市场部负责研究市场、制定策略，并且（在必要时）协调销售部门的工作。销售部负责执行。"
	for w := 4; w <= 40; w++ {
		lines := wrapPlain(s, w)
		if strings.Join(lines, "") != s {
			t.Fatalf("width %d: text changed: %q", w, lines)
		}
		for i, l := range lines {
			r := []rune(l)
			if i > 0 && len(r) > 0 && linebreak.IsClosing(r[0]) {
				t.Fatalf("width %d: line %d starts with %q: %q", w, i, r[0], lines)
			}
			if len(r) > 0 && linebreak.IsOpening(r[len(r)-1]) {
				t.Fatalf("width %d: line %d ends with %q: %q", w, i, r[len(r)-1], lines)
			}
			if Width(l) > w {
				t.Fatalf("width %d: line %q too wide", w, l)
			}
		}
	}
}

func TestWrapNoBreakBeforeClosingAfterSpace(t *testing.T) {
	lines := wrapPlain("aaaa bbbb ）cc", 9)
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "）") {
			t.Fatalf("line starts with closing bracket: %q", lines)
		}
	}
}

func TestWrapLongWordBreaksAtSeparator(t *testing.T) {
	lines := wrapPlain("see https://example.com/a/very/long/path/to/somewhere now", 20)
	for _, l := range lines {
		if Width(l) > 20 {
			t.Fatalf("too wide: %q", lines)
		}
	}
	if lines[0] != "see" || !strings.HasSuffix(lines[1], "/") {
		t.Fatalf("URL not moved to its own line and broken after a slash: %q", lines)
	}
}

func TestWrapCarriesStyleAcrossLines(t *testing.T) {
	lines := wrapStyled("plain \x1b[1mbold words here\x1b[m end", 10, "")
	for i, l := range lines {
		if strings.Count(l, "\x1b[1m") > 0 && !strings.HasSuffix(l, "\x1b[m") {
			t.Fatalf("line %d leaves bold open: %q", i, lines)
		}
	}
	if !strings.HasPrefix(lines[1], "\x1b[1m") {
		t.Fatalf("second line does not reopen bold: %q", lines)
	}
}

func TestWrapForcedBreak(t *testing.T) {
	lines := wrapPlain("one"+breakMarkS+"two"+breakMarkS+breakMarkS+"three", 40)
	if strings.Join(lines, "|") != "one|two||three" {
		t.Fatalf("forced breaks: %q", lines)
	}
}
