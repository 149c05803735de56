package cli

import (
	"fmt"
	"io"
	"path/filepath"
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
	dir := b.TempDir()
	file := filepath.Join(dir, "org.csv")
	if err := writeBytes(file, []byte(sb.String())); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, "org")
	b.ResetTimer()
	for b.Loop() {
		code := Run([]string{"import", file, "--out", out, "--force"}, IO{Out: io.Discard, Err: io.Discard})
		if code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
