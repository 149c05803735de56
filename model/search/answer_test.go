package search

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// builtin loads the built-in organisation and indexes it.
func builtin(tb testing.TB) *Index {
	tb.Helper()
	org, err := content.Load(content.Builtin())
	if err != nil {
		tb.Fatalf("the built-in content does not load: %v", err)
	}
	return New(org)
}

func find(t *testing.T, ix *Index, query string, lang model.Lang, limit int) *Results {
	t.Helper()
	res, err := ix.Search(context.Background(), Parse(query), lang, limit)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// The questions the issue asks, on the built-in organisation: the right
// duties first and the right owner named.
func TestAnswersWhoDoesIt(t *testing.T) {
	ix := builtin(t)
	cases := []struct {
		query, owner string // owner: the first owner's department id
		lang         model.Lang
		top          string // a word the first result's text holds
	}{
		{"who sets product prices?", "marketing", model.En, "price"},
		{"谁负责定价？", "marketing", model.Zh, "价"},
		{"售后服务由哪个部门负责", "sales", model.Zh, "售后服务"},
		{"which department trains salespeople", "marketing", model.En, "train"},
		{"Who is responsible for pricing?", "marketing", model.En, "price"},
	}
	for _, c := range cases {
		res := find(t, ix, c.query, c.lang, 20)
		if len(res.List) == 0 {
			t.Errorf("%q: nothing found", c.query)
			continue
		}
		first := res.List[0]
		if first.Match != Words || first.Lang != c.lang || !strings.Contains(strings.ToLower(first.Node.Title[c.lang]), c.top) {
			t.Errorf("%q: first result %q (%v, %v), want one that says %q", c.query, first.Node.Title[first.Lang], first.Match, first.Lang, c.top)
		}
		if first.Node.Root().ID != c.owner {
			t.Errorf("%q: first result is %s's, want %s's", c.query, first.Node.Path, c.owner)
		}
		owners := res.Owners(3)
		if len(owners) == 0 || owners[0].Department.ID != c.owner {
			t.Errorf("%q: owners %v, want %s first", c.query, ownerNames(owners), c.owner)
			continue
		}
		if p := owners[0].Proof; p.Node.Root().ID != c.owner || p.Match != Words || p.Node.Kind != model.KindDuty {
			t.Errorf("%q: the first owner's proof is %s", c.query, p.Node.Path)
		}
	}
}

func ownerNames(os []Owner) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Name(model.En))
	}
	return out
}

// Question words, fillers and punctuation never change what a query finds,
// in either language.
func TestQuestionsFindWhatTheirWordsFind(t *testing.T) {
	ix := builtin(t)
	for question, words := range map[string]string{
		"who sets product prices?":                      "sets product prices",
		"Which department handles customer complaints?": "customer complaints",
		"who is responsible for the brand":              "brand",
		"Who does market research?":                     "market research",
		"谁负责定价？":                                        "定价",
		"售后服务由哪个部门负责":                                   "售后服务",
		"定价是哪个部门的事？":                                    "定价",
		"定价归哪个部门管吗":                                     "定价",
		"谁管档案。":                                         "档案",
	} {
		for _, lang := range model.Langs {
			q, w := find(t, ix, question, lang, 30), find(t, ix, words, lang, 30)
			if len(w.List) == 0 {
				t.Errorf("%q finds nothing", words)
				continue
			}
			if !reflect.DeepEqual(paths(q.List), paths(w.List)) {
				t.Errorf("%q finds %v,\n%q finds %v", question, paths(q.List)[:3], words, paths(w.List)[:3])
			}
		}
	}
	// A query of nothing but fillers and stop words, in either language,
	// asks for no work: it says so, and searches for nothing.
	for q, common := range map[string][]string{
		"department": {"department"}, "who": {"who"}, "who is the": {"who", "is", "the"},
		"谁负责": {"谁", "负责"}, "哪个部门负责？": {"哪个", "部门", "负责"},
	} {
		for _, lang := range model.Langs {
			res := find(t, ix, q, lang, 5)
			if len(res.List) != 0 || !reflect.DeepEqual(res.Common, common) {
				t.Errorf("%q (%v): common %q, list %v; want only common words %q", q, lang, res.Common, paths(res.List), common)
			}
		}
	}
	// An exact term is not a common word: it looks for itself.
	if res := find(t, ix, "'负责", model.Zh, 5); len(res.List) == 0 || res.Common != nil {
		t.Errorf(`"'负责": common %q, list %v`, res.Common, paths(res.List))
	}
}

func paths(rs []Result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Node.Path)
	}
	return out
}

// tiny is a one-department organisation of the given duties, in English and
// Chinese pairs.
func tiny(duties ...[2]string) *Index {
	var kids []*model.Node
	for _, d := range duties {
		kids = append(kids, duty(d[0], d[1]))
	}
	return New(model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "Office", "办公室", sec("s", "Duties", "职责", kids...))}, nil))
}

func firstText(t *testing.T, ix *Index, query string, lang model.Lang) string {
	t.Helper()
	res := find(t, ix, query, lang, 10)
	if len(res.List) == 0 || res.List[0].Match != Words {
		return ""
	}
	return res.List[0].Node.Title.In(res.List[0].Lang)
}

