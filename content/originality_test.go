package content

// The built-in content carries the facts of its sources in words of its
// own. These tests hold it to that: no Chinese sentence shares a run of
// minHanRun or more Han characters with seed 004, and no English sentence
// shares minWordRun or more consecutive words with seeds 000–003. A slogan
// or a named concept may be quoted as the source has it; marked as a
// quotation (“…” or 《…》 in Chinese, "…" or “…” in English) and short, it is
// left out of the comparison. The seeds are read from ../shared/seeds beside
// the repository; without them the tests skip.

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/dutymap/dutymap/model"
)

const (
	seedsDir = "../../shared/seeds"

	minHanRun  = 12 // Han characters in a row shared with seed 004
	minWordRun = 8  // words in a row shared with seeds 000–003

	// A quotation longer than this is not a slogan or a name: it is
	// compared like any other text.
	maxQuotedHan   = 16
	maxQuotedWords = 10
)

// readSeeds returns the English seeds (000–003) joined and the Chinese seed
// (004), or skips the test when ../shared/seeds is absent.
func readSeeds(t *testing.T) (en, zh string) {
	t.Helper()
	read := func(pattern string) string {
		files, _ := filepath.Glob(filepath.Join(seedsDir, pattern))
		if len(files) == 0 {
			t.Skipf("no seeds matching %s in %s (absent on a clean clone)", pattern, seedsDir)
		}
		var b strings.Builder
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(data)
			b.WriteString("\n")
		}
		return b.String()
	}
	return read("00[0-3]_*.txt"), read("004_*.txt")
}

// copyCheck finds the runs a text shares with a seed. Texts are split into
// sentences; quotations are cut out; what remains is broken into tokens (Han
// characters, or lower-case words) and every window of run tokens is looked
// up among the seed's.
type copyCheck struct {
	run      int
	sep      string // joins tokens: "" for Han characters, " " for words
	tokens   func(string) []string
	quotes   *regexp.Regexp
	maxQuote int
	sentence *regexp.Regexp
	seed     map[string]bool
}

func newCopyCheck(seed string, run int, sep string, tokens func(string) []string, quotes, sentence *regexp.Regexp, maxQuote int) *copyCheck {
	c := &copyCheck{run: run, sep: sep, tokens: tokens, quotes: quotes, maxQuote: maxQuote, sentence: sentence, seed: map[string]bool{}}
	toks := tokens(seed)
	for i := 0; i+run <= len(toks); i++ {
		c.seed[c.key(toks[i:i+run])] = true
	}
	return c
}

func (c *copyCheck) key(toks []string) string { return strings.Join(toks, c.sep) }

// copied returns, for each sentence of text that shares a run with the
// seed, the sentence and the longest shared run.
func (c *copyCheck) copied(text string) [][2]string {
	var out [][2]string
	for _, s := range c.sentence.Split(text, -1) {
		if run := c.longestShared(s); run != "" {
			out = append(out, [2]string{strings.TrimSpace(s), run})
		}
	}
	return out
}

// longestShared is the longest run of sentence s, outside short quotations,
// that also occurs in the seed; "" when none reaches c.run tokens.
func (c *copyCheck) longestShared(s string) string {
	best := ""
	for _, part := range c.unquoted(s) {
		toks := c.tokens(part)
		for i := 0; i+c.run <= len(toks); i++ {
			if !c.seed[c.key(toks[i:i+c.run])] {
				continue
			}
			j := i + c.run
			for j < len(toks) && c.seed[c.key(toks[j-c.run+1:j+1])] {
				j++
			}
			if run := c.key(toks[i:j]); len(run) > len(best) {
				best = run
			}
		}
	}
	return best
}

// unquoted splits s at its short quotations, which are left out.
func (c *copyCheck) unquoted(s string) []string {
	var parts []string
	last := 0
	for _, m := range c.quotes.FindAllStringIndex(s, -1) {
		if len(c.tokens(s[m[0]:m[1]])) > c.maxQuote {
			continue // too long to be a slogan or a name: compared as text
		}
		parts = append(parts, s[last:m[0]])
		last = m[1]
	}
	return append(parts, s[last:])
}

// hanTokens keeps the Han characters of s, one token each: punctuation,
// spaces and Markdown do not hide a copied run.
func hanTokens(s string) []string {
	var out []string
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			out = append(out, string(r))
		}
	}
	return out
}

// wordTokens lower-cases the words (letters and digits) of s.
func wordTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

