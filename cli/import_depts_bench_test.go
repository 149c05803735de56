package cli

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkImportManyDepartments is `dutymap import` of a CSV file of
// 99,000 departments, one position and one duty each: what grows by the
// department rather than by the duty.
func BenchmarkImportManyDepartments(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Department,Position,Duty\n")
	for i := range 99_000 {
		fmt.Fprintf(&sb, "Dept %d of widgets,Officer %d,Plan and review the widget budget number %d each quarter\n", i, i, i)
	}
	benchImport(b, []byte(sb.String()))
}
