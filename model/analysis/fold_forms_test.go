package analysis

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// The same text in another Unicode or script form folds to the same
// searchable form: traditional Chinese, Kangxi radicals and compatibility
// ideographs, the dotless ı, number forms, superscripts, squared and
// circled forms, ligatures, full-width letters.
func TestFoldOtherForms(t *testing.T) {
	for in, want := range map[string]string{
		"價格":                  "价格",
		"誰負責定價":               "谁负责定价",
		"銷售部 市場部 財務部":         "销售部 市场部 财务部",
		"人力資源":                "人力资源",
		"\u2F08\u2F12资源":      "人力资源", // Kangxi radicals ⼈⼒
		"\uF900":              "岂",    // the compatibility ideograph 豈, then simplified
		"\U0002F800":          "丽",    // CJK compatibility ideographs supplement
		"㊀㈠":                  "一(一)", // circled and parenthesized ideographs
		"Diyarbakır":          "diyarbakir",
		"DİYARBAKIR İstanbul": "diyarbakir istanbul",
		"Ⅱ Ⅲ ⅻ":               "ii iii xii",
		"① ⑩ ¹²":              "1 10 12",
		"H₂O 5㎏":              "h2o 5kg",
		"Ⓐ ⓑ":                 "a b",
		"ﬁnancial":            "financial",
		"ＦＵＬＬ１２":              "full12",
		"ΟΔΟΣ Straße":         "οδοσ strasse",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	// Form keeps capitals, and folds the rest alike.
	for in, want := range map[string]string{"價格": "价格", "Diyarbakır": "Diyarbakir", "Ⅱ": "II", "DIYARBAKIR": "DIYARBAKIR"} {
		if got := Form(in); got != want {
			t.Errorf("Form(%q) = %q, want %q", in, got, want)
		}
	}
}

// Two texts in different forms give the same terms, and each term's
// offsets are the text's as written: "Ⅱ" is the word ii, one rune long.
func TestTokensOfOtherForms(t *testing.T) {
	for a, b := range map[string]string{
		"銷售部負責銷售":                "销售部负责销售",
		"誰負責定價？":                 "谁负责定价？",
		"\u2F08\u2F12资源管理":       "人力资源管理",
		"Sign the Ⅱ contract.":   "Sign the II contract.",
		"Check step ① twice":     "Check step 1 twice",
		"Order 5㎏ of H₂O":        "Order 5kg of H2O",
		"Visit Diyarbakır":       "visit diyarbakir",
		"the ﬁnancial ＦＵＬＬ year": "the financial FULL year",
		"定\u200b價":               "定价",
		"Launch the Acme™ line":  "Launch the Acme line",
	} {
		if ta, tb := Terms(a), Terms(b); !slices.Equal(ta, tb) {
			t.Errorf("Terms(%q) = %q, Terms(%q) = %q", a, ta, b, tb)
		}
	}
	text := "Sign the Ⅱ contract, step ①."
	var got []string
	for _, tok := range Tokens(text) {
		got = append(got, tok.Term+"="+string([]rune(text)[tok.Start:tok.End]))
	}
	if want := []string{"sign=Sign", "the=the", "ii=Ⅱ", "contract=contract", "step=step", "1=①"}; !slices.Equal(got, want) {
		t.Errorf("Tokens(%q) = %q, want %q", text, got, want)
	}
	text = "發布財務報告"
	got = got[:0]
	for _, tok := range Tokens(text) {
		got = append(got, tok.Term+"="+string([]rune(text)[tok.Start:tok.End]))
	}
	if want := []string{"发布=發布", "财务=財務", "报告=報告"}; !slices.Equal(got, want) {
		t.Errorf("Tokens(%q) = %q, want %q", text, got, want)
	}
}

// The table is OpenCC's: every Chinese character converts alone as
// github.com/longbridgeapp/opencc's t2s conversion converts it (once more
// for the one it converts to a character it converts again), and no other
// rune changes. A table out of date with the opencc in go.mod fails here:
// run `go generate ./model/analysis`.
func TestT2STableIsOpenCCs(t *testing.T) {
	cc, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	convert := func(r rune) rune {
		out, err := cc.Convert(string(r))
		if err != nil {
			t.Fatal(err)
		}
		s, _ := utf8.DecodeRuneInString(out)
		return s
	}
	changed := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		got := simplified(r)
		if !unicode.Is(unicode.Han, r) {
			if got != r {
				t.Fatalf("U+%04X %c is not Chinese, simplified to %c", r, r, got)
			}
			continue
		}
		want := convert(r)
		if want != r {
			changed++
			if again := convert(want); again != want {
				want = again
			}
		}
		if got != want {
			t.Fatalf("U+%04X %c: table %c, OpenCC %c", r, r, got, want)
		}
	}
	if changed < 4000 {
		t.Errorf("%d characters simplified: the table looks cut", changed)
	}
}

