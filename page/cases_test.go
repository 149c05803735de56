package page_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

// caseWidths are the widths the goldens are taken at.
var caseWidths = []int{40, 80, 120}

// TestGoldenRenderingCases renders the pages of every rendering case in
// testdata/cases (the inputs of ../shared/cases/rendering, each kind in
// both languages) at 40, 80 and 120 columns. Goldens are stored without
// colours so they read as the user sees them; run
// `go test ./page -run Golden -update` after an intended change.
func TestGoldenRenderingCases(t *testing.T) {
	dirs, err := filepath.Glob("testdata/cases/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, dir := range dirs {
		org, err := content.Load(content.Dir(dir))
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		for _, lang := range model.Langs {
			for _, w := range caseWidths {
				t.Run(filepath.Base(dir)+"_"+lang.Code()+"_"+strconv.Itoa(w), func(t *testing.T) {
					golden.RequireEqual(t, renderPages(t, org, lang, w))
				})
			}
		}
	}
}

// renderPages renders every department and section page of org, each
// under a rule, as the user reads them, checking every line's width.
func renderPages(t *testing.T, org *model.Org, lang model.Lang, width int) string {
	t.Helper()
	var b strings.Builder
	for _, n := range org.Nodes() {
		if n.Kind.IsLeaf() {
			continue
		}
		md := page.Render(org, n, page.Options{Lang: lang})
		out := page.Terminal(md, page.StyleDark, width)
		b.WriteString(strings.Repeat("─", width) + "\n")
		for _, l := range strings.Split(out, "\n") {
			checkLine(t, n.Path, l, width)
			b.WriteString(strings.TrimRight(ansi.Strip(l), " ") + "\n")
		}
	}
	return b.String()
}

func isChinese(s string) bool { return regexp.MustCompile(`\p{Han}`).MatchString(s) }

var closingStart = regexp.MustCompile(`^[\s│•]*(?:\d+\.\s+)?[、。，．：；？！）」』】〕〉》]`)

// checkLine fails on a line wider than width as either kind of terminal
// counts it, or one starting with closing CJK punctuation.
func checkLine(t *testing.T, where, line string, width int) {
	t.Helper()
	if w, wc := page.Width(line), ansi.StringWidthWc(line); w > width || wc > width {
		t.Fatalf("%s at %d: line %d cells wide (wcwidth %d): %q", where, width, w, wc, ansi.Strip(line))
	}
	if closingStart.MatchString(ansi.Strip(line)) {
		t.Fatalf("%s at %d: line starts with closing punctuation: %q", where, width, ansi.Strip(line))
	}
}

// TestSharedRenderingCases loads the handed cases themselves from
// ../shared/cases/rendering when they are there and checks what their
// READMEs expect, with the same checks as ../shared/cases/run.
func TestSharedRenderingCases(t *testing.T) {
	root := "../../shared/cases/rendering"
	if _, err := os.Stat(root); err != nil {
		t.Skip("../shared/cases is not here (a clean clone): skipped")
	}
	for _, tc := range []struct {
		dir, path string
		width     int
		bad       *regexp.Regexp
		want      []string // in English, or in both languages when the case has both
	}{
		{"03-mixed-cjk-english-duty", "it/duties", 40, regexp.MustCompile(`includingthe|bythe|theCRM|\ban\s*\n\s*d\b`), []string{"工作 including"}},
		{"04-list-continuation-indent", "sales/responsibilities", 50, nil, []string{"\n     down by region", "\n     个月份"}},
		{"06-tabs", "payroll", 80, regexp.MustCompile(`weekdaycut|payrollevery|annualB=|\t`), []string{"weekday cut-off payday"}},
		{"06-tabs", "payroll/responsibilities", 80, regexp.MustCompile(`payrollevery|\t`), []string{"Run payroll  every month."}},
		{"07-footnote", "legal", 80, regexp.MustCompile(`/finance\.|\[\^`), []string{"signatures[1]", "[1] finance", "[tax] See the annual"}},
		{"08-html-br", "pr", 70, regexp.MustCompile(`0100Out|internal: review`), []string{"+1 555 0100</b>\n  Out of hours"}},
		{"09-emoji-width-tmux", "beauty", 30, nil, []string{"💅🏻 Beauty department"}},
		{"21-heading-closing-hashes", "rd/budget", 80, regexp.MustCompile(`##\s*\{|Budget ##`), []string{"Budget"}},
	} {
		t.Run(tc.dir+"/"+tc.path, func(t *testing.T) {
			org, err := content.Load(content.Dir(filepath.Join(root, tc.dir)))
			if err != nil {
				t.Fatal(err)
			}
			n := org.Node(tc.path)
			if n == nil {
				t.Fatalf("no node %s", tc.path)
			}
			for _, lang := range model.Langs {
				if n.Title.In(lang) == "" || !org.HasLang(lang) {
					continue
				}
				out := page.Terminal(page.Render(org, n, page.Options{Lang: lang}), page.StyleDark, tc.width)
				var plain []string
				for _, l := range strings.Split(out, "\n") {
					checkLine(t, tc.path, l, tc.width)
					plain = append(plain, strings.TrimRight(ansi.Strip(l), " "))
				}
				text := strings.Join(plain, "\n")
				t.Logf("%s, %d columns:\n%s", lang.Code(), tc.width, text)
				if tc.bad != nil && tc.bad.MatchString(text) {
					t.Errorf("%s: %q found", lang.Code(), tc.bad.FindString(text))
				}
				for _, w := range tc.want {
					if !strings.Contains(text, w) && isChinese(w) == (lang == model.Zh) {
						t.Errorf("%s: missing %q", lang.Code(), w)
					}
				}
			}
		})
	}
}
