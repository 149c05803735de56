package model_test

import (
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

func builtin(t testing.TB) *model.Org {
	t.Helper()
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	return org
}

func paths(nodes []*model.Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.Path
	}
	return out
}

func TestResolveNamesPathsAndAbbreviations(t *testing.T) {
	org := builtin(t)
	cases := []struct {
		ref  string
		want string
		tier model.Tier
	}{
		{"marketing/positions/manager", "marketing/positions/manager", model.TierExact},
		{"/Marketing/Positions/Manager/", "marketing/positions/manager", model.TierExact},
		{"mkt/positions/manager", "marketing/positions/manager", model.TierExact},
		{"Marketing department/positions/manager/1", "marketing/positions/manager/1", model.TierExact},
		{"市场部 › 岗位 › 市场部经理", "marketing/positions/manager", model.TierExact},
		{"Marketing department", "marketing", model.TierExact},
		{"销售部", "sales", model.TierExact},
		{"mkt", "marketing", model.TierExact}, // an alias
		{"fin", "finance", model.TierPrefix},
		{"Research and planning specialist", "marketing/positions/furniture-scheme/research-planning-specialist", model.TierExact},
	}
	for _, tc := range cases {
		got, tier := org.Resolve(tc.ref)
		if len(got) != 1 || got[0].Path != tc.want || tier != tc.tier {
			t.Errorf("Resolve(%q) = %v (tier %d), want %s (tier %d)", tc.ref, paths(got), tier, tc.want, tc.tier)
		}
	}
	if got, _ := org.Resolve("Responsibilities"); len(got) < 2 || !slices.Contains(paths(got), "hr/responsibilities") {
		t.Errorf("a section name many departments use should name them all: %v", paths(got))
	}
	// Topics about marketing start with 市场 too; among departments it is one.
	if got, _ := org.Resolve("市场"); len(got) < 2 {
		t.Errorf("Resolve(市场) = %v, want marketing and the topics", paths(got))
	}
	if got, tier := org.ResolveDepartment("市场"); len(got) != 1 || got[0].ID != "marketing" || tier != model.TierPrefix {
		t.Errorf("ResolveDepartment(市场) = %v", paths(got))
	}
	if got, tier := org.Resolve("qqqq"); len(got) != 0 || tier != model.TierNone {
		t.Errorf("Resolve(qqqq) = %v", paths(got))
	}
}

// TestResolveTakesWhatSearchPrints: every node's breadcrumb, in both
// languages, as search prints it, leads back to the node.
func TestResolveTakesWhatSearchPrints(t *testing.T) {
	org := builtin(t)
	for _, n := range org.Nodes() {
		for _, l := range model.Langs {
			crumb := n.Breadcrumb(l, true)
			got, _ := org.Resolve(crumb)
			if !slices.Contains(got, n) {
				t.Errorf("Resolve(%q) = %v, want %s among them", crumb, paths(got), n.Path)
			}
		}
	}
	n := org.Node("marketing/responsibilities/1")
	if got, _ := org.Resolve(n.Breadcrumb(model.En, true) + " (3 places)"); !slices.Contains(got, n) {
		t.Errorf("a breadcrumb with search's place count: %v", paths(got))
	}
}

func TestResolveCodesAndAliases(t *testing.T) {
	doc := "---\nid: ops\nname: Operations\ncode: \"3\"\n---\n## Plan {#plan}\nCode: 3.2\nAliases: planning work\n\n" +
		"- Set the price. {#price}\n  Code: 3.2.2\n  Aliases: pricing\n- Check stock.\n  Code: T-104\n- Other.\n  Code: 5.3.2.2\n"
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: fstest.MapFS{"en/ops.md": {Data: []byte(doc)}}})
	if err != nil {
		t.Fatal(err)
	}
	for ref, want := range map[string]string{
		"3.2.2": "ops/plan/price", "t-104": "ops/plan/2", "3.2": "ops/plan", "3": "ops", "5.3.2.2": "ops/plan/3",
		"pricing": "ops/plan/price", "Planning work": "ops/plan", "ops/plan/3.2.2": "ops/plan/price",
	} {
		if got, tier := org.Resolve(ref); len(got) != 1 || got[0].Path != want || tier != model.TierExact {
			t.Errorf("Resolve(%q) = %v, want %s", ref, paths(got), want)
		}
	}
	if got := org.Suggest("3.2.", 8); len(got) == 0 {
		t.Error("no suggestion for a code's start")
	}
}

