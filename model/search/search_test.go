package search

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// A small organisation in both languages. Builders number duties as the
// content loader does.

func doc(kind model.Kind, id, en, zh string, children ...*model.Node) *model.Node {
	n := &model.Node{ID: id, Kind: kind, Title: model.Text{en, zh}, Children: children}
	number(n)
	return n
}

func sec(id, en, zh string, children ...*model.Node) *model.Node {
	n := &model.Node{ID: id, Kind: model.KindSection, Role: model.RoleGroup, Title: model.Text{en, zh}, Children: children}
	number(n)
	return n
}

func duty(en, zh string) *model.Node {
	return &model.Node{Kind: model.KindDuty, Title: model.Text{en, zh}}
}

func point(en, zh string) *model.Node {
	return &model.Node{Kind: model.KindPoint, Title: model.Text{en, zh}}
}

func number(n *model.Node) {
	k := 0
	for _, c := range n.Children {
		if c.Kind.IsLeaf() {
			k++
			c.ID = strconv.Itoa(k)
		}
	}
}

func testOrg() *model.Org {
	mkt := doc(model.KindDepartment, "marketing", "Marketing department", "市场部",
		sec("duties", "Responsibilities", "职责",
			duty("Set product prices.", "制定产品价格。"),
			duty("Study the market and its prices each season.", "每季研究市场及其价格。"),
			duty("Plan advertising campaigns.", "策划广告活动。"),
		),
		sec("positions", "Positions", "岗位",
			sec("manager", "Marketing manager", "市场经理",
				duty("Approve the marketing budget.", "审批市场预算。"),
			),
		),
	)
	mkt.Edit().Aliases[model.En] = []string{"mkt"}
	sales := doc(model.KindDepartment, "sales", "Sales department", "销售部",
		sec("duties", "Responsibilities", "职责",
			duty("set product prices", "制定产品价格"), // same duty as marketing's, other punctuation
			duty("Sign contracts with customers.", "与客户签订合同。"),
			duty("Collect payments.", "回收货款。"),
		),
	)
	office := doc(model.KindDepartment, "office", "General office", "综合办公室",
		sec("duties", "Responsibilities", "职责",
			duty("Keep the archives.", "管理档案。"),
			duty("Receive visitors.", "接待来访。"),
		),
	)
	topic := doc(model.KindTopic, "conflict", "Why marketing and sales clash", "市场与销售为何冲突",
		sec("causes", "Causes", "原因",
			point("Sales set prices without asking marketing.", "销售部不问市场部就定价。"),
		),
	)
	return model.NewOrg([]*model.Node{mkt, sales, office, topic}, nil)
}

func search(t *testing.T, ix *Index, query string, lang model.Lang) []Result {
	t.Helper()
	res, err := ix.Search(context.Background(), Parse(query), lang, 0)
	if err != nil {
		t.Fatal(err)
	}
	return res.List
}

// texts lists each result's text, with " ×N" for N places.
func texts(res []Result) []string {
	var out []string
	for _, r := range res {
		s := r.Node.Title.In(r.Lang)
		if len(r.Places) > 1 {
			s += " ×" + strconv.Itoa(len(r.Places))
		}
		out = append(out, s)
	}
	return out
}

// highlight marks the positions of a result's text with [].
func highlight(r Result) string {
	var b strings.Builder
	for i, c := range []rune(r.Node.Title.In(r.Lang)) {
		if slices.Contains(r.Positions, i) {
			b.WriteString("[" + string(c) + "]")
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func TestGroupsTheSameDutyInSeveralPlaces(t *testing.T) {
	ix := New(testOrg())
	res := search(t, ix, "product prices", model.En)
	if len(res) == 0 {
		t.Fatal("no results")
	}
	r := res[0]
	var paths []string
	for _, p := range r.Places {
		paths = append(paths, p.Path)
	}
	if want := []string{"marketing/duties/1", "sales/duties/1"}; !reflect.DeepEqual(paths, want) {
		t.Fatalf("places = %v, want %v", paths, want)
	}
	if r.Node != r.Places[0] {
		t.Error("Node is not the first place")
	}
	// Chinese groups the same way: one text ending in "。", one without.
	if zh := search(t, ix, "制定产品价格", model.Zh); len(zh) == 0 || len(zh[0].Places) != 2 {
		t.Errorf("zh: %v", texts(zh))
	}
}

func TestExactBeatsScattered(t *testing.T) {
	org := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "D",
		sec("s", "S", "S",
			duty("Prepare invoices for customers", ""), // p-r-i-c-e scattered
			duty("Check the price list every week", ""),
		))}, nil)
	res := search(t, New(org), "price", model.En)
	if got := texts(res); !reflect.DeepEqual(got, []string{"Check the price list every week", "Prepare invoices for customers"}) {
		t.Fatalf("order = %q", got)
	}
	if h := highlight(res[0]); h != "Check the [p][r][i][c][e] list every week" {
		t.Errorf("highlight = %s", h)
	}
	// The phrase as typed beats the same words apart, though longer.
	org = model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "D",
		sec("s", "S", "S",
			duty("Set product prices", ""),
			duty("Set prices for exports", ""),
		))}, nil)
	if got := texts(search(t, New(org), "set prices", model.En)); !reflect.DeepEqual(got, []string{"Set prices for exports", "Set product prices"}) {
		t.Fatalf("order = %q", got)
	}
}