// Other forms of a word find it (Snowball's English stemmer).
func TestStemmingFindsOtherForms(t *testing.T) {
	ix := tiny([2]string{"Supervise quality.", ""}, [2]string{"Develop pricing strategies.", ""},
		[2]string{"Hire the seasonal staff.", ""}, [2]string{"Draw up budgets.", ""}, [2]string{"Analyze the figures.", ""})
	for query, want := range map[string]string{
		"quality supervision": "Supervise quality.",
		"pricing strategy":    "Develop pricing strategies.",
		"price strategies":    "Develop pricing strategies.",
		"hiring":              "Hire the seasonal staff.",
		"budgeting":           "Draw up budgets.",
		"analysing":           "Analyze the figures.",
	} {
		if got := firstText(t, ix, query, model.En); got != want {
			t.Errorf("%q: %q, want %q", query, got, want)
		}
	}
}

// Synonyms find a duty that lacks the word, ranked below one that has it;
// a phrase ("sales staff") is a synonym of one word ("salespeople").
func TestSynonymsFindOtherWords(t *testing.T) {
	ix := tiny([2]string{"Recruit engineers.", "招募工程师。"}, [2]string{"Hire drivers.", "招聘司机。"},
		[2]string{"Pay the wages.", "发放工资。"}, [2]string{"Train the sales staff.", "培训销售人员。"},
		[2]string{"Decide discounts.", "决定折扣。"})
	for query, want := range map[string][]string{
		"hire":                   {"Hire drivers.", "Recruit engineers."},
		"recruiting":             {"Recruit engineers.", "Hire drivers."},
		"salary":                 {"Pay the wages."},
		"who trains salespeople": {"Train the sales staff."},
		"set discounts":          {"Decide discounts."},
	} {
		res := find(t, ix, query, model.En, 10)
		var got []string
		for _, r := range res.List {
			if r.Match == Words {
				got = append(got, r.Node.Title[model.En])
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", query, got, want)
		}
	}
	if got := firstText(t, ix, "谁负责招募", model.Zh); got != "招募工程师。" {
		t.Errorf("招募: %q", got)
	}
	if res := find(t, ix, "招募", model.Zh, 10); len(res.List) < 2 || res.List[1].Node.Title[model.Zh] != "招聘司机。" {
		t.Errorf("招募's synonym 招聘: %v", paths(res.List))
	}
}

// Chinese words are found by their pinyin, in full or by initials, and
// while the pinyin is still being typed.
func TestPinyinFindsChinese(t *testing.T) {
	ix := tiny([2]string{"Take part in pricing.", "参与产品定价。"}, [2]string{"Keep the archives.", "管理档案。"})
	for _, q := range []string{"dingjia", "dj", "dingji", "DingJia"} {
		res := find(t, ix, q, model.Zh, 10)
		if len(res.List) == 0 || res.List[0].Node.Title[model.Zh] != "参与产品定价。" || res.List[0].Match != Words {
			t.Errorf("%q: %v", q, paths(res.List))
			continue
		}
		if h := highlight(res.List[0]); !strings.Contains(h, "[定][价]") {
			t.Errorf("%q lights up %s", q, h)
		}
	}
	// An English word is not read as pinyin: "plan" finds no Chinese.
	if res := find(t, ix, "archives", model.Zh, 10); len(res.List) != 1 || res.List[0].Lang != model.En {
		t.Errorf("archives: %v", paths(res.List))
	}
}

// Text written in NFC or NFD, full-width or half-width, is the same text,
// in the query and in the content.
func TestUnicodeFormsAreTheSameText(t *testing.T) {
	nfd := "Screen the re\u0301sume\u0301s of applicants."
	ix := tiny([2]string{nfd, ""}, [2]string{"Review the ＥＲＰ data and the ２０２６ budget.", "审核ＥＲＰ数据。"})
	for _, q := range []string{"résumé", "re\u0301sume\u0301", "RÉSUMÉS", "resume", "ｒｅｓｕｍｅ"} {
		if got := firstText(t, ix, q, model.En); got != nfd {
			t.Errorf("%q: %q", q, got)
		}
	}
	for _, q := range []string{"erp", "ERP", "ＥＲＰ", "2026", "２０２６"} {
		if got := firstText(t, ix, q, model.En); !strings.Contains(got, "ＥＲＰ") {
			t.Errorf("%q: %q", q, got)
		}
	}
	if res := find(t, ix, "résumé", model.En, 5); len(res.List) == 0 || highlight(res.List[0]) != "Screen the [r][e][\u0301][s][u][m][e][\u0301][s] of applicants." {
		t.Errorf("highlight: %v", res.List)
	}
}

// Invisible format characters inside a word (text pasted from a word
// processor or a web page) leave it whole, in the content and in the
// query; case is folded fully (ß is ss, the final sigma a sigma). Each
// query finds its text first, in either reader's language, and lights up
// the word as written.
func TestFormatCharactersAndFullCaseFolding(t *testing.T) {
	texts := [][2]string{
		{"Approve pri\u00adces for exports.", "批准出口价格。"},
		{"Check the bud\u200bget lines.", "核对预算。"},
		{"Sign con\u2060tracts.", "签订合同。"},
		{"Run the Straße office.", "管理街道办公室。"},
		{"Map the ΟΔΟΣ routes.", "绘制道路图。"},
		{"Plan the week.", "负责产品定\u200b价。"},
	}
	ix := tiny(texts...)
	for _, tc := range []struct {
		q, want, lit string
	}{
		{"prices", texts[0][0], "pri\u00adces"},
		{"budget", texts[1][0], "bud\u200bget"},
		{"contracts", texts[2][0], "con\u2060tracts"},
		{"strasse", texts[3][0], "Straße"},
		{"STRASSE", texts[3][0], "Straße"},
		{"οδος", texts[4][0], "ΟΔΟΣ"},
		{"bud\u00adget", texts[1][0], "bud\u200bget"},
		{"定价", texts[5][1], "定\u200b价"},
		{"定\u200b价", texts[5][1], "定\u200b价"},
	} {
		for _, lang := range model.Langs {
			res := find(t, ix, tc.q, lang, 5)
			if len(res.List) == 0 || res.List[0].Match != Words || res.NoMention {
				t.Errorf("%q (%v): %v, no mention %v", tc.q, lang, paths(res.List), res.NoMention)
				continue
			}
			r := res.List[0]
			if got := r.Node.Title.In(r.Lang); got != tc.want {
				t.Errorf("%q (%v): first %q, want %q", tc.q, lang, got, tc.want)
			}
			if h := highlight(r); !strings.Contains(h, bracketed(tc.lit)) {
				t.Errorf("%q (%v): highlight %s, want %s lit", tc.q, lang, h, tc.lit)
			}
		}
	}
}

// A description's Chinese is indexed by character bigrams: a format
// character inside a run does not break it.
func TestBigramsSkipFormatCharacters(t *testing.T) {
	var got []string
	for a, b := range hanBigrams("定\u200b价格 市场") {
		got = append(got, string(a)+string(b))
	}
	if !slices.Equal(got, []string{"定价", "价格", "市场"}) {
		t.Errorf("bigrams %q", got)
	}
}

// bracketed writes each rune of s in brackets, as highlight marks the
// matched runes.
func bracketed(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString("[" + string(r) + "]")
	}
	return b.String()
}

