// Package disjoint keeps elements in disjoint sets joined by pairs (a
// union-find with path halving, Tarjan and van Leeuwen 1984), and lists
// the sets in the order their elements were first added.
package disjoint

// Sets is a partition of the elements added so far; the zero value is
// empty and ready to use.
type Sets[T comparable] struct {
	parent map[T]T
	order  []T // the elements, in the order they were first added
}

// Add puts x in a set of its own, unless it is in a set already.
func (s *Sets[T]) Add(x T) {
	if s.parent == nil {
		s.parent = map[T]T{}
	}
	if _, ok := s.parent[x]; !ok {
		s.parent[x] = x
		s.order = append(s.order, x)
	}
}

// find is the representative of x's set; x has been added.
func (s *Sets[T]) find(x T) T {
	for s.parent[x] != x {
		s.parent[x] = s.parent[s.parent[x]]
		x = s.parent[x]
	}
	return x
}

// Union joins the sets of x and y, adding either if it is new.
func (s *Sets[T]) Union(x, y T) {
	s.Add(x)
	s.Add(y)
	if a, b := s.find(x), s.find(y); a != b {
		s.parent[b] = a
	}
}

// Groups returns the sets, each in the order its elements were added, the
// sets in the order of their first element.
func (s *Sets[T]) Groups() [][]T {
	index := map[T]int{}
	var out [][]T
	for _, x := range s.order {
		r := s.find(x)
		i, ok := index[r]
		if !ok {
			i = len(out)
			index[r] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], x)
	}
	return out
}
