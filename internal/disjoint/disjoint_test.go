package disjoint

import (
	"reflect"
	"testing"
)

// Sets joined by pairs come out whole, each in the order its elements
// were added, the sets in the order of their first element; a lone
// element is a set of its own.
func TestGroups(t *testing.T) {
	var s Sets[string]
	s.Add("a")
	s.Union("b", "c")
	s.Add("d")
	s.Union("e", "a")
	s.Union("c", "f")
	s.Union("f", "b") // already joined
	want := [][]string{{"a", "e"}, {"b", "c", "f"}, {"d"}}
	if got := s.Groups(); !reflect.DeepEqual(got, want) {
		t.Errorf("Groups() = %v, want %v", got, want)
	}
	var empty Sets[int]
	if got := empty.Groups(); got != nil {
		t.Errorf("empty Groups() = %v, want none", got)
	}
}