// The case in ../shared/cases/search/01-nfc-nfd-search: a query typed NFC
// finds the duty written NFD, through the content loader.
func TestCaseNFCQueryFindsNFDContent(t *testing.T) {
	dir := "../../../shared/cases/search/01-nfc-nfd-search"
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Skipf("case not available: %v", err)
	}
	res := find(t, New(org), "résumé", model.En, 5)
	if len(res.List) != 1 || !strings.Contains(res.List[0].Node.Title[model.En], "sume") {
		t.Fatalf("résumé: %v", paths(res.List))
	}
}

// When no duty mentions any word of the query, the search says so and
// offers the closest: related words, descriptions, letters in order.
func TestNoMentionOffersTheClosest(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query string
		lang  model.Lang
	}{{"hiring", model.En}, {"who does the hiring?", model.En}, {"谁负责招聘", model.Zh}} {
		res := find(t, ix, c.query, c.lang, 10)
		if !res.NoMention || res.Matches != 0 && hasLeaf(res, Words) {
			t.Errorf("%q: no mention %v, %d matches", c.query, res.NoMention, res.Matches)
		}
		if len(res.List) == 0 || res.List[0].Node.Root().ID != "hr" {
			t.Errorf("%q: the closest are %v, want a human resources duty first", c.query, paths(res.List))
		}
	}
	// Some words mentioned, one nowhere: the results of the others, and
	// the one named.
	res := find(t, ix, "xylophones budgets", model.En, 10)
	if res.NoMention || !slices.Equal(res.Missing, []string{"xylophones"}) || res.Matches == 0 {
		t.Errorf("xylophones budgets: no mention %v, missing %q, %d matches", res.NoMention, res.Missing, res.Matches)
	}
}

// A question whose verb is its only word any duty mentions ("who sets
// KPIs?", no duty mentions KPIs) is not answered by the duties that set
// something: no duty mentions what it asks about, and no owner is named.
// The same words without a question, or with a mentioned object, match.
func TestQuestionVerbAloneAnswersNothing(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query, object string
		lang          model.Lang
	}{
		{"who sets KPIs?", "KPIs", model.En}, {"who manages the warehouse?", "warehouse", model.En},
		{"who draws up contracts?", "contracts", model.En}, {"which department is setting KPIs?", "KPIs", model.En},
		{"谁制定KPI", "KPI", model.Zh}, {"谁管理仓库", "仓库", model.Zh}, {"KPI由谁制定？", "KPI", model.Zh},
		// Verbs that are not the question's first word: a phrasal verb
		// ("look after"), a verb made a noun ("management": Manage …),
		// a Chinese verb after its object.
		{"who looks after the computers?", "computers", model.En},
		{"who is in charge of warehouse management?", "warehouse", model.En},
		{"谁负责仓库管理", "仓库", model.Zh}, {"谁负责管理仓库", "仓库", model.Zh},
	} {
		res := find(t, ix, c.query, c.lang, 10)
		terms, _ := res.NotMentioned()
		if !res.NoMention || res.Matches != 0 || len(res.Owners(5)) != 0 || !slices.Equal(terms, []string{c.object}) {
			t.Errorf("%q: no mention %v, %d matches, %d owners, not mentioned %q; want no mention of %q and no owner",
				c.query, res.NoMention, res.Matches, len(res.Owners(5)), terms, c.object)
		}
		if len(res.List) == 0 {
			t.Errorf("%q: no closest results", c.query)
		}
	}
	for _, q := range []string{"who sets prices?", "set KPIs", "谁制定价格", "who is the marketing manager?",
		"who looks after dealers?", "who is in charge of brand management?", "谁负责客户管理", "manage warehouse"} {
		if res := find(t, ix, q, model.En, 10); res.NoMention || res.Matches == 0 || len(res.Owners(5)) == 0 {
			t.Errorf("%q: no mention %v, %d matches, %d owners; want an answer", q, res.NoMention, res.Matches, len(res.Owners(5)))
		}
	}
}

