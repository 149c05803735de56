package cli

import (
	"strings"
	"testing"
)

// A Markdown thematic break written with spaces ("* * *", "- - -",
// "-  -  -") is a horizontal rule, as CommonMark reads it and as "***"
// already was: it used to be a duty named "* *" under a section, and in a
// department's introduction "a duty outside any section" (hostile14 #6).
func TestThematicBreakIsNoDuty(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/x.md": "---\nid: x\nname: X\n---\n\nIntro.\n\n- - -\n\nMore intro.\n\n## W {#w}\n\n- Do it.\n\n* * *\n\n- Do more.\n-  -  -\n",
	})
	r := run(t, "validate", dir).ok(t)
	want := "x.md:16: note: \"* * *\" is a horizontal rule, not a duty: a section's duties are listed together, so it separates none of them\n" +
		"  to set the duties after it apart, give them a ### heading of their own; otherwise delete the line\n"
	if !strings.Contains(r.out+r.err, want) || strings.Count(r.out+r.err, "horizontal rule") != 1 {
		t.Errorf("validate:\n%s%s\nwant one note:\n%s", r.out, r.err, want)
	}
	mustContain(t, r.out+r.err, "1 department, 1 section, 2 duties")
	csv := run(t, "--builtin=false", "--content", dir, "export", "--format", "csv").ok(t)
	if got := strings.Count(csv.out, ",duty,"); got != 2 || !strings.Contains(csv.out, "x/w/2,duty,X,W,Do more.,") {
		t.Errorf("export holds %d duties, want 2:\n%s", got, csv.out)
	}
	show := run(t, "--builtin=false", "--content", dir, "show", "x").ok(t)
	mustContain(t, show.out, "Intro.\n\n- - -\n\nMore intro.")
}

// A rule indented under a duty is in the duty: its description begins
// there, and the duty's line stays as written (it used to end " * * *").
func TestThematicBreakUnderADuty(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/x.md": "---\nid: x\nname: X\n---\n\n## W {#w}\n\n- Do it.\n  * * *\n- Two.\n\n  - - -\n\n  After the rule.\n",
	})
	r := run(t, "validate", dir).ok(t)
	if strings.Contains(r.out+r.err, "note") {
		t.Errorf("validate:\n%s%s", r.out, r.err)
	}
	csv := run(t, "--builtin=false", "--content", dir, "export", "--format", "csv").ok(t)
	mustContain(t, csv.out, "x/w/1,duty,X,W,Do it.,", "x/w/2,duty,X,W,Two.,")
	show := run(t, "--builtin=false", "--content", dir, "show", "x/w/2").ok(t)
	mustContain(t, show.out, "- - -\n\nAfter the rule.")
}

// A duty cell that would read as a rule once written ("- -" is the line
// "- - -") holds no word: import skips its row with a note (tryout F4),
// and the rows with words are the duties. (content.Write escapes such a
// duty from a file: content's TestWriteEscapesADutyLikeARule.)
func TestDutyCellLikeARuleIsSkipped(t *testing.T) {
	dir := t.TempDir()
	sheet := dir + "/a.csv"
	writeFile(t, sheet, "Department,Duty\nSales,- -\nSales,-  -\nSales,Sell.\n")
	r := run(t, "import", sheet, "--out", dir+"/org").ok(t)
	mustContain(t, r.err, `a.csv:2: note: column B (Duty): the cell holds no word ("- -"), only digits, punctuation or symbols: not a duty; import skipped the row (also row 3)`)
	csv := run(t, "--builtin=false", "--content", dir+"/org", "export", "--format", "csv").ok(t)
	mustContain(t, csv.out, "sales/duties/1,duty,Sales,Duties,Sell.,")
	if strings.Count(csv.out, ",duty,") != 1 {
		t.Errorf("the export has other duties:\n%s", csv.out)
	}
}
