package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A query's language decides which language's text answers it: a Chinese
// question is answered by the Chinese duties whatever the reader reads, an
// English one by the English, pinyin by the Chinese words it spells.
func TestQueryLanguageAnswers(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query string
		want  model.Lang
		dept  string
	}{
		{"谁负责生产", model.Zh, "production-tech"},
		{"谁负责财务", model.Zh, "finance"},
		{"who manages finance", model.En, "finance"},
		{"dingjia", model.Zh, "marketing"},
	} {
		for _, reader := range model.Langs {
			res := find(t, ix, c.query, reader, 20)
			if res.Lang != c.want || len(res.List) == 0 {
				t.Errorf("%q read in %v: answered in %v (%d results), want %v", c.query, reader, res.Lang, len(res.List), c.want)
				continue
			}
			first := res.List[0]
			if first.Lang != c.want || first.Match != Words || first.Node.Root().ID != c.dept {
				t.Errorf("%q read in %v: first %s %q (%v), want %s's, in %v", c.query, reader, first.Node.Path, first.Node.Title[first.Lang], first.Lang, c.dept, c.want)
			}
		}
	}
}

// A question that names a department or position is answered by it: the
// owner whose name matches leads the owners, its own duties count as its
// evidence though they do not repeat its name (财务部's duties do not say
// 财务), and they lead the list, agreeing with the owners.
func TestNamedOwnerLeads(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query, dept string
		lang        model.Lang
		duties      int
	}{
		{"谁负责财务", "finance", model.Zh, 3},
		{"财务部负责什么", "finance", model.Zh, 3},
		// "What does it do" as it is said, segmented whole (tryout24
		// H18: 销售部是干什么的 put 市场部 first).
		{"财务部是干什么的", "finance", model.Zh, 3},
		{"财务部干嘛的", "finance", model.Zh, 3},
		{"who manages finance", "finance", model.En, 3},
		{"what does the finance department do", "finance", model.En, 3},
		{"谁负责生产", "production-tech", model.Zh, 4},
	} {
		res := find(t, ix, c.query, c.lang, 20)
		owners := res.Owners(3)
		if len(owners) == 0 || owners[0].Department.ID != c.dept || !owners[0].Named || owners[0].Duties != c.duties {
			t.Errorf("%q: owners %+v, want %s first, named, with %d duties", c.query, owners, c.dept, c.duties)
			continue
		}
		// The department and every one of its duties come first.
		for i, r := range res.List[:c.duties+1] {
			if r.Node.Root().ID != c.dept || r.Match != Words {
				t.Errorf("%q: result %d is %s (%v), want %s's", c.query, i, r.Node.Path, r.Match, c.dept)
			}
		}
	}
	// 财务 is a word inside 财务部: found as a word, its characters lit.
	res := find(t, ix, "财务", model.Zh, 5)
	if r := res.List[0]; r.Node.ID != "finance" || !slices.Equal(r.Positions, []int{0, 1}) {
		t.Errorf("财务: first %s %v, want the finance department with 财务 lit", r.Node.Path, r.Positions)
	}
}

// A department the query names that the sources list no duties for is
// still the answer: the owner, unlisted, rather than "no duty mentions".
func TestNamedOwnerWithoutDuties(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"谁负责后勤", "who handles logistics", "后勤部负责什么"} {
		res := find(t, ix, q, model.En, 20)
		owners := res.Owners(3)
		if res.NoMention || len(owners) == 0 || owners[0].Department.ID != "logistics" || !owners[0].Unlisted() || !owners[0].Named ||
			owners[0].Duties != 0 || owners[0].Position != nil {
			t.Errorf("%q: no mention %v, owners %+v; want the logistics department, unlisted", q, res.NoMention, owners)
		}
		if len(res.List) == 0 || res.List[0].Node.ID != "logistics" {
			t.Errorf("%q: the list should lead with the logistics department", q)
		}
	}
}

