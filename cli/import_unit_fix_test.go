package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A RACI cell naming no unit of the sheet gets the sheet's fix (clear the
// cell, add rows, or correct the name), never a content file's (delete
// this line, create a file): for an id and for a name alike (tryout16 B-9
// made the files' fix name files and lines).
func TestImportRACICellNamingNoUnitGetsTheSheetsFix(t *testing.T) {
	file := filepath.Join(t.TempDir(), "s.csv")
	writeFile(t, file, "部门,岗位,职责,负责,知会\n财务部,出纳,每月十日发放工资,财务部,人事部\n财务部,会计,记账,财务部,the board\n")
	r := run(t, "import", file, "--out", filepath.Join(filepath.Dir(file), "out")).fails(t, 1)
	const fix = "\n  fix: clear the cell, or add rows for that department (or correct the name to one the sheet has)\n"
	mustContain(t, r.err,
		file+`:2: column E (知会): 知会："人事部" names no unit`+fix,
		file+`:3: column E (知会): 知会："the board" names no unit`+fix)
	for _, files := range []string{"delete this line", ".md", "a Chinese line"} {
		if strings.Contains(r.err, files) {
			t.Errorf("a sheet's fix speaks of content files (%q):\n%s", files, r.err)
		}
	}
}

// tryout23 G3: a RACI cell of a sheet written in both languages goes into
// both languages' files; its one mistake is one problem, not one a file
// (Accountable: in en/, 批准： in zh/).
func TestImportBilingualRACICellIsOneProblem(t *testing.T) {
	file := filepath.Join(t.TempDir(), "team.csv")
	writeFile(t, file, "Department (en),Department (zh),Duty (en),Duty (zh),Accountable\n"+
		"Warehouse,仓库,Receive goods.,收货。,\nWarehouse,仓库,Count stock every week.,每周盘点库存。,Warehuose\n")
	r := run(t, "import", file, "--out", filepath.Join(filepath.Dir(file), "out")).fails(t, 1)
	mustContain(t, r.err, file+`:3: column E (Accountable): Accountable: "Warehuose" names no unit`, "did you mean warehouse?", "1 problem found in ")
	if strings.Count(r.err, "Warehuose") != 1 {
		t.Errorf("one cell's mistake reported more than once:\n%s", r.err)
	}
}

// tryout28 Y4: the same with a name no unit is near (the loader's fixes
// differ by file: each names its key), on two rows: one problem, its
// rows together.
func TestImportBilingualRACICellNamingNothingIsOneProblem(t *testing.T) {
	file := filepath.Join(t.TempDir(), "team.csv")
	writeFile(t, file, "Department (en),Department (zh),Duty (en),Duty (zh),Informed\n"+
		"Warehouse,仓库,Receive goods.,收货。,Finance\nWarehouse,仓库,Count stock every week.,每周盘点库存。,Finance\n")
	r := run(t, "import", file, "--out", filepath.Join(filepath.Dir(file), "out")).fails(t, 1)
	mustContain(t, r.err, file+`:2: column E (Informed): Informed: "Finance" names no unit (also row 3)`, "1 problem found in ")
	if strings.Count(r.err, `"Finance"`) != 1 {
		t.Errorf("one cell's mistake reported more than once:\n%s", r.err)
	}
}
