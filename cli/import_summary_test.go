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

// TestImportFillDownSaysWhatElse (tryout24 H7): the refusal of a row with
// no department offers --fill-down and says what else it would fill (a
// department's own duty, its position blank on purpose, would go under
// the position above); with --fill-down the summary counts cells per
// column as "岗位: 1 cell (row 4)", not "岗位 1", which reads as a column.
func TestImportFillDownSaysWhatElse(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "zh.csv")
	writeFile(t, file, "部门,岗位,职责\n财务部,会计,审核报销。\n行政部,前台,接待来访。\n行政部,,管理办公用品。\n,前台,收发快递。\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "a")).fails(t, 1)
	mustContain(t, r.err, file+":5: column A (部门): the row has no department\n"+
		"  fix: name the row's department; every row belongs to one (if a blank cell means the same as the one above it, import with --fill-down; it would also fill column B (岗位) on row 4 from the row above)\n")
	r = run(t, "import", file, "--out", filepath.Join(dir, "b"), "--fill-down").ok(t)
	mustContain(t, r.out, "\n  Filled down: 2 blank cells from the row above: 岗位: 1 cell (row 4), 部门: 1 cell (row 5)\n")
}
