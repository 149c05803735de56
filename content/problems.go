package content

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong with a content folder, located and explained.
type Problem struct {
	File string // path shown to the user, e.g. "myorg/en/sales.md"
	Line int    // 1-based; 0 when the problem concerns the whole file
	Msg  string // what is wrong
	Fix  string // how to fix it
}

func (p Problem) String() string {
	loc := p.File
	if p.Line > 0 {
		loc = fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	s := loc + ": " + p.Msg
	if p.Fix != "" {
		s += "\n  fix: " + p.Fix
	}
	return s
}

// Problems is every problem found while loading. It is the error Load
// returns, so that users see all of them at once.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	noun := "problems"
	if len(ps) == 1 {
		noun = "problem"
	}
	return fmt.Sprintf("%s\n%d %s found", strings.Join(lines, "\n"), len(ps), noun)
}

// sorted orders problems by file and line so reports are stable.
func (ps Problems) sorted() Problems {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return ps
}

// collector gathers problems with a short call at each site.
type collector struct{ list Problems }

func (c *collector) add(file string, line int, fix, format string, args ...any) {
	c.list = append(c.list, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Fix: fix})
}
