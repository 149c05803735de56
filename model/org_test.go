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
