package model

import (
	"slices"
	"testing"
)

// raciOrg is marketing (a position and a group of duties), sales, and a
// topic whose list uses RACI lines.
func raciOrg() *Org {
	mgr := &Node{ID: "manager", Kind: KindSection, Role: RolePosition, Title: Text{"Manager", "经理"}}
	pricing := &Node{ID: "pricing", Kind: KindSection, Title: Text{"Pricing", "定价"}}
	mkt := &Node{ID: "marketing", Kind: KindDepartment, Title: Text{"Marketing", "市场部"}, Children: []*Node{pricing, mgr}}
	sell := &Node{ID: "selling", Kind: KindSection, Title: Text{"Selling", "销售"}}
	sales := &Node{ID: "sales", Kind: KindDepartment, Title: Text{"Sales", "销售部"}, Children: []*Node{sell}}
	work := &Node{ID: "work", Kind: KindSection, Title: Text{"Work", "工作"}}
	topic := &Node{ID: "t", Kind: KindTopic, Title: Text{"T", "T"}, Children: []*Node{work}}
	leaf := func(parent *Node, id string, r *RACI) *Node {
		n := &Node{ID: id, Kind: KindDuty, Title: Text{id, id}, Details: &Details{RACI: r}}
		if parent.Root() == topic {
			n.Kind = KindPoint
		}
		parent.Children = append(parent.Children, n)
		return n
	}
	lines := func(pairs ...any) *RACI {
		r := &RACI{}
		for i := 0; i < len(pairs); i += 2 {
			role := pairs[i].(RACIRole)
			r.Units[role] = pairs[i+1].([]*Node)
			r.Refs[role] = []string{"x"}
		}
		return r
	}
	pricing.Edit().RACI = lines(Consulted, []*Node{sales})
	leaf(pricing, "set", nil)
	leaf(pricing, "review", lines(Consulted, []*Node{mgr}, Informed, []*Node{sales}))
	leaf(mgr, "plan", nil)
	leaf(mgr, "hand", lines(Responsible, []*Node{sales}))
	team := &Node{ID: "team", Kind: KindSection, Title: Text{"Team", "组"}}
	desk := &Node{ID: "desk", Kind: KindSection, Role: RoleUnit, Title: Text{"Desk", "柜台"}, Children: []*Node{team}}
	mkt.Children = append(mkt.Children, desk)
	leaf(team, "call", nil)
	leaf(sell, "apply", lines(Accountable, []*Node{mkt}))
	leaf(sell, "share", lines(Accountable, []*Node{mkt, sales}))
	leaf(work, "pair", lines(Responsible, []*Node{mkt, sales}))
	leaf(work, "ask", lines(Accountable, []*Node{mkt}))
	leaf(work, "told", lines(Informed, []*Node{sales}))
	return NewOrg([]*Node{mkt, sales, topic}, nil)
}

func TestAssignmentOf(t *testing.T) {
	org := raciOrg()
	mkt, sales, mgr, desk := org.Node("marketing"), org.Node("sales"), org.Node("marketing/manager"), org.Node("marketing/desk")
	cases := []struct {
		path     string
		want     [NumRACIRoles][]*Node
		implicit [NumRACIRoles]bool
	}{
		// No line of its own: the section's Consulted, the home's R and A.
		{"marketing/pricing/set", [NumRACIRoles][]*Node{{mkt}, {mkt}, {sales}, nil}, [NumRACIRoles]bool{true, true, false, false}},
		// Its own Consulted replaces the section's.
		{"marketing/pricing/review", [NumRACIRoles][]*Node{{mkt}, {mkt}, {mgr}, {sales}}, [NumRACIRoles]bool{true, true, false, false}},
		// A position's duty: the position it is written under does it
		// and answers for it, not its department.
		{"marketing/manager/plan", [NumRACIRoles][]*Node{{mgr}, {mgr}, nil, nil}, [NumRACIRoles]bool{true, true, false, false}},
		// A line fills its role only: the position keeps the other.
		{"marketing/manager/hand", [NumRACIRoles][]*Node{{sales}, {mgr}, nil, nil}, [NumRACIRoles]bool{false, true, false, false}},
		// Under a sub-department's group: the sub-department.
		{"marketing/desk/team/call", [NumRACIRoles][]*Node{{desk}, {desk}, nil, nil}, [NumRACIRoles]bool{true, true, false, false}},
		// Accountable elsewhere, done at home.
		{"sales/selling/apply", [NumRACIRoles][]*Node{{sales}, {mkt}, nil, nil}, [NumRACIRoles]bool{true, false, false, false}},
		{"sales/selling/share", [NumRACIRoles][]*Node{{sales}, {mkt, sales}, nil, nil}, [NumRACIRoles]bool{true, false, false, false}},
		// A topic's point: no home; whoever is responsible answers for it.
		{"t/work/pair", [NumRACIRoles][]*Node{{mkt, sales}, {mkt, sales}, nil, nil}, [NumRACIRoles]bool{false, true, false, false}},
		{"t/work/ask", [NumRACIRoles][]*Node{nil, {mkt}, nil, nil}, [NumRACIRoles]bool{}},
		{"t/work/told", [NumRACIRoles][]*Node{nil, nil, nil, {sales}}, [NumRACIRoles]bool{}},
	}
	for _, tc := range cases {
		a := AssignmentOf(org.Node(tc.path))
		for _, role := range RACIRoles {
			if !slices.Equal(a.Units[role], tc.want[role]) || a.Implicit[role] != tc.implicit[role] {
				t.Errorf("%s %s: %v (implicit %v), want %v (implicit %v)", tc.path, role, paths(a.Units[role]), a.Implicit[role], paths(tc.want[role]), tc.implicit[role])
			}
		}
	}
	a := AssignmentOf(org.Node("marketing/pricing/review"))
	if a.Letters(mkt) != "RA" || a.Letters(mgr) != "C" || a.Letters(sales) != "I" {
		t.Errorf("letters %q %q %q", a.Letters(mkt), a.Letters(mgr), a.Letters(sales))
	}
	if a.From[Consulted] != org.Node("marketing/pricing/review") || AssignmentOf(org.Node("marketing/pricing/set")).From[Consulted] != org.Node("marketing/pricing") {
		t.Error("From should name the node whose line gave the role")
	}
	if AssignmentOf(org.Node("marketing/manager/plan")).Explicit() || !a.Explicit() {
		t.Error("Explicit")
	}
	if got := Holders(org.Node("sales/selling/apply"), Accountable); !slices.Equal(got, []*Node{mkt}) {
		t.Errorf("Holders = %v", paths(got))
	}
}

func TestParseRACIRole(t *testing.T) {
	for s, want := range map[string]RACIRole{"R": Responsible, "a": Accountable, "Consulted": Consulted, "知会": Informed, "批准": Accountable} {
		if got, ok := ParseRACIRole(s); !ok || got != want {
			t.Errorf("ParseRACIRole(%q) = %v, %v", s, got, ok)
		}
	}
	if _, ok := ParseRACIRole("S"); ok {
		t.Error("S is no RACI role")
	}
}

func paths(ns []*Node) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Path
	}
	return out
}