// Every Chinese character folds to one Chinese character (a text keeps its
// length in runes, and the letters search and find in page map folded
// runes back one for one), FoldHan is Fold for one, and folding is done
// once: a folded character folds to itself.
func TestFoldHanIsOneCharacter(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !IsHan(r) {
			continue
		}
		n++
		f := []rune(Fold(string(r)))
		if len(f) != 1 || !IsHan(f[0]) {
			t.Fatalf("U+%04X %c folds to %q", r, r, string(f))
		}
		if FoldHan(r) != f[0] || Form(string(r)) != string(f) {
			t.Fatalf("U+%04X %c: FoldHan %c, Form %q, Fold %q", r, r, FoldHan(r), Form(string(r)), string(f))
		}
		if FoldHan(f[0]) != f[0] {
			t.Fatalf("U+%04X %c folds to %c, which folds to %c", r, r, f[0], FoldHan(f[0]))
		}
	}
	if n < 90000 {
		t.Fatalf("%d Chinese characters", n)
	}
}

// Splitting a text in its form (tokensInForm) ends: the form of any rune
// has nothing left to put in form, so Tokens rewrites a text at most once.
func TestFormIsFormed(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if f := Form(string(r)); !isFormed(f) {
			t.Fatalf("U+%04X: its form %q has runes to put in form", r, f)
		}
	}
}

// The segmenter is given folded text, so its dictionary holds words in
// folded form (internal/gendict): 乾隆 is there as 干隆.
func TestDictionaryIsFolded(t *testing.T) {
	for line := range strings.Lines(zhDict) {
		w, _, _ := strings.Cut(line, " ")
		if strings.HasPrefix(w, "#") {
			continue
		}
		if f := Fold(w); f != w {
			t.Errorf("zh_dict.txt has %q, folded %q: run go generate ./model/analysis", w, f)
		}
	}
}

// BenchmarkFoldTitle is folding's cost per title: English, simplified
// Chinese (every character looked up in the simplified table's bitmap),
// traditional Chinese (each character found in the table), and tokenising
// titles with compatibility forms (rewritten before they are split).
func BenchmarkFoldTitle(b *testing.B) {
	for _, c := range []struct{ name, title string }{
		{"en", "Draw up the year's marketing strategy and marketing plan."},
		{"zh-simplified", "确定公司产品的价格，并监督销售部执行市场部定下的价格。"},
		{"zh-traditional", "確定公司產品的價格，並監督銷售部執行市場部定下的價格。"},
	} {
		b.Run("Fold/"+c.name, func(b *testing.B) {
			for b.Loop() {
				Fold(c.title)
			}
		})
	}
	for _, c := range []struct{ name, title string }{
		{"zh-simplified", "确定公司产品的价格，并监督销售部执行市场部定下的价格。"},
		{"zh-traditional", "確定公司產品的價格，並監督銷售部執行市場部定下的價格。"},
		{"en-forms", "Sign the Ⅱ contract and check step ① of the H₂O audit."},
	} {
		b.Run("Tokens/"+c.name, func(b *testing.B) {
			var a Analyzer
			var toks []Token
			for b.Loop() {
				toks = a.Tokens(c.title, toks[:0])
			}
		})
	}
}