// Chinese has no spaces: a term found anywhere in Chinese text counts as a
// whole word, so punctuation around it does not change its rank.
func TestChineseTermsAreWholeWords(t *testing.T) {
	org := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "D",
		sec("s", "S", "S",
			duty("", "收集竞争品牌的性能、价格、竞争方式等信息。"),
			duty("", "确定产品的价格。"),
			duty("", "在ERP系统中录入价格"),
		))}, nil)
	got := texts(search(t, New(org), "价格", model.Zh))
	want := []string{"确定产品的价格。", "在ERP系统中录入价格", "收集竞争品牌的性能、价格、竞争方式等信息。"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("order = %q, want %q", got, want)
	}
	// An English word inside Chinese text is still a word.
	if res := search(t, New(org), "erp", model.Zh); len(res) != 1 || highlight(res[0]) != "在[E][R][P]系统中录入价格" {
		t.Fatalf("erp: %q", texts(res))
	}
}

func TestShorterAndTighterRankHigher(t *testing.T) {
	org := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "D",
		sec("s", "S", "S",
			duty("Review the budget for the coming financial year with the board", ""),
			duty("Review the budget", ""),
			duty("Review budgets", ""), // another form of the word
			duty("Prebudget review", ""),
		))}, nil)
	got := texts(search(t, New(org), "budget", model.En))
	// The word itself, short; another form of it, short (its length counts
	// for more than its form); the word itself, long; the word inside
	// another.
	want := []string{"Review the budget", "Review budgets", "Review the budget for the coming financial year with the board", "Prebudget review"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("order = %q, want %q", got, want)
	}
}

func TestTiesKeepDocumentOrder(t *testing.T) {
	org := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "D",
		sec("s", "S", "S", duty("Plan Y", ""), duty("Plan X", ""), duty("Plan Z", "")))}, nil)
	if got := texts(search(t, New(org), "plan", model.En)); !reflect.DeepEqual(got, []string{"Plan Y", "Plan X", "Plan Z"}) {
		t.Fatalf("order = %q", got)
	}
}

func TestPositionsAreRuneIndices(t *testing.T) {
	org := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "D",
		sec("s", "S", "S",
			duty("Café prices", "制定产品价格和折扣"),
			duty("ÉTUDE du marché", "负责市场调研"),
		))}, nil)
	ix := New(org)
	cases := []struct {
		query string
		lang  model.Lang
		want  string
	}{
		{"价格", model.Zh, "制定产品[价][格]和折扣"},
		// Characters cut from a run the dictionary has no word for: each
		// is itself only (qword.alone), found letter by letter.
		{"制价扣", model.Zh, "[制]定产品[价]格和折[扣]"}, // scattered: sahilm's byte offsets
		{"prices", model.En, "Café [p][r][i][c][e][s]"},
		{"étude", model.En, "[É][T][U][D][E] du marché"},
		{"cprc", model.En, "[C]afé [p][r]i[c]es"}, // scattered after a two-byte rune
		{"市研", model.En, "负责[市]场调[研]"},            // matched in the other language
	}
	for _, c := range cases {
		res := search(t, ix, c.query, c.lang)
		if len(res) == 0 {
			t.Errorf("%q: no results", c.query)
			continue
		}
		if got := highlight(res[0]); got != c.want {
			t.Errorf("%q: %s, want %s", c.query, got, c.want)
		}
	}
}