// A question whose head no duty mentions, the action it asks about or
// what it asks to have done, is answered by nothing: the duties holding
// its other words do something else, or to something else ("who recruits
// new staff?": "Train new sales staff", while the content says recruit's
// related "personnel" elsewhere; 谁负责合同管理: every duty that
// manages). (An English verb the content says in no way, its object
// mentioned, is another case: TestUnsaidVerbLetsTheObjectAnswer.) The note names the head, as typed (a word the dictionary
// lacks whole: 直播带货, not 直播带 and the 货 of 理货), nobody owns it,
// and the closest results are those related to it (recruit ~ personnel,
// 招聘 ~ 人事). A question whose head the duties mention is answered, as
// one whose other words they lack ("who sets prices for the zebra?") or
// one that only says how ("who usually sets prices?", 谁通常负责定价).
func TestQuestionHeadNoDutyMentions(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query, head string
		lang        model.Lang
		first       string // the closest result's path, or "" for none
	}{
		{"who recruits new staff?", "recruits", model.En, "hr/responsibilities/1"},
		{"who is in charge of hiring new staff?", "hiring", model.En, "hr/responsibilities/1"},
		{"谁负责合同管理", "合同", model.Zh, ""},
		{"合同管理由谁负责", "合同", model.Zh, ""},
		{"谁负责招聘新员工？", "招聘", model.Zh, "hr/"},
		{"谁负责直播带货", "直播带货", model.Zh, ""},
	} {
		res := find(t, ix, c.query, c.lang, 10)
		terms, _ := res.NotMentioned()
		if !res.NoMention || res.Matches != 0 || len(res.Owners(5)) != 0 || !slices.Equal(terms, []string{c.head}) {
			t.Errorf("%q: no mention %v, %d matches, owners %v, not mentioned %q; want no mention of %q and no owner",
				c.query, res.NoMention, res.Matches, ownerNames(res.Owners(5)), terms, c.head)
		}
		if c.first != "" && (len(res.List) == 0 || !strings.HasPrefix(res.List[0].Node.Path, c.first)) {
			t.Errorf("%q: closest %v, want %s first", c.query, paths(res.List), c.first)
		}
		for _, r := range res.List {
			if r.Match == Words {
				t.Errorf("%q: %s listed as a match", c.query, r.Node.Path)
			}
		}
	}
	// 直播带货 is none of the texts holding 货 alone.
	for _, q := range []string{"谁负责直播带货", "直播带货"} {
		if res := find(t, ix, q, model.Zh, 10); !res.NoMention || len(res.List) != 0 || !slices.Equal(res.Missing, []string{"直播带货"}) {
			t.Errorf("%q: no mention %v, missing %q, found %v; want nothing for 直播带货", q, res.NoMention, res.Missing, paths(res.List))
		}
	}
	// 谁负责培训新员工: HR's 组织员工培训 is the best match, and owners of
	// a who-question are ranked on their matches (TestWhoDoesItRanksOwnersOnTheirMatches),
	// not on the marketing department's many duties that mention 培训 or 人员 alone.
	for q, owner := range map[string]string{
		"who sets prices?": "marketing", "who usually sets prices?": "marketing", "who sets prices for the zebra?": "marketing",
		"who handles customer complaints?": "marketing", "who approves travel expenses?": "marketing", "who trains new staff?": "marketing",
		"谁通常负责定价": "marketing", "谁负责客户管理": "sales", "谁负责培训新员工": "hr", "谁发工资": "hr",
		// 合同 管理: keywords, answered by what manages (production
		// technology's 生产技术管理 first; planning came first by its
		// editor's note's 管理销售数据 while notes were searched: tryout25 T12).
		"recruit new staff": "marketing", "合同 管理": "production-tech",
	} {
		res := find(t, ix, q, model.En, 10)
		if os := res.Owners(3); res.NoMention || res.Matches == 0 || len(os) == 0 || os[0].Department.ID != owner {
			t.Errorf("%q: no mention %v, %d matches, owners %v; want %s first", q, res.NoMention, res.Matches, ownerNames(os), owner)
		}
	}
}

