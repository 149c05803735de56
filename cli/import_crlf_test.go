package cli

import (
	"path/filepath"
	"testing"
)

// A CSV file whose lines end in a carriage return alone (classic Mac OS,
// Excel for Mac's "CSV (Macintosh)") is read line by line, as the loader
// reads such content files: it was read as one row, its header listing
// every line, with a fix to add the Duty column it had (hostile14 #8).
// Quoted cells and a semicolon separator read as in any CSV file.
func TestImportReadsCROnlyLineEnds(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"mac.csv":  "Department,Duty\rSales,Visit customers.\rMarketing,\"Plan the launch, with sales.\"\r",
		"semi.csv": "Department;Duty\rSales;Visit customers.\rMarketing;Plan the launch, with sales.",
	} {
		file := filepath.Join(dir, name)
		writeFile(t, file, text)
		out := filepath.Join(dir, name+".out")
		r := run(t, "import", file, "--out", out).ok(t)
		mustContain(t, r.out, "Read 2 rows from "+file, "Wrote 2 files to "+out+": 2 departments, 2 sections, 2 duties (en).")
		mustContain(t, readFile(t, filepath.Join(out, "en", "sales.md")), "- Visit customers.\n")
		mustContain(t, readFile(t, filepath.Join(out, "en", "marketing.md")), "- Plan the launch, with sales.\n")
	}
}