func TestOtherLanguageRanksBelow(t *testing.T) {
	ix := New(testOrg())
	// Chinese query, English UI: found through the Chinese text.
	res := search(t, ix, "合同", model.En)
	if len(res) != 1 || res[0].Lang != model.Zh || res[0].Node.Path != "sales/duties/2" {
		t.Fatalf("合同 in English: %+v", res)
	}
	// English query, Chinese UI: 市场 matches in Chinese; "market" finds
	// the English texts, each only once and below any Chinese match.
	res = search(t, ix, "market", model.Zh)
	for _, r := range res {
		if r.Lang != model.En {
			t.Errorf("%s matched in %v", r.Node.Path, r.Lang)
		}
	}
	if len(res) == 0 {
		t.Fatal("no results")
	}
	// A node matching in both languages is listed once, in the UI's.
	res = search(t, ix, "m", model.Zh) // every English text with an m; Chinese has none
	seen := map[*model.Node]bool{}
	for _, r := range res {
		for _, p := range r.Places {
			if seen[p] {
				t.Errorf("%s listed twice", p.Path)
			}
			seen[p] = true
		}
	}
	both := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "D",
		sec("s", "S", "S", duty("ERP data", "ERP数据"), duty("Other", "ERP其他")))}, nil)
	// A word in Latin letters is English, whatever the reader reads: the
	// English texts answer it first, the Chinese text that alone holds it
	// after them.
	res = search(t, New(both), "erp", model.Zh)
	if got := texts(res); !reflect.DeepEqual(got, []string{"ERP data", "ERP其他"}) || res[0].Lang != model.En || res[1].Lang != model.Zh {
		t.Fatalf("erp: %q", got)
	}
}

func TestTopicsRankBelowDepartments(t *testing.T) {
	res := search(t, New(testOrg()), "sales", model.En)
	last := 0
	for _, r := range res {
		tier := 0
		if r.Node.Root().Kind != model.KindDepartment {
			tier = 1
		}
		if tier < last {
			t.Fatalf("%q after a topic", r.Node.Title[model.En])
		}
		last = tier
	}
	if last != 1 {
		t.Fatal("the topic's point is missing")
	}
}

func TestDepartmentFilter(t *testing.T) {
	ix := New(testOrg())
	for _, q := range []string{"prices d:sales", "prices dept:SAL", "prices d:销售", "prices d:Sales"} {
		res := search(t, ix, q, model.En)
		if len(res) != 1 || len(res[0].Places) != 1 || res[0].Node.Path != "sales/duties/1" {
			t.Errorf("%q: %q", q, texts(res))
		}
	}
	// By alias, several departments OR'ed, a department alone listing it
	// in document order.
	if res := search(t, ix, "prices d:mkt", model.En); len(res) == 0 || res[0].Node.Root().ID != "marketing" {
		t.Errorf("alias: %q", texts(res))
	}
	if res := search(t, ix, "'prices d:sales d:marketing", model.En); len(res) != 2 {
		t.Errorf("two departments: %q", texts(res))
	}
	res := search(t, ix, "d:office", model.En)
	if got := texts(res); !reflect.DeepEqual(got, []string{"General office", "Responsibilities", "Keep the archives.", "Receive visitors."}) {
		t.Errorf("department alone: %q", got)
	}
	if res := search(t, ix, "prices d:nothing", model.En); len(res) != 0 {
		t.Errorf("unknown department: %q", texts(res))
	}
	// The search reads the first MaxDepts filters (the command line refuses
	// more): each is resolved against every department.
	many := "'prices d:sales"
	for i := range MaxDepts - 1 {
		many += fmt.Sprintf(" d:none%d", i)
	}
	if res := search(t, ix, many, model.En); len(res) != 1 {
		t.Errorf("d:sales among %d filters: %q", MaxDepts, texts(res))
	}
	if res := search(t, ix, many+" d:marketing", model.En); len(res) != 1 {
		t.Errorf("a filter past the %d read: %q", MaxDepts, texts(res))
	}
}

