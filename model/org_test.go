package model

import "testing"

// TestNodeFindsEveryPath: Org.Node finds every node by its path, also
// where ids sort differently from paths ("a-c" before "a/b" byte by byte,
// after it segment by segment), and nothing for paths that are not there.
func TestNodeFindsEveryPath(t *testing.T) {
	leaf := func(id string) *Node { return &Node{ID: id, Kind: KindDuty, Title: Text{id, ""}} }
	sec := func(id string, kids ...*Node) *Node {
		return &Node{ID: id, Kind: KindSection, Title: Text{id, ""}, Children: kids}
	}
	docs := []*Node{
		{ID: "a-c", Kind: KindDepartment, Children: []*Node{sec("x", leaf("1"))}},
		{ID: "a", Kind: KindDepartment, Children: []*Node{sec("b", leaf("2"), leaf("10"), leaf("1")), sec("a-b", leaf("1")), sec("a.b")}},
		{ID: "b", Kind: KindTopic, Children: []*Node{leaf("1")}},
	}
	org := NewOrg(docs, nil)
	for i, n := range org.Nodes() {
		if n.Seq != int32(i) {
			t.Fatalf("%s: Seq %d, want %d", n.Path, n.Seq, i)
		}
		if got := org.Node(n.Path); got != n {
			t.Errorf("Node(%q) = %v", n.Path, got)
		}
		if got := org.Node("/" + n.Path + "/"); got != n {
			t.Errorf("Node(/%s/) = %v", n.Path, got)
		}
	}
	for _, p := range []string{"", "a/c", "a-c/x/2", "a/b/3", "c", "a/b/1/2", "a-"} {
		if got := org.Node(p); got != nil {
			t.Errorf("Node(%q) = %s, want nil", p, got.Path)
		}
	}
	if org.Department("a-c") != docs[0] || org.Department("b") != nil || org.Department("a/b") != nil {
		t.Error("Department finds departments by id only")
	}
}

// TestNewOrgIndexed: a tree indexed by its maker is taken as it is (the
// same nodes, sequence numbers and languages as NewOrg's, without a walk);
// documents out of NewOrg's order are indexed anew.
func TestNewOrgIndexed(t *testing.T) {
	tree := func() []*Node {
		leaf := func(id string) *Node { return &Node{ID: id, Kind: KindDuty, Title: Text{"", id}} }
		return []*Node{
			{ID: "t", Kind: KindTopic, Title: Text{"", "t"}, Children: []*Node{leaf("1")}},
			{ID: "b", Kind: KindDepartment, Title: Text{"", "b"}, Children: []*Node{{ID: "s", Kind: KindSection, Children: []*Node{leaf("1"), leaf("2")}}}},
			{ID: "a", Kind: KindDepartment, Title: Text{"", "a"}},
		}
	}
	want := NewOrg(tree(), nil)
	// In order and indexed, as a cache's decoder makes it.
	docs := want.Documents()
	got := NewOrgIndexed(docs, nil, want.Nodes(), [NumLangs]bool{false, true})
	if &got.Nodes()[0] != &want.Nodes()[0] || got.Node("b/s/2") != want.Node("b/s/2") || got.HasLang(En) || !got.HasLang(Zh) {
		t.Fatalf("indexed tree not taken as it is: %d nodes, b/s/2 %v, languages %v %v",
			len(got.Nodes()), got.Node("b/s/2"), got.HasLang(En), got.HasLang(Zh))
	}
	// Out of order: indexed anew, as NewOrg would.
	fresh := tree()
	got = NewOrgIndexed(fresh, nil, nil, [NumLangs]bool{})
	if len(got.Nodes()) != len(want.Nodes()) || !got.HasLang(Zh) {
		t.Fatalf("out of order: %d nodes, want %d", len(got.Nodes()), len(want.Nodes()))
	}
	for i, n := range got.Nodes() {
		w := want.Nodes()[i]
		if n.Path != w.Path || n.Seq != int32(i) || n.Duties != w.Duties {
			t.Fatalf("node %d: %s seq %d duties %d, want %s %d", i, n.Path, n.Seq, n.Duties, w.Path, w.Duties)
		}
	}
}
