package cli

import (
	"path/filepath"
	"testing"
)

// TestImportSummaryNamesTraitDimensions (tryout24): the summary's column
// list names each trait column's dimension, as --column names it; with
// eight dimensions in two languages, "→ trait (en)" sixteen times did not
// tell which header was read as which.
func TestImportSummaryNamesTraitDimensions(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "org.csv")
	writeFile(t, file, "Department,Duty,trait_objective_en,trait_level_en\nSales,Sell.,Revenue.,Company-wide.\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "org")).ok(t)
	mustContain(t, r.out, "Columns: Department → department, Duty → duty, trait_objective_en → trait-objective (en), trait_level_en → trait-level (en)\n")
}