// Words match whatever their case (questions begin with a capital, and
// acronyms are written either way); in the letters-in-order fallback a
// capital makes a term case-sensitive, as in fzf.
func TestSmartCaseAndExactTerms(t *testing.T) {
	org := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "D",
		sec("s", "S", "S", duty("Set the office hours", ""), duty("Reset the alarms", ""), duty("sort events", "")))}, nil)
	ix := New(org)
	cases := map[string][]string{
		"set":  {"Set the office hours", "Reset the alarms", "sort events"}, // the word; then letters, any case; last one scattered
		"Set":  {"Set the office hours"},                                    // a capital: the letters must match case
		"sEt":  {"Set the office hours"},                                    // the word, in any case; no letters match
		"'set": {"Set the office hours", "Reset the alarms"},                // exact: no scattered match
		"Sof":  {"Set the office hours"},                                    // case-sensitive and scattered
		"soE":  {},
	}
	for q, want := range cases {
		if got := texts(search(t, ix, q, model.En)); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", q, got, want)
		}
	}
}

func TestParseRoundTrips(t *testing.T) {
	cases := map[string]Query{
		"set price":                  {Terms: []Term{{Text: "set"}, {Text: "price"}}},
		"  'set   d:Marketing price": {Terms: []Term{{Text: "set", Exact: true}, {Text: "price"}}, Depts: []string{"marketing"}},
		"dept:sales 价格":              {Terms: []Term{{Text: "价格"}}, Depts: []string{"sales"}},
		"' d: dept:":                 {},
		"Set":                        {Terms: []Term{{Text: "Set"}}},
		"'price' '定价'' 'company's":   {Terms: []Term{{Text: "price", Exact: true}, {Text: "定价", Exact: true}, {Text: "company's", Exact: true}}},
		"''":                         {},
		// A d: value given again is one filter (hostile14 #3).
		"d:Sales price d:sales dept:SALES d:mkt": {Terms: []Term{{Text: "price"}}, Depts: []string{"sales", "mkt"}},
	}
	for in, want := range cases {
		q := Parse(in)
		if !reflect.DeepEqual(q, want) {
			t.Errorf("Parse(%q) = %+v, want %+v", in, q, want)
		}
		if back := Parse(q.String()); !reflect.DeepEqual(back, q) {
			t.Errorf("Parse(%q) = %+v, not %+v", q.String(), back, q)
		}
	}
	if s := Parse("  'set  d:mkt price ").String(); s != "'set price d:mkt" {
		t.Errorf("String = %q", s)
	}
}

func TestNarrows(t *testing.T) {
	cases := []struct {
		old, new string
		want     bool
	}{
		{"set", "set p", true},
		{"set p", "set pr", true},
		{"set pr", "set p", false}, // backspace
		{"set", "sret", true},      // typed inside the word
		{"set", "'set", true},
		{"'set", "set", false},
		{"'se", "'set", true},
		{"'se", "'s e", false},
		{"set", "Set", true},
		{"Set", "set", false},
		{"set d:a", "set p d:a", true},
		{"set d:a", "set p", false},
		{"set", "set d:a", false},
	}
	for _, c := range cases {
		if got := Parse(c.new).narrows(Parse(c.old)); got != c.want {
			t.Errorf("%q narrows %q = %v", c.new, c.old, got)
		}
	}
}

func TestEmptyQueryFindsNothing(t *testing.T) {
	if res := search(t, New(testOrg()), "  ", model.En); res != nil {
		t.Fatalf("%q", texts(res))
	}
}