// A word of two to four capitals in a query written in both cases, or
// alone, is an abbreviation: found through the synonyms that spell it out
// (PR: public relations), never as pinyin initials (比如, "br" but read
// "pr" through 比's rare pí) nor as the start of longer words (present,
// propose), nor as a stop word (IT).
func TestAbbreviationsAreWords(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"who does PR?", "who does PR", "PR", "谁负责PR"} {
		res := find(t, ix, q, model.En, 10)
		if len(res.List) == 0 || res.NoMention {
			t.Errorf("%q: nothing found", q)
			continue
		}
		for _, r := range res.List { // a duty's own text (a section's notes may say it in passing)
			if title := r.Node.Title[model.En]; r.Match == Words && r.Node.Kind.IsLeaf() && !strings.Contains(strings.ToLower(r.Node.Path+" "+title), "public") {
				t.Errorf("%q: %s %q matches, which says nothing of public relations", q, r.Node.Path, title)
			}
		}
		if os := res.Owners(3); len(os) == 0 || os[0].Department.ID != "marketing" || !strings.Contains(os[0].Proof.Node.Title[model.En], "public-relations") {
			t.Errorf("%q: owners %v, want Marketing first, proved by a public-relations duty", q, os)
		}
	}
	if res := find(t, ix, "who handles IT?", model.En, 10); len(res.Common) > 0 || !slices.Equal(res.Words, []string{"IT"}) {
		t.Errorf("who handles IT?: common %q, words %q; want IT searched for", res.Common, res.Words)
	}
	// Small letters are typed as they come: "who does pr" is on its way to
	// a longer word.
	if res := find(t, ix, "who sets pr", model.En, 10); len(res.List) == 0 || !res.List[0].Node.Kind.IsLeaf() && res.Matches == 0 {
		t.Errorf("who sets pr: %v", paths(res.List))
	}
}

// A query holding a Chinese character is a Chinese query, whatever the
// script of its abbreviation, and its answer reads in Chinese: the owners'
// proofs are the duties' Chinese texts, though they matched in English
// ("PR": public relations) (tryout11 #8). For the English reader too.
func TestChineseQueryIsAnsweredInChinese(t *testing.T) {
	ix := builtin(t)
	for q, dept := range map[string]string{"谁负责HR工作": "hr", "谁做PR": "marketing", "谁负责PR": "marketing"} {
		for _, reader := range []model.Lang{model.En, model.Zh} {
			res := find(t, ix, q, reader, 10)
			os := res.Owners(3)
			if res.Lang != model.Zh || len(os) == 0 || os[0].Department.ID != dept {
				t.Errorf("%q (%v reader): answered in %v by %v; want Chinese, %s first", q, reader, res.Lang, ownerNames(os), dept)
				continue
			}
			for _, o := range os {
				if o.Proof.Lang != model.Zh || !hasHan(o.Proof.Node.Title.In(o.Proof.Lang)) {
					t.Errorf("%q (%v reader): %s proved in %v: %q", q, reader, o.Name(model.En), o.Proof.Lang, o.Proof.Node.Title.In(o.Proof.Lang))
				}
			}
		}
	}
	// The same rule for a query no language claims ("slaes", a slip of
	// the id sales, read as the Sales department's name): answered in the
	// reader's language, every proof in it.
	for _, o := range find(t, ix, "slaes", model.Zh, 10).Owners(5) {
		if o.Proof.Lang != model.Zh {
			t.Errorf("slaes (Chinese reader): %s proved in %v: %q", o.Name(model.En), o.Proof.Lang, o.Proof.Node.Title.In(o.Proof.Lang))
		}
	}
	for _, o := range find(t, ix, "prcies", model.Zh, 10).Owners(5) {
		if o.Proof.Lang != model.Zh {
			t.Errorf("prcies (Chinese reader): %s proved in %v: %q", o.Name(model.En), o.Proof.Lang, o.Proof.Node.Title.In(o.Proof.Lang))
		}
	}
	// An English query is still answered in English.
	if res := find(t, ix, "who sets prices?", model.Zh, 10); res.Lang != model.En || len(res.Owners(1)) == 0 || res.Owners(1)[0].Proof.Lang != model.En {
		t.Errorf("who sets prices? (Chinese reader): answered in %v", res.Lang)
	}
}

// Chinese question words are question words, as English why and how
// are: "为什么吵架" looks for 吵架, and 研究消费者为什么买 does not answer
// it through 为什么 (tryout10 #10). 新 after 培训 is an adjective of
// 员工 (新员工), no piece of a word 培训新 (plan.go's joins).
func TestChineseQuestionWords(t *testing.T) {
	ix := builtin(t)
	for q, want := range map[string][]string{
		"市场部和销售部为什么吵架": {"市场部", "销售部", "吵架"}, "如何培训新员工": {"培训", "新员工"},
		"怎么制定价格": {"制定", "价格"}, "why do marketing and sales quarrel": {"marketing", "sales", "quarrel"},
	} {
		res := find(t, ix, q, model.Zh, 10)
		if !slices.Equal(res.Words, want) {
			t.Errorf("%q: searched for %q, want %q", q, res.Words, want)
		}
		for _, r := range res.List {
			if r.Node.Path == "marketing/responsibilities/3" && r.Match == Words {
				t.Errorf("%q: %s matches through a question word", q, r.Node.Path)
			}
		}
	}
}

