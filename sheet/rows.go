package sheet

import (
	"fmt"
	"slices"
	"strings"
)

// rowSet is a set of sheet rows, added in ascending order (the order
// rows are read), kept as runs: one mistake repeated on 100,000 rows is
// a few runs, not 100,000 numbers.
type rowSet [][2]int

// add adds row: at the end when it is no smaller than any row added
// before (rows are read in order), else in its place.
func (s *rowSet) add(row int) {
	n := len(*s)
	switch {
	case n > 0 && row < (*s)[n-1][0]:
		*s = s.union(rowSet{{row, row}})
	case n > 0 && (*s)[n-1][1] >= row-1:
		(*s)[n-1][1] = max((*s)[n-1][1], row)
	default:
		*s = append(*s, [2]int{row, row})
	}
}

// first is the smallest row, 0 for an empty set.
func (s rowSet) first() int {
	if len(s) == 0 {
		return 0
	}
	return s[0][0]
}

// count is how many rows the set holds.
func (s rowSet) count() int {
	n := 0
	for _, r := range s {
		n += r[1] - r[0] + 1
	}
	return n
}

// maxRuns bounds the runs a message lists: the first few tell where the
// mistake is, the count says how far it goes.
const maxRuns = 6

// String names the rows as a message does: "row 7", "rows 21–24",
// "rows 5, 7 and 9–12", and, past maxRuns runs, "rows 5, 7, 9–12, …
// (84 rows)".
func (s rowSet) String() string {
	if s.count() == 1 {
		return fmt.Sprintf("row %d", s[0][0])
	}
	runs := make([]string, 0, min(len(s), maxRuns))
	for _, r := range s[:min(len(s), maxRuns)] {
		if r[0] == r[1] {
			runs = append(runs, fmt.Sprint(r[0]))
		} else {
			runs = append(runs, fmt.Sprintf("%d–%d", r[0], r[1]))
		}
	}
	switch {
	case len(s) > maxRuns:
		return fmt.Sprintf("rows %s, … (%d rows)", strings.Join(runs, ", "), s.count())
	case len(runs) == 1:
		return "rows " + runs[0]
	}
	return "rows " + strings.Join(runs[:len(runs)-1], ", ") + " and " + runs[len(runs)-1]
}

// union is the rows of s and t.
func (s rowSet) union(t rowSet) rowSet {
	all := slices.Concat(s, t)
	slices.SortFunc(all, func(x, y [2]int) int { return x[0] - y[0] })
	var out rowSet
	for _, r := range all {
		if n := len(out); n > 0 && out[n-1][1] >= r[0]-1 {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}
