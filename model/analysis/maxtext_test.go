package analysis

import (
	"strings"
	"testing"
)

// TestTokensAreBoundedPerText: one text is analysed up to MaxText bytes,
// cut before a word; a 16 MB description analysed whole cost search and
// similarity over a gigabyte each (tryout5 defect 9).
func TestTokensAreBoundedPerText(t *testing.T) {
	var a Analyzer
	text := strings.Repeat("word ", 16<<20/5)
	toks := a.Tokens(text, nil)
	words := 0
	for _, tk := range toks {
		if tk.Kind == Word {
			words++
		}
	}
	if want := MaxText / len("word "); words < want-1 || words > want+1 {
		t.Errorf("%d words analysed, want about %d", words, want)
	}
	if last := toks[len(toks)-1]; last.Folded != "word" {
		t.Errorf("the last token is %q: a word was cut", last.Folded)
	}
	if got := len(a.Tokens("Set prices.", nil)); got == 0 {
		t.Error("short texts are analysed whole")
	}
}
