package page_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

const (
	minSweepWidth = 30
	maxSweepWidth = 160
	sweepWidths   = maxSweepWidth - minSweepWidth + 1 // 131, a prime
)

// TestBuiltinPagesTypeset renders every page of the built-in organisation
// in both languages at widths from 30 to 160 and checks what the reader
// would notice: no line wider than the width (as either kind of terminal
// counts cells), no line starting with closing CJK punctuation, no Latin
// word split and no two Latin words joined (the words read the same as
// at a width where nothing wraps). Each page is taken at two widths, the
// pages in turn stepping through all 131 (the departments, with their
// tables turning into lists, at every seventh); the race detector's
// build takes every fourth page.
func TestBuiltinPagesTypeset(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	sim := model.NewSimilarity(org)
	step := 1
	if raceBuild {
		step = 4
	}
	covered := map[int]bool{}
	k := 0
	for _, lang := range model.Langs {
		for i, n := range org.Nodes() {
			if i%step != 0 {
				continue
			}
			opts := page.Options{Lang: lang}
			if n.Kind.IsLeaf() {
				ms, err := sim.AlsoAppearsIn(context.Background(), n)
				if err != nil {
					t.Fatal(err)
				}
				opts.Related = ms
			}
			md := page.Render(org, n, opts)
			want := latinWords(withoutTables(page.Terminal(md, page.StyleDark, 100000)))
			widths := []int{minSweepWidth + k*53%sweepWidths, minSweepWidth + (k*53+65)%sweepWidths}
			if n.Kind == model.KindDepartment && !raceBuild {
				for w := minSweepWidth + k%7; w <= maxSweepWidth; w += 7 {
					widths = append(widths, w)
				}
			}
			k++
			for _, w := range widths {
				covered[w] = true
				out := page.Terminal(md, page.StyleDark, w)
				for _, l := range strings.Split(out, "\n") {
					checkLine(t, n.Path+" ("+lang.Code()+")", l, w)
				}
				if got := latinWords(withoutTables(out)); strings.Join(got, " ") != strings.Join(want, " ") {
					t.Fatalf("%s (%s) at %d: %s\n%s", n.Path, lang.Code(), w, firstDifference(got, want), ansi.Strip(out))
				}
			}
		}
	}
	if !raceBuild && len(covered) != sweepWidths {
		t.Fatalf("widths covered: %d of %d", len(covered), sweepWidths)
	}
}

var latinWordRe = regexp.MustCompile(`[A-Za-z0-9]+(?:['’][A-Za-z]+)*`)

// latinWords lists the Latin words of the text in order; a line break
// separates words, so a split word shows as two.
func latinWords(s string) []string { return latinWordRe.FindAllString(ansi.Strip(s), -1) }

// withoutTables drops the traits section, a table when it fits and a
// list when it does not: the order of its words differs between the two.
func withoutTables(s string) string {
	lines := strings.Split(ansi.Strip(s), "\n")
	var out []string
	skip := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "## ") {
			skip = t == "## Traits" || t == "## 特征"
		}
		if !skip {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func firstDifference(got, want []string) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return "word " + itoa(i) + " is " + quote(got[i]) + ", want " + quote(want[i])
		}
	}
	return itoa(len(got)) + " words, want " + itoa(len(want))
}

func quote(s string) string { return `"` + s + `"` }

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