// A word no text holds that is a typing slip from one that some text does
// (a swap costs one edit, as a letter left out does) is searched as that
// word when nothing answers the query as typed, if it is a swap or a
// letter left out inside a long word; otherwise it is suggested, and the
// other words answer (tryout9 #9, tryout25 T3).
func TestTyposAreCorrected(t *testing.T) {
	ix := builtin(t)
	for q, want := range map[string]Correction{"prcies": {"prcies", "prices", true},
		"who sets prcies?": {"prcies", "prices", true}, "budgte": {"budgte", "budget", true}, "谁负责prcies": {"prcies", "prices", true},
		"advertsing": {"advertsing", "advertising", true}, "who handles complants?": {"complants", "complaints", true}} {
		res := find(t, ix, q, model.En, 10)
		if !slices.Equal(res.Corrected, []Correction{want}) ||
			res.NoMention || len(res.Missing) > 0 || res.Matches == 0 {
			t.Errorf("%q: corrected %v, no mention %v, missing %q, %d matches; want it searched as %v", q, res.Corrected, res.NoMention, res.Missing, res.Matches, want)
		}
	}
	if os := find(t, ix, "who sets prcies?", model.En, 10).Owners(1); len(os) == 0 || os[0].Department.ID != "marketing" {
		t.Errorf("who sets prcies?: owners %v, want Marketing", os)
	}
	res := find(t, ix, "markteing plan", model.En, 10)
	if !slices.Equal(res.Corrected, []Correction{{Typed: "markteing", Word: "marketing"}}) || !slices.Equal(res.Missing, []string{"markteing"}) {
		t.Errorf("markteing plan: corrected %v, missing %q; want marketing suggested, the plans listed", res.Corrected, res.Missing)
	}
	// A word a letter left out, added or changed away from a word of the
	// texts is most often a real word the content lacks (tryout11 #1): it
	// is only suggested, and nothing answers the query.
	for q, meant := range map[string]string{"who handles invoices?": "involves", "who pays the rent?": "rest", "who sorts the mail?": "main",
		"who orders lunch?": "launch", "who runs the server?": "serve", "who handles leases?": "leaves", "who pays fines?": "finds",
		"fleet": "feet"} {
		res := find(t, ix, q, model.En, 10)
		if len(res.Corrected) != 1 || res.Corrected[0].Word != meant || res.Corrected[0].Searched || !res.NoMention || res.Matches > 0 {
			t.Errorf("%q: corrected %v, no mention %v, %d matches; want %q suggested and nothing answering", q, res.Corrected, res.NoMention, res.Matches, meant)
		}
	}
	// Three letters, or a word two slips off one of seven letters, is no
	// typo; nor is a word the synonym list knows (contracts, not contacts),
	// nor one with another first letter (books, not looks: tryout14 nit 10).
	for _, q := range []string{"slx", "pcries", "who signs contracts?", "who keeps the books?", "who feeds the cat"} {
		if res := find(t, ix, q, model.En, 10); len(res.Corrected) > 0 {
			t.Errorf("%q: corrected %v", q, res.Corrected)
		}
	}
}

// A verb and the noun derived from it that Porter2 stems apart are one
// word, as serve and service are: "who receives visitors" is answered by
// "Handle the reception of guests and visitors" (tryout10 #10).
func TestDerivedFormsJoin(t *testing.T) {
	ix := builtin(t)
	res := find(t, ix, "who receives visitors", model.En, 10)
	if os := res.Owners(3); len(os) == 0 || os[0].Department.ID != "general-office" || !strings.Contains(os[0].Proof.Node.Title[model.En], "reception") || os[0].Duties == 0 {
		t.Errorf("who receives visitors: owners %v, want the general manager's office, proved by its reception duty", ownerNames(os))
	}
}

// A word only a section's notes hold is one no duty mentions: "recruit
// new staff" says so of "recruit", which Marketing's notes hold as
// "hiring" (tryout9 #5). A unit the query names holds its words. (Asked as
// a question, "who recruits new staff?" is answered by nothing:
// TestQuestionHeadNoDutyMentions.)
func TestNoteNamesWordsNoDutyMentions(t *testing.T) {
	ix := builtin(t)
	if res := find(t, ix, "recruit new staff", model.En, 10); !slices.Equal(res.Missing, []string{"recruit"}) || res.NoMention {
		t.Errorf("recruit new staff: missing %q, no mention %v; want recruit named", res.Missing, res.NoMention)
	}
	// The word no duty mentions is looked for through its related terms
	// (招聘 ~ 人事, recruit ~ personnel): the personnel department ranks.
	if os := find(t, ix, "招聘新员工", model.Zh, 10).Owners(3); len(os) == 0 || os[0].Department.ID != "hr" {
		t.Errorf("招聘新员工: owners %v, want human resources first", ownerNames(os))
	}
	if os := find(t, ix, "recruit new staff", model.En, 10).Owners(3); len(os) < 2 || os[1].Department.ID != "hr" || !strings.Contains(os[1].Proof.Node.Title[model.En], "personnel") {
		t.Errorf("recruit new staff: owners %v, want human resources second, proved by its personnel duty", ownerNames(os))
	}
	for _, q := range []string{"who handles logistics", "what does the marketing department do"} {
		if res := find(t, ix, q, model.En, 10); len(res.Missing) > 0 {
			t.Errorf("%q: missing %q", q, res.Missing)
		}
	}
}