// A limit only cuts the list: the first k results are the first k of all,
// though with a limit sahilm/fuzzy scores only the hits that can make it.
func TestLimit(t *testing.T) {
	ix := New(synth.Generate(3000, 9))
	for _, q := range []string{"e", "set prices", "spr", "rvw bdgt", "制价", "定价 d:north"} {
		for _, lang := range model.Langs {
			all := search(t, ix, q, lang)
			for _, k := range []int{1, 3, 10, 50, len(all), len(all) + 5} {
				res, err := ix.Search(context.Background(), Parse(q), lang, k)
				if err != nil {
					t.Fatal(err)
				}
				want := all[:min(k, len(all))]
				if !reflect.DeepEqual(texts(res.List), texts(want)) {
					t.Fatalf("%q in %v, limit %d:\n got %q\nwant %q", q, lang, k, texts(res.List), texts(want))
				}
			}
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New(testOrg()).Search(ctx, Parse("set"), model.En, 0); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

// TestSynonymRanksBelowTheWord checks a synonym finds a duty that lacks the
// typed word, ranked after duties that have the word itself, and that the
// synonym is what lights up.
func TestSynonymRanksBelowTheWord(t *testing.T) {
	org := model.NewOrg([]*model.Node{{ID: "d", Kind: model.KindDepartment, Title: model.Text{"D", "丁"}, Children: []*model.Node{
		{ID: "s", Kind: model.KindSection, Title: model.Text{"S", "戊"}, Children: []*model.Node{
			{ID: "1", Kind: model.KindDuty, Title: model.Text{"Develop the pricing strategy.", "制定定价策略。"}},
			{ID: "2", Kind: model.KindDuty, Title: model.Text{"Set the prices of new products.", "确定新产品价格。"}},
		}},
	}}}, nil)
	found, err := New(org).Search(context.Background(), Parse("set prices"), model.En, 10)
	if err != nil {
		t.Fatal(err)
	}
	res := found.List
	if len(res) != 2 || res[0].Node.ID != "2" || res[1].Node.ID != "1" {
		t.Fatalf("got %v", titlesOf(res))
	}
	if got := res[1].Positions; len(got) == 0 || got[0] != 0 {
		t.Fatalf("positions %v should start on Develop", got)
	}
}

func titlesOf(res []Result) []string {
	var out []string
	for _, r := range res {
		out = append(out, r.Node.Title[model.En])
	}
	return out
}

// Letters in order count from the start of a word: scattered from the
// middle of one they are noise.
func TestLettersStartAWord(t *testing.T) {
	org := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "D",
		sec("s", "S", "S", duty("Reprocess the orders", ""), duty("Print the cards", "")))}, nil)
	if got := texts(search(t, New(org), "prc", model.En)); !slices.Equal(got, []string{"Print the cards"}) {
		t.Fatalf("prc: %q", got)
	}
}

// tryout6 #4: the letters engine folds as the words do, so exact terms,
// typos and smart case find text in any Unicode form; typing such a query
// (the narrowed searches) finds what searching it at once does; and a term
// of invisible characters only is no term.
func TestLettersFoldAnyForm(t *testing.T) {
	org := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "D",
		sec("s", "S", "S", duty("Plan the cafe\u0301 hours", ""), duty("Order ＰＡＰＥＲ stock", ""),
			duty("Pay the Straße tolls", ""), duty("Set pri\u00adces daily", ""), duty("Read the \ufb01nancial report", "")))}, nil)
	ix := New(org)
	for q, want := range map[string][]string{
		"'caf\u00e9":  {"Plan the cafe\u0301 hours"},
		"'CAFE":       {},
		"'Paper":      {},
		"'PAPER":      {"Order ＰＡＰＥＲ stock"},
		"'strasse":    {"Pay the Straße tolls"},
		"'Strasse":    {"Pay the Straße tolls"},
		"'prices":     {"Set pri\u00adces daily"},
		"'fina":       {"Read the \ufb01nancial report"},
		"finacial":    {"Read the \ufb01nancial report"},
		"'pri\u200bc": {"Set pri\u00adces daily"},
	} {
		if got := texts(search(t, ix, q, model.En)); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", q, got, want)
		}
	}
	// What lights up is found in the form each term is matched in: the
	// case-keeping form for a term with a capital, the folded one beside it.
	for q, want := range map[string]string{
		"'PAPER":          "Order [Ｐ][Ａ][Ｐ][Ｅ][Ｒ] stock",
		"'Strasse 'tolls": "Pay the [S][t][r][a][ß][e] [t][o][l][l][s]",
		"'fina":           "Read the [\ufb01][n][a]ncial report",
	} {
		if res := search(t, ix, q, model.En); len(res) == 0 || highlight(res[0]) != want {
			t.Errorf("%q: %d results, the first lit %q, want %q", q, len(res), firstLit(res), want)
		}
	}
	if q := Parse("'\u00ad \u200b set"); len(q.Terms) != 1 || q.Terms[0].Text != "set" {
		t.Errorf("terms of invisible characters only: %+v", q.Terms)
	}
	for _, typed := range []string{"'straße", "Straße", "'PAPER", "'pri\u00adces", "fi\u0301nancial"} {
		s := NewSearcher(ix)
		for _, prefix := range typing(typed) {
			got, err := s.Search(context.Background(), Parse(prefix), model.En, 20)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := ix.Search(context.Background(), Parse(prefix), model.En, 20)
			same(t, fmt.Sprintf("%q typed up to %q", typed, prefix), got, want)
		}
	}
}

