package analysis

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// foldCases are texts of every kind folding meets, with Fold's and Form's
// forms of each.
var foldCases = []struct{ in, fold, form string }{
	{"", "", ""},
	{"set prices", "set prices", "set prices"},
	{"Set Prices", "set prices", "Set Prices"},
	{"Straße", "strasse", "Strasse"},
	{"STRAẞE", "strasse", "STRASSE"},
	{"ΟΔΟΣ οδος", "οδοσ οδοσ", "ΟΔΟΣ οδος"}, // the final sigma folds with σ
	{"\ufb01nancial ﬂow", "financial flow", "financial flow"},
	{"ＰＡＰＥＲ １２", "paper 12", "PAPER 12"},
	{"pri\u00adces bud\u200bget \ufeffKPI", "prices budget kpi", "prices budget KPI"},
	{"Re\u0301sume\u0301", "resume", "Resume"},
	// Hyphens as -, the modifier apostrophe as ', variation selectors
	// dropped (hostile13 #15).
	{"Follow\u2010up follow\u2011up Customer\u02bcs", "follow-up follow-up customer's", "Follow-up follow-up Customer's"},
	{"预\U000E0100算 预\ufe00算 ✔\ufe0f", "预算 预算 ✔", "预算 预算 ✔"},
	{"Résumé", "resume", "Resume"},
	{"负责产品定价", "负责产品定价", "负责产品定价"},
	{"POP广告与定价", "pop广告与定价", "POP广告与定价"},
	{"定价 Zürich", "定价 zurich", "定价 Zurich"},
	{"한국", "\u1112\u1161\u11ab\u1100\u116e\u11a8", "\u1112\u1161\u11ab\u1100\u116e\u11a8"}, // Hangul syllables: jamo
	{"\u212a Kelvin", "k kelvin", "K Kelvin"},
	{"ab\xffc", "ab\ufffdc", "ab\ufffdc"},
	{"ǅemal", "dzemal", "Dzemal"}, // a title-case digraph
}

func TestFoldAndForm(t *testing.T) {
	for _, c := range foldCases {
		if got := Fold(c.in); got != c.fold {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.fold)
		}
		if got := Form(c.in); got != c.form {
			t.Errorf("Form(%q) = %q, want %q", c.in, got, c.form)
		}
	}
}

// nfkdFold is Fold as defined on the whole text: NFKD (marks put in
// canonical order), then each rune folded (foldDecomposed).
func nfkdFold(s string, caseFold bool) string {
	var out []rune
	for _, r := range norm.NFKD.String(s) {
		out = foldDecomposed(out, r, caseFold)
	}
	return string(out)
}

func ccc(r rune) uint8 {
	var enc [utf8.UTFMax]byte
	return norm.NFKD.Properties(enc[:utf8.EncodeRune(enc[:], r)]).CCC()
}

// Folding rune by rune (Fold, Form) is folding the NFKD of the whole text,
// for every rune alone and for the texts above. For two marks in a row, it
// is too, unless both outlive folding (spacing marks with a combining
// class) and are written out of canonical order: then they stay as
// written, as the letters search, which maps each folded rune to the one
// it came from, needs.
func TestFoldIsNFKD(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for _, caseFold := range []bool{true, false} {
			if got, want := fold(s, caseFold), nfkdFold(s, caseFold); got != want {
				t.Errorf("fold(%q, %v) = %q, NFKD %q", s, caseFold, got, want)
			}
		}
	}
	for _, c := range foldCases {
		check(c.in)
	}
	var marks, outliving []rune // combining class not 0; and those folding keeps
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		check(string(r))
		if ccc(r) != 0 {
			marks = append(marks, r)
			if len(foldDecomposed(nil, r, true)) > 0 {
				outliving = append(outliving, r)
			}
		}
	}
	if len(marks) < 800 || len(outliving) == 0 || len(outliving) > 40 {
		t.Fatalf("%d marks, %d kept by folding: the tables changed", len(marks), len(outliving))
	}
	asWritten := 0
	for _, a := range outliving {
		for _, b := range marks {
			for _, s := range []string{"a" + string(a) + string(b), "定" + string(b) + string(a)} {
				rs := []rune(s)
				if slices.Contains(outliving, rs[1]) && slices.Contains(outliving, rs[2]) && ccc(rs[1]) > ccc(rs[2]) {
					asWritten++
					var want []rune
					for _, r := range rs {
						want = AppendFoldRune(want, r)
					}
					if got := Fold(s); got != string(want) || got == nfkdFold(s, true) {
						t.Errorf("Fold(%q) = %q: the marks not as written", s, got)
					}
					continue
				}
				check(s)
			}
		}
	}
	if asWritten == 0 {
		t.Error("no pair of marks out of canonical order tried")
	}
}

// Fold and Form return their argument itself when nothing changes, without
// allocating: the typing path folds every title a term with a capital
// meets.
func TestFoldReturnsTextUnchanged(t *testing.T) {
	for _, s := range []string{"set prices", "负责产品定价", "定价：市场、销售。", "POP广告"} {
		for name, f := range map[string]func(string) string{"Fold": Fold, "Form": Form} {
			if f(s) != s {
				continue // Fold("POP广告") changes
			}
			if got := f(s); unsafe.StringData(got) != unsafe.StringData(s) {
				t.Errorf("%s(%q) is a copy", name, s)
			}
			if n := testing.AllocsPerRun(10, func() { f(s) }); n != 0 {
				t.Errorf("%s(%q): %.0f allocations", name, s, n)
			}
		}
	}
}

// Pinyin with tone numbers reads as the pinyin without them; words of
// letters and digits that are no pinyin stay as they are.
func TestTonelessPinyin(t *testing.T) {
	for word, want := range map[string]string{
		"ding4jia4": "dingjia", "xiao3shou4": "xiaoshou", "shi4chang3bu4": "shichangbu",
		"xiao1shou4bu": "xiaoshoubu", "lv4": "lv", "gong1zi1": "gongzi", "dingjia4": "dingjia",
		"dingjia": "", "b2b": "", "mp3": "", "401k": "", "a4": "", "o2o": "", "q1": "",
		"web3": "", "h5": "", "covid19": "", "ding44": "", "ding6": "", "4ding": "", "w-2": "",
	} {
		got, ok := TonelessPinyin(word)
		if got != want || ok != (want != "") {
			t.Errorf("TonelessPinyin(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}