func hasLeaf(res *Results, m Match) bool {
	for _, r := range res.List {
		if r.Match == m && r.Node.Kind.IsLeaf() {
			return true
		}
	}
	return false
}

// Owners group the matching duties by department and position, ranked by
// their best duty and how many match, each with the duty that proves it.
func TestOwnersGroupDuties(t *testing.T) {
	pricing := sec("pricing", "Pricing analyst", "价格分析员",
		duty("Compare competitors' prices.", "比较竞争对手的价格。"))
	pricing.Role = model.RolePosition
	mkt := doc(model.KindDepartment, "marketing", "Marketing", "市场部",
		sec("duties", "Duties", "职责",
			duty("Review prices each season.", "每季审核价格。"),
			duty("Publish the price list.", "发布价格表。"),
			duty("Plan campaigns.", "策划活动。")),
		sec("positions", "Positions", "岗位", pricing))
	sales := doc(model.KindDepartment, "sales", "Sales", "销售部",
		sec("duties", "Duties", "职责", duty("Quote prices to customers.", "向客户报价格。")))
	topic := doc(model.KindTopic, "t", "Prices", "价格", sec("s", "S", "S", point("Prices change.", "价格会变。")))
	ix := New(model.NewOrg([]*model.Node{mkt, sales, topic}, nil))
	res := find(t, ix, "prices", model.En, 10)
	owners := res.Owners(0)
	var got []string
	for _, o := range owners {
		got = append(got, o.Name(model.En)+": "+o.Proof.Node.Title[model.En])
	}
	want := []string{
		"Marketing: Review prices each season.", // two duties beat one
		"Marketing › Pricing analyst: Compare competitors' prices.",
		"Sales: Quote prices to customers.",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("owners:\n%q\nwant\n%q", got, want)
	}
	if owners[0].Duties != 2 || owners[1].Position == nil || owners[1].Node() != owners[1].Position || owners[0].Node() != mkt {
		t.Errorf("owner details: %+v", owners[:2])
	}
	if owners[0].Score <= owners[2].Score {
		t.Errorf("scores %v, %v", owners[0].Score, owners[2].Score)
	}
	if len(res.Owners(1)) != 1 {
		t.Error("Owners(1) is not one owner")
	}
}

// A node's code, written whole, puts it first.
func TestCodeFoundFirst(t *testing.T) {
	a, b := duty("Set the product's price.", "制定产品价格。"), duty("Review price 3.2.2 of the list.", "审核价目表第3.2.2项。")
	a.Edit().Code = "3.2.2"
	ix := New(model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "丁", sec("s", "S", "戊", b, a))}, nil))
	for _, lang := range model.Langs {
		if res := find(t, ix, "3.2.2", lang, 5); len(res.List) != 2 || res.List[0].Node != a {
			t.Errorf("%v: %v", lang, paths(res.List))
		}
	}
}

// A section's code names the section: it comes first, the query is
// answered (no "no duty mentions"), and the code's words are not missing;
// a word beside it that nothing mentions still is.
func TestSectionCodeAnswers(t *testing.T) {
	a := duty("Set the product's price.", "制定产品价格。")
	s := sec("pricing", "Pricing", "定价", a)
	s.Edit().Code = "3.2"
	ix := New(model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "丁", s)}, nil))
	for _, lang := range model.Langs {
		res := find(t, ix, "3.2", lang, 5)
		if len(res.List) == 0 || res.List[0].Node != s || res.NoMention || len(res.Missing) > 0 {
			t.Errorf("%v: %v, no mention %v, missing %q", lang, paths(res.List), res.NoMention, res.Missing)
		}
		if res := find(t, ix, "3.2 zebra", lang, 5); len(res.List) == 0 || res.List[0].Node != s ||
			len(res.Missing) != 1 || res.Missing[0] != "zebra" {
			t.Errorf("%v: 3.2 zebra: %v, missing %q", lang, paths(res.List), res.Missing)
		}
	}
}

// An owner's count of duties counts the duties that mention the query's
// main words (half its weight or more), not every duty that mentions a
// lesser word of it.
func TestOwnerCountsMainMatches(t *testing.T) {
	var kids []*model.Node
	kids = append(kids, duty("Set the product's price.", "为产品定价。"), duty("Decide the prices.", "决定价格。"))
	for range 6 { // "set" alone: frequent, light
		kids = append(kids, duty("Set the agenda.", "制定议程。"))
	}
	ix := New(model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "Office", "办公室", sec("s", "Duties", "职责", kids...))}, nil))
	res := find(t, ix, "who sets prices?", model.En, 20)
	os := res.Owners(0)
	if len(os) != 1 || os[0].Duties != 2 || os[0].Mentions != 8 {
		t.Fatalf("owners %+v; want one owner, 2 duties matching, 8 mentioning", os)
	}
	// One word: every duty that mentions it matches.
	if os := find(t, ix, "set", model.En, 20).Owners(0); len(os) != 1 || os[0].Duties != os[0].Mentions {
		t.Fatalf("one word: %+v", os)
	}
}

