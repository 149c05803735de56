package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model/analysis"
)

// tokenize is the analyser's tokenize on a fresh analyser.
func tokenize(s string) ([]string, []int) {
	var a analyser
	return a.tokenize(s)
}

func TestStemMeetsWordForms(t *testing.T) {
	groups := [][]string{
		{"price", "prices", "pricing", "priced"},
		{"plan", "plans", "planning", "planned"},
		{"organise", "organize", "organising", "organised"},
		{"promote", "promotion", "promotions", "promotional"},
		{"analyse", "analysing", "analysis", "analyze"},
		{"advert", "advertising", "advertisement", "ads"},
		{"sale", "sales"},
		{"sell", "selling"},
		{"target", "targets", "goal", "objectives"}, // synonyms
		{"Résumé", "resume", "ＲＥＳＵＭＥ"},              // folded
	}
	for _, g := range groups {
		want, _ := tokenize(g[0])
		for _, w := range g[1:] {
			if got, _ := tokenize(w); !slices.Equal(got, want) {
				t.Errorf("tokenize(%q) = %v, want %v like %q", w, got, want, g[0])
			}
		}
	}
}

// "Sales" is the department's name as often as the act: "Provide service
// after the sale" is not "Sell the products".
func TestSaleIsNotSell(t *testing.T) {
	if a, _ := tokenize("sale"); slices.Equal(a, must(tokenize("sell"))) {
		t.Errorf("sale and sell are one token %v", a)
	}
}

func must(toks []string, _ []int) []string { return toks }

// Numbers and codes are words of their own, never stemmed: duty 1077 is
// not duty 107.
func TestNumbersAreKeptWhole(t *testing.T) {
	for _, p := range [][2]string{{"1077", "107"}, {"b2b", "b2"}, {"3.2.2", "3.2"}} {
		a, b := must(tokenize(p[0])), must(tokenize(p[1]))
		if slices.Equal(a, b) || len(a) != 1 || a[0] != p[0] {
			t.Errorf("tokenize(%q) = %v, tokenize(%q) = %v", p[0], a, p[1], b)
		}
	}
}

func TestTokenizeDropsStopWordsAndJoinsPhrases(t *testing.T) {
	got, _ := tokenize("Draw up the company's long-term targets")
	want := []string{"set", "compani", "long", "longterm", "term", "goal"}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize = %v, want %v", got, want)
	}
}

// A word written with hyphens is its parts and the word written together
// (analysis.Joined): "follow-up calls" shares a word with "followup
// calls" and with "follow up on calls".
func TestHyphenatedWordsShareTheJoinedWord(t *testing.T) {
	hyphened := must(tokenize("Make follow-up calls"))
	for _, other := range []string{"Make followup calls", "Follow up on calls"} {
		o := must(tokenize(other))
		if !slices.ContainsFunc(hyphened, func(w string) bool { return w != "call" && w != "make" && slices.Contains(o, w) }) {
			t.Errorf("%v and %q (%v) share no word but call", hyphened, other, o)
		}
	}
}

// Chinese is segmented into words, as search segments it; function
// words (和) are stop words, and synonyms (价格, 定价) one term.
func TestTokenizeChineseWords(t *testing.T) {
	for text, want := range map[string][]string{
		"开展市场调研":    {"开展", "市场调研"},
		"价格和渠道":     {"定价", "渠道"},
		"为产品定价。":    {"产品", "定价"},
		"在ERP系统中录入": {"erp", "系统", "中", "录", "入"},
	} {
		if got, _ := tokenize(text); !slices.Equal(got, want) {
			t.Errorf("tokenize(%s) = %v, want %v", text, got, want)
		}
	}
}

func TestAnalyseSplitsClauses(t *testing.T) {
	got := analyse("Analyse sales figures by region and propose plans to push sales forward.")
	if len(got) != 3 {
		t.Fatalf("units = %v, want the whole and two clauses", got)
	}
	if want := []string{"analys", "sale", "data", "region"}; !slices.Equal(got[1], want) {
		t.Errorf("first clause = %v, want %v", got[1], want)
	}
	if got := analyse("Set product prices."); len(got) != 1 {
		t.Errorf("a one-clause duty has units %v", got)
	}
	if got := analyse("开展市场调研，搜集行业市场信息。"); len(got) != 3 {
		t.Errorf("Chinese clauses: units %v", got)
	}
	// The enumeration comma ends a clause as the English comma does, and
	// 和 as "and" does.
	if got := analyse("负责销售数据的收集、分析和归档利用。"); len(got) != 3 || !slices.Equal(got[1], []string{"负责", "销售", "数据", "收集"}) || !slices.Equal(got[2], []string{"归档", "利用"}) {
		t.Errorf("Chinese enumeration: units %v", got)
	}
	// A clause repeating the whole, or of one word, is no unit of its own.
	if got := analyse("Set prices, set prices and prices."); len(got) != 1 {
		t.Errorf("repeated clauses: units %v", got)
	}
}

// A duty may be a whole paragraph: one of 20,000 words in 10,000
// clauses is analysed in linear time (counting distinct tokens once
// compared every pair) into the whole and maxClauses clauses, so that
// scoring it against another duty stays cheap too. Past
// analysis.MaxText bytes a text is read by its beginning.
func TestAnalyseLongDuty(t *testing.T) {
	var b strings.Builder
	for i := range 10_000 {
		fmt.Fprintf(&b, "plan%d price%d, ", i, i)
	}
	units := analyse(b.String())
	if len(units) != 1+maxClauses || len(units[0]) != 20_000 {
		t.Fatalf("got %d units, the whole with %d tokens; want %d units", len(units), len(units[0]), 1+maxClauses)
	}
	for i := 10_000; b.Len() <= 4*analysis.MaxText; i++ {
		fmt.Fprintf(&b, "plan%d price%d, ", i, i)
	}
	if units := analyse(b.String()); len(units[0]) > analysis.MaxText/8 {
		t.Fatalf("a %d KB duty gave %d tokens", b.Len()>>10, len(units[0]))
	}
}
