package cli

import (
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/internal/termsafe"
)

// maxListedNames bounds the names a note lists: a workbook of 100,000
// sheets made a note of one 789 KB line (hostile14 #11).
const maxListedNames = 10

// someNames joins the first maxListedNames of names, each cut to a
// message's length, with "and N more" for the rest: "S0, S1, …, S9, and
// 99990 more".
func someNames(names []string) string {
	shown := make([]string, 0, min(len(names), maxListedNames)+1)
	for _, n := range names[:min(len(names), maxListedNames)] {
		shown = append(shown, termsafe.CutArg(n, termsafe.MaxArgCells))
	}
	if len(names) > maxListedNames {
		shown = append(shown, fmt.Sprintf("and %d more", len(names)-maxListedNames))
	}
	return strings.Join(shown, ", ")
}