var (
	zhQuotes = regexp.MustCompile(`“[^”]*”|《[^》]*》|「[^」]*」`)
	enQuotes = regexp.MustCompile(`"[^"\n]*"|“[^”]*”`)
	// Sentences end at a full stop, question or exclamation mark, or a
	// blank line; list items and headings are separate texts already.
	zhSentence = regexp.MustCompile(`[。！？]|\n\s*\n`)
	enSentence = regexp.MustCompile(`[.!?](\s|$)|\n\s*\n`)
)

func newZhCheck(seed string) *copyCheck {
	return newCopyCheck(seed, minHanRun, "", hanTokens, zhQuotes, zhSentence, maxQuotedHan)
}

func newEnCheck(seed string) *copyCheck {
	return newCopyCheck(seed, minWordRun, " ", wordTokens, enQuotes, enSentence, maxQuotedWords)
}

// textsOf lists every text a reader sees on node n in language l, named
// by where it stands.
func textsOf(n *model.Node, l model.Lang) [][2]string {
	out := [][2]string{{"title", n.Title[l]}, {"summary", n.Summary()[l]}, {"description", n.Body()[l]}}
	for _, d := range model.Dimensions {
		if t, ok := n.Traits()[d]; ok {
			out = append(out, [2]string{"trait " + string(d), t[l]})
		}
	}
	return out
}

// copiedSentences runs check over every text of org in language l.
func copiedSentences(org *model.Org, l model.Lang, check *copyCheck) []string {
	var found []string
	for _, n := range org.Nodes() {
		for _, t := range textsOf(n, l) {
			for _, c := range check.copied(t[1]) {
				found = append(found, fmt.Sprintf("%s (%s): %q\n    shares with the seed: %q", n.Path, t[0], c[0], c[1]))
			}
		}
	}
	return found
}

func TestBuiltinChineseIsNotCopiedFromSeed004(t *testing.T) {
	_, zh := readSeeds(t)
	org := loadBuiltin(t)
	found := copiedSentences(org, model.Zh, newZhCheck(zh))
	for _, f := range found {
		t.Errorf("%s", f)
	}
	t.Logf("%d Chinese sentences share a run of %d+ Han characters with seed 004", len(found), minHanRun)
}

func TestBuiltinEnglishIsNotCopiedFromSeeds(t *testing.T) {
	en, _ := readSeeds(t)
	org := loadBuiltin(t)
	found := copiedSentences(org, model.En, newEnCheck(en))
	for _, f := range found {
		t.Errorf("%s", f)
	}
	t.Logf("%d English sentences share %d+ consecutive words with seeds 000–003", len(found), minWordRun)
}

// TestOriginalityCheckCatchesCopies proves the two checks fail on copied
// sentences taken from the real seeds, whatever their punctuation, and
// pass a short slogan quoted as a quotation.
func TestOriginalityCheckCatchesCopies(t *testing.T) {
	en, zh := readSeeds(t)
	zc, ec := newZhCheck(zh), newEnCheck(en)
	for _, tc := range []struct {
		check  *copyCheck
		text   string
		copied bool
	}{
		// seed 004, L109, verbatim and with its punctuation changed.
		{zc, "其实,市场部与销售部是并列的两个部门。", true},
		{zc, "其实：市场部与**销售部**是并列的两个部门", true},
		// seed 004, L81, a list copied item by item.
		{zc, "包括售前、售中、售后的市场调查，营销方案的制定，产品定位和品牌推广方案。", true},
		// The same facts in a sentence of our own.
		{zc, "市场部与销售部地位相当，谁也不是谁的下属。", false},
		// A slogan, quoted, and the same slogan unquoted.
		{zc, "这句口号是“以市场为导向，以客户为中心”。", false},
		{zc, "这句口号是以市场为导向，以客户为中心。", true},
		// A long passage in quotation marks is still a copy.
		{zc, "原文说：“市场部可以类比为一个集团军的参谋部，现代市场经济下的商战中，作为一支正规军，参谋部是必不可少的”。", true},
		// seed 003, L41 and seed 001, item 5.
		{ec, "It is responsible for the positioning and marketing strategy of existing products.", true},
		{ec, "The marketing department's market strategy research, brand planning and construction are generally annual.", true},
		{ec, "Marketing's strategy research and brand plans are judged over one, five or ten years.", false},
		{ec, `The source calls it "the Marketing Propaganda Department: responsible for specific activities".`, false},
	} {
		got := tc.check.copied(tc.text)
		if (len(got) > 0) != tc.copied {
			t.Errorf("copied(%q) = %q, want copied=%v", tc.text, got, tc.copied)
		}
	}
}