// A name is named by its words as written, up to a plural, not by their
// stems ("production" is not "product"); and only when the owner's duties
// hold the query's other words: a statement of work does not name the
// owner whose title shares two of its words but who does not do it.
func TestNamingNeedsTheWordsAndTheWork(t *testing.T) {
	pos := sec("planner", "Product planner", "产品企划", duty("Plan the products.", "规划产品。"), duty("Price the products.", "为产品定价。"))
	pos.Role = model.RolePosition
	org := model.NewOrg([]*model.Node{
		doc(model.KindDepartment, "production", "Production", "生产部", sec("d", "Duties", "职责", duty("Run the line.", "管理生产线。"))),
		doc(model.KindDepartment, "marketing", "Marketing", "市场部", sec("p", "Positions", "岗位", pos)),
		doc(model.KindDepartment, "techs", "Wind turbine technicians", "风机技师", sec("d", "Duties", "职责",
			duty("Repair wind turbine blades.", "修理风机叶片。"), duty("Inspect turbine gearboxes.", "检查风机齿轮箱。"))),
		doc(model.KindDepartment, "engineers", "Energy engineers", "能源工程师", sec("d", "Duties", "职责",
			duty("Design turbine components.", "设计风机部件。"))),
	}, nil)
	ix := New(org)
	first := func(q string) Owner {
		t.Helper()
		os := find(t, ix, q, model.En, 20).Owners(1)
		if len(os) == 0 {
			t.Fatalf("%q: no owners", q)
		}
		return os[0]
	}
	if o := first("production"); o.Department.ID != "production" || !o.Named {
		t.Errorf("production: %s first (named %v), want the production department", o.Name(model.En), o.Named)
	}
	for _, o := range find(t, ix, "production", model.En, 20).Owners(0) {
		if o.Named && o.Department.ID != "production" {
			t.Errorf("production names %s: a stem is not a name", o.Name(model.En))
		}
	}
	if o := first("who handles products"); o.Position == nil || o.Position.ID != "planner" || !o.Named {
		t.Errorf("who handles products: %s first, want the product planner, named", o.Name(model.En))
	}
	if o := first("design wind turbine components"); o.Department.ID != "engineers" || o.Named {
		t.Errorf("design wind turbine components: %s first (named %v), want the engineers, unnamed", o.Name(model.En), o.Named)
	}
	if o := first("who repairs wind turbines"); o.Department.ID != "techs" || !o.Named {
		t.Errorf("who repairs wind turbines: %s first (named %v), want the technicians, named", o.Name(model.En), o.Named)
	}
}

// "what does sales do": the question's last word is not the start of
// "documents".
func TestQuestionEndsWithItsOwnWord(t *testing.T) {
	res := find(t, builtin(t), "what does the sales department do", model.En, 5)
	if !slices.Equal(res.Words, []string{"sales"}) {
		t.Errorf("words %q, want [sales]", res.Words)
	}
	if p := makePlan(Parse("set do")); len(p.words) != 1 || p.words[0].typed != "set" {
		t.Errorf("set do: %+v", p.words)
	}
	if p := makePlan(Parse("set p")); len(p.words) != 2 {
		t.Errorf("set p: a letter being typed stays: %+v", p.words)
	}
}

// A text matches when it mentions the query's main words, a synonym
// weighing what the synonym does: the count counts those; texts that
// mention only a lesser word ("Define each new product", or "Draw up
// rules …" by a synonym of "set") are partial, ranked but not counted.
// A phrasal verb is not its verb: "Set up and run the company's honour
// room" and "the setting-up … of the exhibition" say no "set", and are
// not listed at all.
func TestCountCountsMainMatches(t *testing.T) {
	ix := builtin(t)
	res := find(t, ix, "who sets product prices?", model.En, 0)
	words, partial := 0, map[string]bool{}
	for _, r := range res.List {
		switch r.Match {
		case Words:
			words++
		case Partial:
			partial[r.Node.Title[model.En]] = true
		}
	}
	if res.Matches != words || words == 0 || words > 40 {
		t.Errorf("count %d, word matches %d: want the count to be the word matches, a few dozen at most", res.Matches, words)
	}
	for _, r := range res.List {
		if title := r.Node.Title[model.En]; strings.Contains(strings.ToLower(title), "set up") || strings.Contains(title, "setting-up") {
			t.Errorf("%q (%v) says a phrasal verb, not \"set\": want it not listed", title, r.Match)
		}
	}
	for _, text := range []string{"Draw up rules, regulations and workflows that govern how employees work.",
		"Draw up the plan for distributing the products.", // "draw up" and "product": the synonym weighs less than "set"
		"Define each new product."} {
		if !partial[text] {
			t.Errorf("%q should be a partial match", text)
		}
	}
	// Sales' "Apply the prices the marketing department has set" names
	// another unit as the doer of setting prices (doersNamed): in part.
	if !partial["Apply the prices the marketing department has set."] {
		t.Errorf("Apply the prices the marketing department has set. should be a partial match")
	}
	for _, r := range res.List[:5] {
		if r.Match != Words && r.Node.Title[model.En] != "Apply the prices the marketing department has set." {
			t.Errorf("top five: %q is %v", r.Node.Title[model.En], r.Match)
		}
	}
	// A single word: every text that holds it matches.
	if res := find(t, ix, "prices", model.En, 0); res.Matches == 0 || slices.ContainsFunc(res.List, func(r Result) bool { return r.Match == Partial }) {
		t.Errorf("prices: %d matches, and no partial ones expected", res.Matches)
	}
}