func TestSuggest(t *testing.T) {
	org := builtin(t)
	for ref, want := range map[string]string{
		"customer service":           "sales/customer-service",
		"marketing/positions/managr": "marketing/positions/manager",
		"MKT/positions/managr":       "marketing/positions/manager",
		"Marketing department › Positions › Marketing managr": "marketing/positions/manager",
	} {
		got := org.Suggest(ref, 8)
		if len(got) == 0 || !slices.Contains(paths(got), want) {
			t.Errorf("Suggest(%q) = %v, want %s among them", ref, paths(got), want)
		}
	}
	if got := org.Suggest("customer service", 8); got[0].Path != "sales/customer-service" {
		t.Errorf("the section whose id is the reference should come first: %v", paths(got))
	}
	// A breadcrumb in Chinese is walked by its titles, and the position one
	// character away comes first (tryout N3).
	if got := org.Suggest("市场部 › 岗位 › 市场经理", 8); len(got) == 0 || got[0].Path != "marketing/positions/manager" {
		t.Errorf("Suggest(市场部 › 岗位 › 市场经理) = %v, want marketing/positions/manager first", paths(got))
	}
}

func TestRankAndDepartmentFilter(t *testing.T) {
	org := builtin(t)
	got := paths(model.Rank("s", org.Departments))
	if len(got) < 2 || got[0] != "sales" || !strings.HasPrefix(got[1], "s") {
		t.Errorf("Rank(s) = %v: names that start with s first", got)
	}
	ok := model.NamedAny([]string{"mkt", "销售"}, org.Departments)
	var kept []string
	for i, d := range org.Departments {
		if ok[i] {
			kept = append(kept, d.ID)
		}
	}
	if strings.Join(kept, " ") != "marketing sales" {
		t.Errorf("d:mkt d:销售 keeps %v", kept)
	}
	if d, _ := org.ResolveDepartment("marketing-to-sales"); len(d) != 0 {
		t.Errorf("a relation resolved as a department: %v", paths(d))
	}
}

// A typist's slips name a department (EditDistance is the optimal string
// alignment distance: "abc" to "ca" is 3, a swapped pair is not edited
// again): two letters swapped cost one edit
// as a letter left out does ("slaes", "fniance"), in show and compare
// (ResolveDepartment, Resolve) and in the picker (Rank); a reference far
// from every name names none.
func TestTyposNameDepartments(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"slaes", "sales", 1}, {"nmae", "name", 1}, {"markting", "marketing", 1}, {"ab", "ba", 1}, {"abc", "ca", 3}, {"销售部", "售销部", 1}, {"", "abc", 3}} {
		if d := model.EditDistance(c.a, c.b); d != c.d {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.a, c.b, d, c.d)
		}
	}
	org := builtin(t)
	for ref, want := range map[string]string{"slaes": "sales", "fniance": "finance", "makreting": "marketing", "plannign": "planning"} {
		if got, tier := org.ResolveDepartment(ref); len(got) != 1 || got[0].ID != want || tier == model.TierNone {
			t.Errorf("ResolveDepartment(%q) = %v (tier %d), want %s (a typo)", ref, paths(got), tier, want)
		}
		if got, _ := org.Resolve(ref); len(got) != 1 || got[0].ID != want {
			t.Errorf("Resolve(%q) = %v, want %s", ref, paths(got), want)
		}
		if got := model.Rank(ref, org.Departments); len(got) == 0 || got[0].ID != want {
			t.Errorf("Rank(%q) = %v, want %s first", ref, paths(got), want)
		}
	}
	if _, tier := org.ResolveDepartment("slaes"); tier != model.TierSlip {
		t.Errorf("ResolveDepartment(slaes): tier %d, want one slip (%d)", tier, model.TierSlip)
	}
	if got, _ := org.ResolveDepartment("xyzzy"); len(got) != 0 {
		t.Errorf("ResolveDepartment(xyzzy) = %v, want none", paths(got))
	}
}