// A code query is exact: "S.1.2" lists its node, not the texts coded
// F.1.2 and O.1.2 that share its piece "1.2"; a text that mentions the
// code whole, or another word of the query, is still found.
func TestCodeIsExact(t *testing.T) {
	s, f, o := duty("Negotiate prices.", "谈判价格。"), duty("Close the books.", "结账。"), duty("Plan the picking.", "安排拣货。")
	s.Edit().Code, f.Edit().Code, o.Edit().Code = "S.1.2", "F.1.2", "O.1.2"
	m := duty("Escalate S.1.2 cases.", "上报 S.1.2 案例。")
	ix := New(model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "丁", sec("x", "X", "戊", s, f, o, m))}, nil))
	for _, lang := range model.Langs {
		if res := find(t, ix, "S.1.2", lang, 10); len(res.List) != 2 || res.List[0].Node != s || res.List[1].Node != m {
			t.Errorf("%v: S.1.2 finds %v, want its duty, then the one that mentions it", lang, paths(res.List))
		}
		if res := find(t, ix, "S.1.2 books", lang, 10); len(res.List) < 2 || res.List[0].Node != s || !slices.ContainsFunc(res.List, func(r Result) bool { return r.Node == f }) {
			t.Errorf("%v: S.1.2 books finds %v", lang, paths(res.List))
		}
	}
}

// tryout11 #4: words of conflict are one group in either language
// (quarrel, clash, friction; 吵架, 争吵, 冲突, 矛盾), and 为何 is a question
// word as 为什么 is: "为什么吵架" and "为何吵架" find the topic about why the
// departments clash (市场部与销售部为何争吵), which never writes 吵架; beside
// the departments' names too, where the topic, which says all three, comes
// first. A word no text holds, found through its synonyms only, weighs as
// they do in full.
func TestConflictWordsFindTheConflictTopic(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"为什么吵架", "为何吵架", "市场部和销售部为什么吵架", "市场部和销售部为何吵架", "why do marketing and sales quarrel", "friction between marketing and sales"} {
		res := find(t, ix, q, model.Zh, 0)
		var first []string
		for _, r := range res.List {
			if r.Match == Words && len(first) < 2 {
				first = append(first, r.Node.Path)
			}
		}
		if res.NoMention || !slices.ContainsFunc(first, func(p string) bool { return p == "conflict" || strings.HasPrefix(p, "conflict/") }) {
			t.Errorf("%q: no mention %v, first matches %q; want the conflict topic among the first two", q, res.NoMention, first)
		}
	}
}

// The field's abbreviations find what the content says in other words, in
// both languages: a key account is one (KA, 大客户); quality assurance,
// a chief executive or a KPI is not said, but quality, the general
// manager and assessment are the closest (tryout11 nits).
func TestFieldAbbreviations(t *testing.T) {
	ix := builtin(t)
	for q, want := range map[string]string{"who handles KA?": "marketing/overall/3", "谁负责KA": "marketing/overall/3"} {
		res := find(t, ix, q, model.En, 10)
		if os := res.Owners(1); res.NoMention || len(os) == 0 || os[0].Proof.Node.Path != want {
			t.Errorf("%q: owners %v, want Marketing proved by %s", q, ownerNames(os), want)
		}
	}
	for q, want := range map[string]string{"who does QA?": "production-tech/responsibilities/4", "who does QC?": "production-tech/responsibilities/4",
		"谁负责QA": "production-tech/responsibilities/4", "who is the CEO?": "general-office", "谁是CEO": "general-office",
		"who is the CFO?": "finance", "谁管CFO": "finance", "KPI": "marketing/positions/compilation-scheme/promotion-production/5",
		"谁负责KPI": "marketing/positions/manager/6"} {
		res := find(t, ix, q, model.En, 10)
		if !res.NoMention || len(res.List) == 0 || res.List[0].Node.Path != want || res.List[0].Match != Related {
			t.Errorf("%q: no mention %v, closest %v; want %s first, by a related word", q, res.NoMention, paths(res.List), want)
		}
	}
}

// A unit's names are indexed once each however many it has: past a
// handful they are looked up in a set (300,000 aliases took 82 s scanned,
// hostile12 #4); reset starts the next unit afresh.
func TestNameSetKeepsEachNameOnce(t *testing.T) {
	var s nameSet
	for round := range 2 {
		added := 0
		for i := range 3 * scanNames {
			for range 2 {
				if s.add(fmt.Sprintf("desk%d", i)) {
					added++
				}
			}
		}
		if s.add("desk0") || s.add(fmt.Sprintf("desk%d", 3*scanNames-1)) {
			t.Errorf("round %d: a name seen before was taken as new", round)
		}
		if added != 3*scanNames {
			t.Errorf("round %d: %d names taken as new, want %d", round, added, 3*scanNames)
		}
		s.reset()
	}
}
