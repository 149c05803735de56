package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// tokenize is the analyser's tokenize on a fresh analyser.
func tokenize(s string) ([]string, []int) {
	var a analyser
	return a.tokenize(s)
}

func TestStemMeetsWordForms(t *testing.T) {
	groups := [][]string{
		{"price", "prices", "pricing", "priced"},
		{"plan", "plans", "planning", "planned", "planner"},
		{"organise", "organize", "organising", "organised"},
		{"promote", "promotion", "promotions", "promotional"},
		{"analyse", "analysing", "analysis", "analyze"},
		{"advert", "advertising", "advertisement", "ads"},
		{"sale", "sales"},
		{"sell", "selling"},
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

func TestTokenizeDropsStopWordsAndJoinsPhrases(t *testing.T) {
	got, _ := tokenize("Draw up the company's long-term targets")
	want := []string{"set", "longterm", "goal"}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize = %v, want %v", got, want)
	}
}

func TestTokenizeChineseBigrams(t *testing.T) {
	got, _ := tokenize("开展市场调研")
	want := []string{"开展", "展市", "市场", "场调", "调研"}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize = %v, want %v", got, want)
	}
	// Function characters split runs rather than forming bigrams.
	if got, _ := tokenize("价格和渠道"); slices.Contains(got, "格和") || !slices.Contains(got, "渠道") {
		t.Errorf("tokenize(价格和渠道) = %v", got)
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
	// A clause repeating the whole, or of one word, is no unit of its own.
	if got := analyse("Set prices, set prices and prices."); len(got) != 1 {
		t.Errorf("repeated clauses: units %v", got)
	}
}

// A duty may be a whole paragraph: one of 200,000 words in 100,000
// clauses is analysed in linear time (counting distinct tokens once
// compared every pair) into the whole and maxClauses clauses, so that
// scoring it against another duty stays cheap too.
func TestAnalyseLongDuty(t *testing.T) {
	var b strings.Builder
	for i := range 100_000 {
		fmt.Fprintf(&b, "plan%d price%d, ", i, i)
	}
	units := analyse(b.String())
	if len(units) != 1+maxClauses || len(units[0]) != 200_000 {
		t.Fatalf("got %d units, the whole with %d tokens; want %d units", len(units), len(units[0]), 1+maxClauses)
	}
}