// tryout12 #3: a Chinese name is mistyped by its sound (the pinyin
// keyboard offers 不 for 部, 受 for 售, 物 for 务) or typed as pinyin, and
// a slip of a whole name beats letters in order inside a longer name
// ("markting" is marketing, not also marketing-to-sales; 市场不 is the
// marketing department, not the topic 市场部与销售部有何不同, which holds
// 市, 场 and 不 in order). Show (Resolve), compare (ResolveDepartment)
// and the picker (Rank) read them alike.
func TestSlipsAndSoundsNameDepartments(t *testing.T) {
	org := builtin(t)
	for _, c := range []struct {
		ref, want string
		tier      model.Tier
	}{
		{"市场不", "marketing", model.TierSlip},
		{"销受部", "sales", model.TierSlip},
		{"财物部", "finance", model.TierSlip},
		{"市场不门", "marketing", model.TierSlip}, // the alias 市场部门
		{"公会", "trade-union", model.TierSlip}, // the alias 工会
		{"人力资原部", "hr", model.TierSlip},
		{"markting", "marketing", model.TierSlip},
		{"slaes", "sales", model.TierSlip},
		{"xiaoshoubu", "sales", model.TierSlip},
		{"Xiǎo shòu bù", "sales", model.TierSlip},
		{"xiao3-shou4-bu4", "sales", model.TierSlip},
		{"caiwubu", "finance", model.TierSlip},
		{"renshibu", "hr", model.TierSlip}, // the alias 人事部
		{"xsb", "sales", model.TierSlip},   // initials
		{"scb", "marketing", model.TierSlip},
	} {
		if got, tier := org.Resolve(c.ref); len(got) != 1 || got[0].ID != c.want || tier != c.tier {
			t.Errorf("Resolve(%q) = %v (tier %d), want %s (tier %d)", c.ref, paths(got), tier, c.want, c.tier)
		}
		if got, tier := org.ResolveDepartment(c.ref); len(got) != 1 || got[0].ID != c.want || tier != c.tier {
			t.Errorf("ResolveDepartment(%q) = %v (tier %d), want %s", c.ref, paths(got), tier, c.want)
		}
		if got := model.Rank(c.ref, org.Departments); len(got) != 1 || got[0].ID != c.want {
			t.Errorf("Rank(%q) = %v, want %s alone", c.ref, paths(got), c.want)
		}
	}
	// The start of a name by its sound, in two characters or two whole
	// syllables: below letters in order, and among departments one.
	for ref, want := range map[string]string{"xiaoshou": "sales", "xiao shou": "sales", "销受": "sales", "renli": "hr"} {
		if got, tier := org.ResolveDepartment(ref); len(got) != 1 || got[0].ID != want || tier != model.TierSound {
			t.Errorf("ResolveDepartment(%q) = %v (tier %d), want %s (tier %d)", ref, paths(got), tier, want, model.TierSound)
		}
		if got := model.Rank(ref, org.Departments); len(got) == 0 || got[0].ID != want {
			t.Errorf("Rank(%q) = %v, want %s first", ref, paths(got), want)
		}
	}
	// A start the user is still typing (inside a syllable, one syllable,
	// initials begun): the picker lists it first, a reference takes none.
	for ref, want := range map[string]string{"xiaosh": "sales", "xs": "sales", "cai": "finance", "xiao": "sales"} {
		if got, tier := org.ResolveDepartment(ref); len(got) != 0 {
			t.Errorf("ResolveDepartment(%q) = %v (tier %d), want none: a start of pinyin is no name", ref, paths(got), tier)
		}
		if got := model.Rank(ref, org.Departments); len(got) == 0 || got[0].ID != want {
			t.Errorf("Rank(%q) = %v, want %s first", ref, paths(got), want)
		}
	}
	// What fits several stays ambiguous; what is another name, or not
	// pinyin, names nothing.
	if got, _ := org.Resolve("xiaoshou"); len(got) != 2 || !slices.Contains(paths(got), "sales") || !slices.Contains(paths(got), "sales-to-marketing") {
		t.Errorf("Resolve(xiaoshou) = %v, want sales and sales-to-marketing (both titles start with its sound)", paths(got))
	}
	if got := model.Rank("sh", org.Departments); len(got) < 2 {
		t.Errorf("Rank(sh) = %v, want shichangbu and shengchanjishubu both", paths(got))
	}
	for _, ref := range []string{"企划部", "营运部", "x", "xiaoshoubux", "3.2.2", "legal", "bu4"} {
		if got, _ := org.ResolveDepartment(ref); len(got) != 0 {
			t.Errorf("ResolveDepartment(%q) = %v, want none", ref, paths(got))
		}
	}
	// Letters in order still come before a name's sound: "sc" is security,
	// not 市场部 (scb) or 生产技术部 (scjsb).
	if got := model.Rank("sc", org.Departments); len(got) < 3 || got[0].ID != "security" {
		t.Errorf("Rank(sc) = %v, want security first, then the sounds", paths(got))
	}
}