// A query that is a unit's whole name or alias, in either language, as a
// user types it (any case, width or spacing), puts that unit first: first
// in the list, its duties next, and first among the owners, itself and not
// a position in it. A department's name's words fill many duties and
// positions' names ("marketing" is in 80 duties and in the name of the
// marketing manager): the name is what says which unit is meant.
func TestWholeNameFirst(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ q, unit string }{
		{"marketing department", "marketing"},
		{"Marketing Department", "marketing"},
		{"ＭＡＲＫＥＴＩＮＧ  department", "marketing"},
		{"marketing-department", "marketing"},
		{"市场部", "marketing"},
		{"市场 部", "marketing"},
		{"sales department", "sales"},
		{"销售部", "sales"},
		{"mkt", "marketing"},            // an alias
		{"marketing dept", "marketing"}, // an alias
		{"营销部", "marketing"},            // a Chinese alias
		{"personnel department", "hr"},  // an alias
		{"人事部", "hr"},                   // a Chinese alias
		{"Marketing manager", "marketing/positions/manager"},
		{"市场部经理", "marketing/positions/manager"},
	} {
		for _, reader := range model.Langs {
			res := find(t, ix, c.q, reader, 20)
			if len(res.List) < 5 || res.List[0].Node.Path != c.unit {
				t.Errorf("%q (%v reader): list %v, want %s first", c.q, reader, paths(res.List[:min(5, len(res.List))]), c.unit)
				continue
			}
			for _, r := range res.List[1:5] {
				if !strings.HasPrefix(r.Node.Path, c.unit+"/") {
					t.Errorf("%q (%v reader): %s among the first, not one of %s's duties", c.q, reader, r.Node.Path, c.unit)
				}
			}
			if os := res.Owners(3); len(os) == 0 || os[0].Node().Path != c.unit || !os[0].Named {
				t.Errorf("%q (%v reader): owners %v, want %s itself first", c.q, reader, ownerPaths(os), c.unit)
			}
		}
	}
}

// A question naming a department is answered by the department itself
// before the positions in it whose names hold no more of the question
// ("marketing" is in "Marketing manager" too), and a question naming a
// position by the position, whose name holds more of it than its
// department's does.
func TestNamedDepartmentBeforeItsPositions(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ q, unit string }{
		{"what does the marketing department do", "marketing"},
		{"市场部负责什么", "marketing"},
		{"谁负责市场", "marketing"},
		{"what does the marketing manager do", "marketing/positions/manager"},
	} {
		for _, reader := range model.Langs {
			if os := find(t, ix, c.q, reader, 20).Owners(3); len(os) == 0 || os[0].Node().Path != c.unit {
				t.Errorf("%q (%v reader): owners %v, want %s first", c.q, reader, ownerPaths(os), c.unit)
			}
		}
	}
}

func ownerPaths(os []Owner) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Node().Path)
	}
	return out
}

// tryout6 #9: every unit has its "assistant"; owners shown together whose
// labels would read alike name the unit between, nearest first, and, when
// alike all the way, their paths. Others keep the short label.
func TestOwnerLabelsTellAlikeApart(t *testing.T) {
	mk := func(id, title string, parent *model.Node, kind model.Kind, role model.Role) *model.Node {
		n := &model.Node{ID: id, Kind: kind, Role: role, Title: model.Text{title, title + "部"}, Parent: parent}
		n.Path = id
		if parent != nil {
			n.Path = parent.Path + "/" + id
		}
		return n
	}
	dept := mk("pricing", "Pricing department", nil, model.KindDepartment, "")
	positions := mk("positions", "Positions", dept, model.KindSection, "")
	units := mk("units", "Units", dept, model.KindSection, "")
	field := mk("field-unit", "Field unit", units, model.KindSection, model.RoleUnit)
	desk := mk("desk", "Field unit", units, model.KindSection, model.RoleUnit) // a second unit of the same name
	top := mk("assistant", "Assistant", positions, model.KindSection, model.RolePosition)
	inField := mk("assistant", "Assistant", field, model.KindSection, model.RolePosition)
	atDesk := mk("assistant", "Assistant", desk, model.KindSection, model.RolePosition)
	clerk := mk("clerk", "Clerk", field, model.KindSection, model.RolePosition)
	other := mk("pricing-east", "Pricing department", nil, model.KindDepartment, "")

	join := func(ls [][]string) []string {
		var out []string
		for _, l := range ls {
			out = append(out, strings.Join(l, " › "))
		}
		return out
	}
	for _, tc := range []struct {
		nodes []*model.Node
		lang  model.Lang
		want  []string
	}{
		{[]*model.Node{top, clerk, dept}, model.En, []string{
			"Pricing department › Assistant", "Pricing department › Clerk", "Pricing department"}},
		{[]*model.Node{top, inField, clerk}, model.En, []string{
			"Pricing department › Positions › Assistant", "Pricing department › Field unit › Assistant", "Pricing department › Clerk"}},
		{[]*model.Node{top, inField}, model.Zh, []string{
			"Pricing department部 › Positions部 › Assistant部", "Pricing department部 › Field unit部 › Assistant部"}},
		// Alike up to the department: the path tells them apart.
		{[]*model.Node{inField, atDesk}, model.En, []string{
			"Pricing department › Units › Field unit › Assistant (pricing/units/field-unit/assistant)",
			"Pricing department › Units › Field unit › Assistant (pricing/units/desk/assistant)"}},
		{[]*model.Node{dept, other}, model.En, []string{
			"Pricing department (pricing)", "Pricing department (pricing-east)"}},
	} {
		got := join(OwnerLabels(tc.nodes, tc.lang))
		if !slices.Equal(got, tc.want) {
			t.Errorf("labels\n%q\nwant\n%q", got, tc.want)
		}
	}
}
