package cli

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestImportSaysWhatTheSheetCannotCarry (tryout F7): a sheet carries
// neither a source's title nor a group's sources. Importing an export into
// a new folder says both in one sentence; sources.yaml lists the sources
// in the order the sheet first cites them, groups.yaml the groups without
// sources. Into the folder it came from (--force), both files are kept,
// and the sentence is not said.
func TestImportSaysWhatTheSheetCannotCarry(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "org.csv")
	writeFile(t, file, "Department,Duty,Sources,Group name\n"+
		"Sales,Sell.,beta; alpha,Front office\n"+
		"Sales,Bill.,\"gamma, alpha\",Front office\n"+
		"Stores,Store.,,Back office\n")
	out := filepath.Join(dir, "org")
	r := run(t, "import", file, "--out", out).ok(t)
	mustContain(t, r.out, "\n  sources.yaml lists the 3 sources the sheet cites, in the order it first cites them, titled by their ids, "+
		"and groups.yaml the 2 groups it names, without sources: a sheet carries neither a source's title nor a group's sources; give them in those files.\n")
	if got := readFile(t, filepath.Join(out, "sources.yaml")); got != "- id: beta\n  title: beta\n- id: alpha\n  title: alpha\n- id: gamma\n  title: gamma\n" {
		t.Errorf("sources.yaml, not in the order first cited:\n%s", got)
	}
	if got := readFile(t, filepath.Join(out, "groups.yaml")); strings.Contains(got, "sources") || !strings.Contains(got, "Back office") {
		t.Errorf("groups.yaml:\n%s", got)
	}

	// Sources alone, groups alone.
	writeFile(t, file, "Department,Duty,Sources\nSales,Sell.,beta\n")
	mustContain(t, run(t, "import", file, "--out", filepath.Join(dir, "s")).ok(t).out,
		"\n  sources.yaml lists the 1 source the sheet cites, titled by its id: a sheet does not carry a source's title; give it a title there.\n")
	writeFile(t, file, "Department,Duty,Group name\nSales,Sell.,Front office\n")
	mustContain(t, run(t, "import", file, "--out", filepath.Join(dir, "g")).ok(t).out,
		"\n  groups.yaml lists the 1 group the sheet names, without sources: a sheet does not carry a group's sources; give them there.\n")

	// The built-in content, exported and imported: its groups cite
	// sources, which the sentence names as lost; the sources come in the
	// order the sheet first cites them.
	csv := filepath.Join(dir, "bi.csv")
	run(t, "export", "--format", "csv", "-o", csv).ok(t)
	rt := filepath.Join(dir, "rt")
	mustContain(t, run(t, "import", csv, "--out", rt).ok(t).out, "titled by their ids, and groups.yaml the 3 groups it names, without sources")
	var first []string
	for _, id := range regexp.MustCompile(`(?m)^- id: (.+)$`).FindAllStringSubmatch(readFile(t, filepath.Join(rt, "sources.yaml")), -1) {
		first = append(first, id[1])
	}
	sheet := readFile(t, csv)
	for i := 1; i < len(first); i++ {
		// Each source is first cited after the one listed before it.
		if strings.Index(sheet, first[i]) < strings.Index(sheet, first[i-1]) {
			t.Errorf("sources.yaml lists %s before %s, which the sheet cites first: %v", first[i-1], first[i], first)
		}
	}
	if len(first) != 6 {
		t.Errorf("sources %v", first)
	}
	r = run(t, "import", csv, "--out", rt, "--force").ok(t)
	if strings.Contains(r.out, "a sheet carries") || !strings.Contains(r.out, "groups.yaml: the folder's entries are kept as they were") {
		t.Errorf("into the folder that has the files:\n%s", r.out)
	}
}
