package model

import (
	"testing"
	"unsafe"
)

// A large organisation is mostly duties with a sentence and nothing else:
// every byte of Node is paid about 110,000 times at 100,000 duties (the
// explorer's idle memory, issue 18: ≤ 100 MB there). The rarer fields
// live in Details.
func TestNodeStaysSmall(t *testing.T) {
	const most = 200
	if got := unsafe.Sizeof(Node{}); got > most {
		t.Errorf("model.Node is %d bytes, at most %d: put a field few nodes have in Details", got, most)
	}
}

// A node without Details reads every detail as empty, and Edit makes them
// only when they are written.
func TestDetailsAreReadWithoutBeingMade(t *testing.T) {
	var n Node
	if n.Summary() != (Text{}) || n.Body() != (Text{}) || n.Code() != "" || n.RACI() != nil || n.Links() != nil ||
		n.Overlap() != nil || n.Sources() != nil || n.Traits() != nil || n.Concerns() != nil || n.From() != "" ||
		n.To() != "" || n.Group() != "" || n.Order() != 0 || n.Aliases()[En] != nil || n.Aliases()[Zh] != nil {
		t.Fatal("a node without details reads as not empty")
	}
	if n.Details != nil {
		t.Fatal("reading made details")
	}
	n.Edit().Code = "3.2"
	if n.Details == nil || n.Code() != "3.2" {
		t.Fatalf("Edit did not keep the code: %+v", n.Details)
	}
	var other Node
	if other.Code() != "" {
		t.Fatal("one node's details were written into what every node without details reads")
	}
}