// holding, from its table of characters, finds what a walk over every
// surface word finds, in the same order: for every Chinese character of
// the built-in content's words, from an index built and from one read back.
func TestHoldingIsEveryWordHoldingIt(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	walk := func(w *wordIndex, ch string) ([]int32, int32) {
		var out []int32
		var df int64
		for _, s := range w.surface {
			if s.word != ch && strings.Contains(s.word, ch) && !slices.Contains(out, s.term) {
				out = append(out, s.term)
				df += int64(w.df[s.term])
			}
		}
		if len(out) > maxExpansions {
			slices.SortStableFunc(out, func(a, b int32) int { return cmp.Compare(w.df[b], w.df[a]) })
			out = out[:maxExpansions]
		}
		return out, int32(min(df, int64(w.docs)))
	}
	for _, ix := range []*Index{New(org), roundTrip(t, org)} {
		w := ix.wordsOf(model.Zh)
		chars := 0
		for _, s := range w.surface {
			for _, r := range s.word {
				if !analysis.IsHan(r) {
					continue
				}
				chars++
				got, gotDF := w.holding(string(r))
				want, wantDF := walk(w, string(r))
				if !slices.Equal(got, want) || gotDF != wantDF {
					t.Fatalf("%c: %v (%d texts), the walk %v (%d)", r, got, gotDF, want, wantDF)
				}
			}
		}
		if chars < 1000 {
			t.Fatalf("%d characters tried", chars)
		}
	}
	// More words than are kept, many as frequent: the same ones kept.
	w := &wordIndex{docs: 1000}
	for i := range 3 * maxExpansions {
		word := string(rune(0x4E00+i)) + "定"
		if i%2 == 1 {
			word = "定" + string(rune(0x4E00+i))
		}
		w.surface = append(w.surface, surfaceWord{word, int32(i)})
		w.df = append(w.df, int32(i%5))
	}
	slices.SortFunc(w.surface, func(a, b surfaceWord) int { return strings.Compare(a.word, b.word) })
	got, gotDF := w.holding("定")
	want, wantDF := walk(w, "定")
	if len(want) != maxExpansions || !slices.Equal(got, want) || gotDF != wantDF {
		t.Fatalf("定: %v (%d texts), the walk %v (%d)", got, gotDF, want, wantDF)
	}
}

// A Chinese character typed alone stands for the words that hold it
// (定 finds 定价); one the segmenter cut out of a word the dictionary
// lacks (斑马: 斑, 马) stands for itself only, so that the word counts as
// not mentioned, quoted as typed, and not answered through 兵强马壮
// (tryout7 #1).
func TestChineseCharacterTypedAloneOrCut(t *testing.T) {
	org := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "部",
		sec("s", "S", "职责",
			duty("Price the products.", "负责产品定价。"),
			duty("Pay the wages.", "发放员工工资。"),
			duty("Grow the firm.", "推动企业发展。"),
			duty("Strong troops.", "销售部早已兵强马壮。"),
			duty("Growth stage.", "做好成长期的工作。"),
			duty("Furniture.", "好比家私一词。"),
			duty("Regions.", "管理各区域的客户。"),
			duty("A large budget.", "广告费一亿元。"),
		))}, nil)
	ix := New(org)
	ask := func(q string) *Results {
		t.Helper()
		res, err := ix.Search(context.Background(), Parse(q), model.Zh, 0)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	for _, c := range []struct{ query, word string }{
		{"斑马", "斑马"},
		{"长颈鹿", "长颈鹿"},
		{"谁负责私域", "私域"},
		{"元宇宙", "元宇宙"},
		{"斑\u200b马", "斑马"}, // a zero-width space inside the word
	} {
		res := ask(c.query)
		want := []string{c.word}
		if !res.NoMention || len(res.List) > 0 || !slices.Equal(res.Words, want) || !slices.Equal(res.Missing, want) {
			t.Errorf("%s: no mention %v, words %q, missing %q, found %q; want nothing, %q not mentioned",
				c.query, res.NoMention, res.Words, res.Missing, texts(res.List), c.word)
		}
	}
	// Typed alone, each character stands for the words holding it.
	if res := ask("斑 马"); res.NoMention || !slices.Equal(res.Missing, []string{"斑"}) ||
		len(res.List) == 0 || texts(res.List)[0] != "销售部早已兵强马壮。" {
		t.Errorf("斑 马: missing %q, found %q", res.Missing, texts(res.List))
	}
	for _, q := range []string{"定", "定 价", "价 定", "价"} {
		if res := ask(q); len(res.Missing) > 0 || len(res.List) == 0 || texts(res.List)[0] != "负责产品定价。" {
			t.Errorf("%s: missing %q, found %q", q, res.Missing, texts(res.List))
		}
	}
	// 发 beside 工资 says little: 发展 is a lesser match, typed alone or
	// not.
	for _, q := range []string{"谁发工资", "发 工资"} {
		res := ask(q)
		if len(res.List) == 0 || texts(res.List)[0] != "发放员工工资。" || res.Matches != 1 {
			t.Errorf("%s: %d matches: %q", q, res.Matches, texts(res.List))
		}
	}
}