// tryout13 #3: pinyin letters are also English words and abbreviations.
// A reference is read by its sound only when it is two whole syllables or
// more (xiaoshou, not "she" of sheng, "dan" of dang, "yu" of yun, nor the
// one syllable "shi" that six names begin with) or whole initials of three
// letters or more (xsb, not "hq", 后勤部's first two: HQ is the general
// office to an English reader). What such a word named before by its
// spelling (a start, an abbreviation, an alias) it still names.
func TestEnglishWordsAreNotReadAsPinyin(t *testing.T) {
	org := builtin(t)
	for _, ref := range []string{"she", "hq", "dan", "yu", "shi", "xi", "ren", "bao", "dang", "gong", "yun", "gh", "sh"} {
		if got, tier := org.ResolveDepartment(ref); len(got) != 0 {
			t.Errorf("ResolveDepartment(%q) = %v (tier %d), want none", ref, paths(got), tier)
		}
		for _, n := range org.Departments {
			if tier := model.NameTier(ref, n); tier != model.TierNone && tier != model.TierTyping {
				t.Errorf("NameTier(%q, %s) = %d, want no name (a start of pinyin at most)", ref, n.ID, tier)
			}
		}
		if got, tier := org.Resolve(ref); len(got) > 0 && got[0].Kind == model.KindDepartment {
			t.Errorf("Resolve(%q) = %v (tier %d), want no department", ref, paths(got), tier)
		}
	}
	// The picker still lists them: its list is seen before enter opens one.
	for ref, want := range map[string]string{"she": "production-tech", "hq": "logistics", "dan": "party-mass", "yu": "operations"} {
		if got := model.Rank(ref, org.Departments); len(got) == 0 || got[0].ID != want {
			t.Errorf("Rank(%q) = %v, want %s first", ref, paths(got), want)
		}
	}
	// English words and abbreviations that spell a name keep their meaning.
	for ref, want := range map[string]string{"go": "general-office", "gm": "general-office", "ops": "operations", "fin": "finance", "hr": "hr", "mkt": "marketing"} {
		if got, _ := org.ResolveDepartment(ref); len(got) != 1 || got[0].ID != want {
			t.Errorf("ResolveDepartment(%q) = %v, want %s", ref, paths(got), want)
		}
	}
}

// FuzzResolveNames: any reference, however written (combining marks,
// tone numbers, characters the pinyin table lacks, apostrophes), resolves
// without a panic, and the picker's first candidates are the ones compare
// would take: Rank and BestMatches agree on the best tier.
func FuzzResolveNames(f *testing.F) {
	org := builtin(f)
	for _, s := range []string{"市场不", "xiǎo shòu bù", "xiao3shou4bu4", "xi'an", "ê̄", "m̄", "欸", "部部部部", "'", "1", "v", "lü", "x y", "ＸＳＢ", "markting"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ref string) {
		org.Resolve(ref)
		best, _ := model.BestMatches(ref, org.Departments)
		ranked := model.Rank(ref, org.Departments)
		if len(ranked) < len(best) || !slices.Equal(paths(ranked[:len(best)]), paths(best)) {
			t.Errorf("%q: Rank %v does not begin with BestMatches %v", ref, paths(ranked), paths(best))
		}
	})
}

// TestLongReferenceCostsItsLength: a pasted name of 100,000 letters is
// compared with every department in memory about its length: it was once
// copied as runes for every name it was checked as an abbreviation of
// (0.5 s and 180 MB for "d:" and a paste in one search).
func TestLongReferenceCostsItsLength(t *testing.T) {
	org := builtin(t)
	long := strings.Repeat("zq", 50_000)
	allocs := testing.AllocsPerRun(2, func() { model.BestMatches(long, org.Departments) })
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	found, _ := model.BestMatches(long, org.Departments)
	runtime.ReadMemStats(&after)
	if len(found) != 0 {
		t.Fatalf("a paste names %s", paths(found))
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 4<<20 {
		t.Fatalf("comparing a 100,000-letter name with %d departments allocated %d KB (%.0f allocations)", len(org.Departments), got>>10, allocs)
	}
}
