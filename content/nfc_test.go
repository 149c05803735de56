package content

import (
	"strings"
	"testing"
)

// TestIDsFromNamesAreNFC: an id made from a name (a heading without
// {#id}, import's ids) writes an accented letter as one character,
// however the name was written, so that a name pasted with separate
// accents (NFD) gives the id typed with é, which validate requires of ids
// written out (fixCases, "id with a separate accent").
func TestIDsFromNamesAreNFC(t *testing.T) {
	for in, want := range map[string]string{
		"Re\u0301sume\u0301 desk": "r\u00e9sum\u00e9-desk",
		"Caf\u00e9 team":          "caf\u00e9-team",
		"Cafe\u0301 team":         "caf\u00e9-team",
		"ＣＲＭ team":                "crm-team",
	} {
		if got := ID(in); got != want {
			t.Errorf("ID(%q) = %q, want %q", in, got, want)
		}
	}
	// A heading written with separate accents matches its twin's id.
	_, ps := Check(layer(map[string]string{
		"en/a.md": "---\nid: a\nname: A\n---\n## Re\u0301sume\u0301s\n- d\n",
		"zh/a.md": "---\nid: a\nname: 甲\n---\n## 简历 {#r\u00e9sum\u00e9s}\n- 乙\n"}))
	if len(ps) != 0 {
		t.Errorf("a heading with separate accents missed its twin:\n%s", ps)
	}
}

// TestByteOrderMarks: a file saved with a byte order mark, or with two (a
// tool that adds one to a file that has one), is read as written; two
// were "the file has no front matter", with the fix "start the file with
// a line ---", which it visibly did (hunt21). A problem's line is still
// the file's.
func TestByteOrderMarks(t *testing.T) {
	for _, bom := range []string{"\ufeff", "\ufeff\ufeff", "\ufeff\ufeff\ufeff"} {
		org, ps := Check(layer(map[string]string{"en/a.md": bom + "---\nid: a\nname: A\n---\n## S {#s}\n- Work.\n"}))
		if len(ps) != 0 || org == nil || org.Department("a") == nil {
			t.Errorf("%d marks: the file is not read as written:\n%s", len(bom)/3, ps)
		}
		grouped := strings.Replace(deptA, "name: A", "name: A\ngroup: g\nsources: [s1]", 1)
		_, ps = Check(layer(map[string]string{"en/a.md": grouped, "groups.yaml": bom + "- id: g\n  name: G\n", "sources.yaml": bom + "- id: s1\r\n  title: T\r\n"}))
		if len(ps) != 0 {
			t.Errorf("%d marks before groups.yaml and sources.yaml:\n%s", len(bom)/3, ps)
		}
		_, ps = Check(layer(map[string]string{"en/a.md": bom + "---\nid: a\nname: A\nnmae: B\n---\n## S {#s}\n- Work.\n"}))
		if len(ps) != 1 || ps[0].Line != 4 {
			t.Errorf("%d marks: a problem is not on its line:\n%s", len(bom)/3, ps)
		}
	}
}