// firstLit is the first result highlighted, or "" when there is none.
func firstLit(res []Result) string {
	if len(res) == 0 {
		return ""
	}
	return highlight(res[0])
}

// The terms that lead a duty, worked out once per index, are those a
// scan of each term's postings finds: some duty's title begins with it.
// Checked on every term of both languages, built and read alone.
func TestLeadingTermsAreThoseThatBeginADuty(t *testing.T) {
	built := builtin(t)
	var w wire.Writer
	built.Encode(&w)
	alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for name, ix := range map[string]*Index{"built": built, "alone": alone} {
		for _, l := range model.Langs {
			words := ix.wordsOf(l)
			leads := 0
			for id, term := range words.vocab {
				want := false
				nodes, _ := words.postings(int32(id))
				for _, n := range nodes {
					if toks := words.tokens(n); ix.kindOf(n) == model.KindDuty && len(toks) > 0 && toks[0].pos == 0 && slices.ContainsFunc(toks, func(t seqToken) bool { return t.pos == 0 && t.term == int32(id) }) {
						want = true
					}
				}
				if got := words.leadsDuty(ix, term); got != want {
					t.Errorf("%s %v: leadsDuty(%q) = %v, want %v", name, l, term, got, want)
				}
				if want {
					leads++
				}
			}
			if leads == 0 {
				t.Errorf("%s %v: no term leads a duty", name, l)
			}
		}
	}
}

// A word written with hyphens and the same word written together find
// each other, either way round: "followup" finds the duty that says
// "follow-up", "e-mail" the one that says "email", first; the note
// names no part of the word as missing.
func TestHyphenatedAndJoinedWordsFindEachOther(t *testing.T) {
	org := model.NewOrg([]*model.Node{
		doc(model.KindDepartment, "service", "Service desk", "服务台",
			sec("duties", "Responsibilities", "职责",
				duty("Make follow-up calls to new customers.", "给新客户打回访电话。"),
				duty("Answer customers' email within a day.", "一天内回复客户的电子邮件。"),
				duty("Send the followup letters.", "寄出跟进信件。"),
				duty("Keep the e-mail archive.", "保管电子邮件存档。"),
				duty("Follow the price list.", "遵守价目表。"),
			),
		),
	}, nil)
	ix := New(org)
	for query, want := range map[string][]string{
		"followup":  {"service/duties/1", "service/duties/3"},
		"follow-up": {"service/duties/1", "service/duties/3"},
		"email":     {"service/duties/2", "service/duties/4"},
		"e-mail":    {"service/duties/2", "service/duties/4"},
		"E-mails":   {"service/duties/2", "service/duties/4"},
	} {
		res, err := ix.Search(context.Background(), Parse(query), model.En, 10)
		if err != nil {
			t.Fatal(err)
		}
		got := paths(res.List)
		if len(got) > 2 {
			got = got[:2] // "Follow the price list" may follow, as "follow" alone
		}
		slices.Sort(got)
		if !slices.Equal(got, want) || res.List[1].Match != Words || res.NoMention || len(res.Missing) != 0 {
			t.Errorf("%q: %v (no mention %v, missing %q); want %v first", query, paths(res.List), res.NoMention, res.Missing, want)
		}
	}
}
