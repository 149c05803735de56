package content

import (
	"regexp"
	"strings"
	"testing"
)

// createFix is the part of a fix that says to create a file: the file and
// the front-matter lines it names.
var createFix = regexp.MustCompile(`create org/(\S+) with the lines  (id: \S+)  and  (name: .+)$`)

// TestCreateFixWorksAsWritten follows the "create the file" fix of a RACI
// line naming a department never written, word for word: a file holding
// only the lines the fix names. Validating again must give no problem, in
// either language's folder (tryout25 T5: "with id: facilities" alone gave
// "the file has no name").
func TestCreateFixWorksAsWritten(t *testing.T) {
	for _, tc := range []struct{ name, file, body string }{
		{"English", "en/a.md", okEn + "  Responsible: facilities\n"},
		{"Chinese", "zh/a.md", okZh + "  负责：front-office\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"en/a.md": okEn, "zh/a.md": okZh}
			files[tc.file] = tc.body
			_, ps := Check(layer(files))
			var m []string
			for _, p := range ps {
				if m = createFix.FindStringSubmatch(p.Fix); m != nil {
					break
				}
			}
			if m == nil {
				t.Fatalf("no fix says to create a file with its id and name:\n%s", ps)
			}
			files[m[1]] = "---\n" + m[2] + "\n" + m[3] + "\n---\n"
			_, after := Check(layer(files))
			if errs := after.Errors(); len(errs) > 0 {
				t.Errorf("after writing %s as the fix says (%s), problems remain:\n%s", m[1], files[m[1]], errs)
			}
		})
	}
}

// TestTwinNoteWorksAsWritten follows the note on a file written in one
// language: a copy of it in the other folder keeping its id and {#id}s is
// valid even before a word is translated (the id alone was "no name").
func TestTwinNoteWorksAsWritten(t *testing.T) {
	b := "---\nid: b\nkind: topic\nname: B only\nconcerns: [a]\n---\n## R {#r}\n- Only in English.\n  Responsible: a\n"
	files := map[string]string{"en/a.md": okEn, "zh/a.md": okZh, "en/b.md": b}
	_, ps := Check(layer(files))
	if len(ps) != 1 || !strings.Contains(ps[0].Fix, "write zh/b.md: a copy of this file") {
		t.Fatalf("want the note on b, got:\n%s", ps)
	}
	files["zh/b.md"] = strings.Replace(b, "name: B only", "name: 只有英文", 1)
	_, after := Check(layer(files))
	if errs := after.Errors(); len(errs) > 0 {
		t.Errorf("after copying en/b.md as the note says, problems remain:\n%s", errs)
	}
	for _, p := range after {
		if strings.Contains(p.String(), "is written in en/ only") {
			t.Errorf("still noted: %s", p)
		}
	}
}

// entryFix is the part of a fix that says to add an entry to a YAML list
// file: the file, the id line and the line indented under it.
var entryFix = regexp.MustCompile(`in (sources\.yaml|groups\.yaml), beside the language folders, as the lines  (- id: \S+)  and  (\w+: [^;]+?)  indented under it`)

// TestEntryFixWorksAsWritten follows, word for word, the fixes of a
// source and a group no file declares: an entry with only an id gave
// "has no title" or "has no name" (the kind of tryout25 T5).
func TestEntryFixWorksAsWritten(t *testing.T) {
	for _, tc := range []struct{ name, body string }{
		{"source", fmA + "## S {#s}\nSources: annual-report\n- Work.\n"},
		{"misspelt source", fmA + "## S {#s}\nSources: s2\n- Work.\n"},
		{"group", "---\nid: a\nname: A\ngroup: front-office\n---\n## S {#s}\n- Work.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"en/a.md": tc.body}
			if tc.name == "misspelt source" {
				files["sources.yaml"] = "- id: s1\n  title: One\n"
			}
			_, ps := Check(layer(files))
			var m []string
			for _, p := range ps {
				if m = entryFix.FindStringSubmatch(p.Fix); m != nil {
					break
				}
			}
			if m == nil {
				t.Fatalf("no fix names the entry's lines:\n%s", ps)
			}
			files[m[1]] += m[2] + "\n  " + m[3] + "\n"
			_, after := Check(layer(files))
			if errs := after.Errors(); len(errs) > 0 {
				t.Errorf("after adding to %s as the fix says:\n%s\nproblems remain:\n%s", m[1], files[m[1]], errs)
			}
		})
	}
}
