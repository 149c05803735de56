package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIgnored: hidden names and editors' and systems' leftovers are passed
// over; every name that may be content, or worth a note, is not.
func TestIgnored(t *testing.T) {
	for name, want := range map[string]bool{
		".#sales.md":          true, // Emacs's lock link
		"._sales.md":          true, // macOS's AppleDouble file
		".sales.md.swp":       true, // vim's swap file
		".sales.md.swo":       true,
		".DS_Store":           true,
		".git":                true,
		"#sales.md#":          true, // Emacs's auto-save
		"sales.md~":           true,
		"sales.md.bak":        true,
		"sales.md.BAK":        true,
		"sales.md.orig":       true, // a merge's or a patch's leftover
		"sales.md.rej":        true,
		"x.tmp":               true,
		"4913":                true, // vim's write test
		"~$sheet.docx":        true, // Office's lock file
		"Thumbs.db":           true,
		"desktop.ini":         true,
		"en/drafts/.#a.md":    true, // the last element is what counts
		"sales.md":            false,
		"sales.MD":            false,
		"README":              false,
		"k.txt":               false,
		"c.markdown":          false,
		"#hash.md":            false, // not Emacs's #…#
		"#":                   false,
		"en":                  false,
		".":                   false,
		"drafts":              false,
		"en/.hidden/sales.md": false, // only the last element: the walk skips the folder itself
	} {
		if got := Ignored(name); got != want {
			t.Errorf("Ignored(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestLeftoversAreNotContent: editors' and systems' leftovers in language
// folders, as they are really written, are passed over without a word,
// and never read (so never recorded for the cache): Emacs's lock link to
// nowhere, macOS's binary ._ file, Emacs's auto-save, backups, a hidden
// folder and the files in it.
func TestLeftoversAreNotContent(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("en/a.md", deptA)
	if err := os.Symlink("ana@host.4242:1700000000", filepath.Join(dir, "en", ".#a.md")); err != nil {
		t.Fatal(err)
	}
	write("en/._a.md", "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \xff\xfe")
	write("en/#a.md#", "---\nid: a\nname: [half saved\n")
	write("en/a.md.bak", deptA)
	write("en/a.md.orig", deptA)
	write("en/a.md~", deptA)
	write("en/.a.md.swp", "\x00\xff")
	write("en/.git/HEAD", "ref: refs/heads/main\n")
	write("en/.drafts/b.md", "---\nid: [broken\n---\n")
	write("en/Thumbs.db", "\xff\x00")
	write("zh/a.md", deptAZh)
	write("zh/.#a.md", "")
	write(".#notes/x.md", "not content") // a hidden top-level folder gets no note either

	l, sums := Dir(dir).Recording()
	org, ps := Check(l)
	if org == nil || len(ps) != 0 {
		t.Fatalf("leftovers disturbed the content:\n%s", ps)
	}
	for _, name := range []string{"en/a.md", "zh/a.md"} {
		if _, ok := sums.Sum(name); !ok {
			t.Errorf("%s was not recorded as read", name)
		}
	}
	for _, name := range []string{"en/.#a.md", "en/._a.md", "en/#a.md#", "en/a.md.bak", "en/.drafts/b.md", "zh/.#a.md"} {
		if _, ok := sums.Sum(name); ok {
			t.Errorf("%s was read", name)
		}
	}
}

// TestNotReadNotesGiveFixesThatWork: a file of a language folder that is
// not read is told a rename only when the rename makes it content (or is
// told what content must hold), never to a name that is taken; other
// files are told to live elsewhere. Following a plain "rename it" fix
// makes a file that loads.
func TestNotReadNotesGiveFixesThatWork(t *testing.T) {
	deptB := strings.ReplaceAll(deptA, "id: a\nname: A", "id: b\nname: B")
	const needsFrontMatter = " and start it with front matter (a line ---, then id: and name:, then another line ---); otherwise keep it outside the language folders"
	for _, c := range []struct {
		name, text, fix string
	}{
		{"README", "# Notes\n\nWhat this folder is.\n", "if it is content, rename it to README.md" + needsFrontMatter},
		{"k.txt", "plain notes\n", "if it is content, rename it to k.md" + needsFrontMatter},
		{"b.markdown", "# B\n", "if it is content, rename it to b.md" + needsFrontMatter},
		{"b.markdown", deptB, "to read it, rename it to b.md"},
		{"b.txt", "\ufeff" + deptB, "to read it, rename it to b.md"},
		{"b.md.txt", deptB, "to read it, rename it to b.md"},
		{"a.markdown", deptB, "a.md is already there: if this is content too, give it another name ending in .md; otherwise keep it outside the language folders"},
		{"logo.png", "\x89PNG", "keep it outside the language folders"},
	} {
		_, ps := Check(layer(map[string]string{"en/a.md": deptA, "en/" + c.name: c.text}))
		if len(ps) != 1 || ps[0].Msg != c.name+" is not read: only .md files in a language folder are" || ps[0].Fix != c.fix {
			t.Errorf("%s (%q): want the fix %q, got:\n%s", c.name, c.text, c.fix, ps)
			continue
		}
		if target, ok := strings.CutPrefix(c.fix, "to read it, rename it to "); ok {
			org, ps := Check(layer(map[string]string{"en/a.md": deptA, "en/" + target: c.text}))
			if org == nil || org.Department("b") == nil || len(ps) != 0 {
				t.Errorf("%s renamed to %s as told does not load:\n%s", c.name, target, ps)
			}
		}
	}
}

// TestNameEndingPastMD: "b.md " and "b.md." look like .md files in a
// listing, and are not read; the note names the invisible ending and the
// rename that makes them content (hunt21: it said to keep them outside
// the language folders).
func TestNameEndingPastMD(t *testing.T) {
	deptB := strings.ReplaceAll(deptA, "id: a\nname: A", "id: b\nname: B")
	for _, c := range []struct{ name, msg, fix string }{
		{"b.md ", `"b.md " is not read: its name ends in " " after .md, so it is not a .md file`, "to read it, rename it to b.md"},
		{"b.MD.", `"b.MD." is not read: its name ends in "." after .md, so it is not a .md file`, "to read it, rename it to b.MD"},
		{"a.md ", `"a.md " is not read: its name ends in " " after .md, so it is not a .md file`, "a.md is already there: if this is content too"},
	} {
		_, ps := Check(layer(map[string]string{"en/a.md": deptA, "en/" + c.name: deptB}))
		if len(ps) != 1 || ps[0].Msg != c.msg || !strings.HasPrefix(ps[0].Fix, c.fix) {
			t.Errorf("%q: want %s / %s, got:\n%s", c.name, c.msg, c.fix, ps)
			continue
		}
		if target, ok := strings.CutPrefix(c.fix, "to read it, rename it to "); ok {
			org, ps := Check(layer(map[string]string{"en/a.md": deptA, "en/" + target: deptB}))
			if org == nil || org.Department("b") == nil || len(ps) != 0 {
				t.Errorf("%q renamed to %s as told does not load:\n%s", c.name, target, ps)
			}
		}
	}
}

// A link is not followed to look for front matter: it may lead outside the
// folder, so it is told the rename with what content must hold.
func TestNotReadNoteDoesNotFollowLinks(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en", "a.md"), []byte(deptA), 0o644); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(outside, "b.md")
	if err := os.WriteFile(target, []byte(strings.ReplaceAll(deptA, "id: a", "id: b")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "en", "b.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	_, ps := Check(Dir(dir))
	if len(ps) != 1 || !strings.HasPrefix(ps[0].Fix, "if it is content, rename it to b.md and start it with front matter") {
		t.Errorf("a link to a file outside got:\n%s", ps)
	}
}

// TestSyncConflictCopiesAreNoted: the copy a sync service keeps when two
// edits clashed (same id as its original) is not read, so it stops
// nothing; a note names it, its original and the fix. Following the fix
// (delete the copy) leaves content with no note.
func TestSyncConflictCopiesAreNoted(t *testing.T) {
	for name, want := range map[string]string{
		"sales (Ana's conflicted copy 2026-11-29).md":       "sales.md",
		"sales (conflicted copy 2026-11-29 101500).md":      "sales.md",
		"en/sales.sync-conflict-20261129-101500-ABCDEFG.md": "sales.md",
		"Sales Plan.SYNC-CONFLICT-20261129-101500-X.MD":     "Sales Plan.MD",
		"hr_conflict-20261129-101112.md":                    "hr.md",
		"finance (Kopie in Konflikt 2026-11-29 101112).md":  "finance.md",
		"finance (copie en conflit 2026-11-29).md":          "finance.md",
	} {
		if of, ok := ConflictCopy(name); !ok || of != want {
			t.Errorf("ConflictCopy(%q) = %q, %v; want %q", name, of, ok, want)
		}
	}
	for _, name := range []string{"sales.md", "conflicted copy.md", "(conflicted copy).md", "sync-conflict.md", "notes (copy).md", "x.sync-conflict-1.txt", "conflict-resolution.md", "hr_conflict-notes.md", "conflicts (hr and sales).md", "Disputes (conflict handling).md"} {
		if of, ok := ConflictCopy(name); ok {
			t.Errorf("ConflictCopy(%q) = %q: not a conflict copy", name, of)
		}
	}

	files := map[string]string{
		"en/a.md": deptA,
		"en/a (Ana's conflicted copy 2026-11-29).md":  deptA,
		"en/a.sync-conflict-20261129-101500-ABCDE.md": deptA,
		"zh/a.md": deptAZh,
	}
	org, ps := Check(layer(files))
	if org == nil || len(ps) != 2 {
		t.Fatalf("want the content and two notes, got:\n%s", ps)
	}
	for _, p := range ps {
		if !p.Note || !strings.Contains(p.Msg, "is not read: it looks like the copy a sync service") ||
			!strings.Contains(p.Msg, "a.md") || p.Fix != "merge what differs into a.md, then delete this copy" {
			t.Errorf("unexpected note: %+v", p)
		}
	}
	delete(files, "en/a (Ana's conflicted copy 2026-11-29).md")
	delete(files, "en/a.sync-conflict-20261129-101500-ABCDE.md")
	if org, ps := Check(layer(files)); org == nil || len(ps) != 0 {
		t.Errorf("after the fix:\n%s", ps)
	}
}

// TestYAMLNearMissesAreNoted: sources.yml, source.yaml, Groups.yaml beside
// the language folders, or sources.yaml inside one, are not read; the ids
// they list were reported unknown, told to "list it in sources.yaml",
// which the writer believed done (hunt21). A note names the file and the
// rename or move that makes it read; done, the content loads clean.
func TestYAMLNearMissesAreNoted(t *testing.T) {
	cites := strings.ReplaceAll(deptA, "name: A", "name: A\nsources: [s1]")
	const src = "- id: s1\n  title: One\n"
	for _, c := range []struct{ name, msg, fix, fixed string }{
		{"sources.yml", "sources.yml is not read: dutymap reads the file named sources.yaml", "rename it to sources.yaml", "sources.yaml"},
		{"Source.YAML", "Source.YAML is not read: dutymap reads the file named sources.yaml", "rename it to sources.yaml", "sources.yaml"},
		{"en/sources.yaml", "sources.yaml is not read: only .md files in a language folder are", "move it out of en/, into the content folder beside it, where sources.yaml is read", "sources.yaml"},
	} {
		_, ps := Check(layer(map[string]string{"en/a.md": cites, c.name: src}))
		var found bool
		for _, p := range ps {
			found = found || p.Msg == c.msg && p.Fix == c.fix
		}
		if !found {
			t.Errorf("%s: want the note %q / %q, got:\n%s", c.name, c.msg, c.fix, ps)
		}
		if _, ps := Check(layer(map[string]string{"en/a.md": cites, c.fixed: src})); len(ps) != 0 {
			t.Errorf("%s moved to %s as told does not load clean:\n%s", c.name, c.fixed, ps)
		}
	}
	_, ps := Check(layer(map[string]string{"en/a.md": cites, "sources.yaml": src, "groups.yml": "- id: g\n  name: G\n"}))
	if len(ps) != 1 || ps[0].Msg != "groups.yml is not read: dutymap reads the file named groups.yaml" {
		t.Errorf("groups.yml beside a sources.yaml: got\n%s", ps)
	}
	_, ps = Check(layer(map[string]string{"en/a.md": cites, "sources.yaml": src, "sources.yml": src}))
	if len(ps) != 1 || ps[0].Fix != "move its entries into sources.yaml, then delete it" {
		t.Errorf("sources.yml beside sources.yaml: got\n%s", ps)
	}
	if _, ps := Check(layer(map[string]string{"en/a.md": deptA, "notes.yaml": "x: 1\n", "sourcesx.yaml": "x: 1\n"})); len(ps) != 0 {
		t.Errorf("other YAML files are noted:\n%s", ps)
	}
}

// TestLanguageFolderGivenForContent: the language folder given for the
// content folder (dutymap validate myorg/en) said "no content files
// (expected .md files in a folder named by a language …)", of a folder so
// named and full of them, with a fix about writing files (hunt21). It
// names the mistake and the folder to give; given, that one loads.
func TestLanguageFolderGivenForContent(t *testing.T) {
	org := filepath.Join(t.TempDir(), "myorg")
	if err := os.MkdirAll(filepath.Join(org, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(org, "en", "a.md"), []byte(deptA), 0o644); err != nil {
		t.Fatal(err)
	}
	_, ps := Check(Dir(filepath.Join(org, "en")))
	if len(ps) != 1 || ps[0].Msg != "no content files: this is a language folder (en/) itself, and dutymap reads the folder that holds the language folders" ||
		ps[0].Fix != "give the folder that holds it instead: "+org {
		t.Fatalf("myorg/en given: got\n%s", ps)
	}
	if o, ps := Check(Dir(strings.TrimPrefix(ps[0].Fix, "give the folder that holds it instead: "))); len(ps) != 0 || o.Department("a") == nil {
		t.Errorf("the folder the fix gives does not load:\n%s", ps)
	}
	// A folder without .md files is told to write some, as before.
	if err := os.MkdirAll(filepath.Join(org, "zh"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, ps := Check(Dir(filepath.Join(org, "zh"))); len(ps) != 1 || !strings.HasPrefix(ps[0].Msg, "no content files (expected") {
		t.Errorf("an empty zh/ given: got\n%s", ps)
	}
}
