package analysis

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// gseWords is what gse's Segment makes of run: the reference shortest
// splits by.
func gseWords(run string) []string {
	var out []string
	for _, w := range segmenter().Segment([]byte(run)) {
		out = append(out, run[w.Start():w.End()])
	}
	return out
}

// hanRuns returns the runs of Chinese characters of text, folded as the
// Analyzer folds them before segmenting.
func hanRuns(text string) []string {
	return strings.FieldsFunc(Fold(text), func(r rune) bool { return !IsHan(r) })
}

// The segmenter splits every run as gse's Segment does, on one reused set
// of buffers: the runs of the built-in content, every dictionary word,
// runs made of dictionary words and loose characters at random, and runs
// with letters or digits between the characters (which gse groups when
// they take one or two bytes, and shortest hands back to it; full-width
// ones, three bytes, gse reads one at a time, and so does shortest).
func TestShortestIsGse(t *testing.T) {
	var runs []string
	files, _ := filepath.Glob("../../content/builtin/zh/*.md")
	if len(files) == 0 {
		t.Fatal("no built-in Chinese content found")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, hanRuns(string(b))...)
	}
	var words []string
	for w := range Words() {
		words = append(words, w)
	}
	runs = append(runs, words...)
	rng := rand.New(rand.NewPCG(19, 1))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			if rng.IntN(3) == 0 {
				b.WriteRune(rune(0x4E00 + rng.IntN(0x9FFF-0x4E00)))
			} else {
				b.WriteString(words[rng.IntN(len(words))])
			}
		}
		runs = append(runs, b.String())
	}
	var s shortest
	var got []string
	handedBack := 0
	for _, run := range append(runs, "价格ab定价", "定价2024年", "ＥＲＰ系统", "第３季度") {
		var ok bool
		got, ok = s.segment(segmenter(), run, got[:0])
		if !ok {
			handedBack++
			continue
		}
		if want := gseWords(run); !slices.Equal(got, want) {
			t.Fatalf("%q splits into %q, gse splits it into %q", run, got, want)
		}
	}
	if handedBack != 2 {
		t.Errorf("%d runs handed back to gse, want the 2 with one-byte letters or digits", handedBack)
	}
	t.Logf("%d runs compared", len(runs))
}
