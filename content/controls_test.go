package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// report is every problem and note Check gives, as validate prints them.
func report(ps Problems) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Control characters in a content file (ESC sequences, BEL, C1, bidi
// overrides) load without them, as before, and validate now says where
// they are, with the code points: in the body, in sources.yaml, and
// decoded from a YAML escape in the front matter (fails without
// noteControls or cleanDecoded: the content loads with no word).
func TestControlCharactersAreNoted(t *testing.T) {
	const e = "\x1b"
	org, ps := Check(layer(map[string]string{
		"en/a.md":      "---\nid: a\nname: \"Sales\\e]0;T\\a\"\nsources: [s1]\ntraits:\n  objective: \"Win\\x9b2J\"\n---\n## Field" + e + "[2J {#field}\n- Visit " + e + "]8;;http://e/" + e + "\\customers" + e + "]8;;" + e + "\\.\n- Mgr\u202e\n",
		"sources.yaml": "- id: s1\n  title: One\u0085\n",
	}))
	want := `org/en/a.md:3: note: the name: value holds control characters (U+001B ESC, U+0007 BEL), which are not text; dutymap reads it without them and the escape sequences they start
  delete the escapes (\e, \x…, \u…) that stand for them from the name: value
org/en/a.md:6: note: the objective: value holds control characters (U+009B CSI), which are not text; dutymap reads it without them
  delete the escapes (\e, \x…, \u…) that stand for them from the objective: value
org/en/a.md:8: note: the line holds control characters (U+001B ESC), which are not text; dutymap reads it without them and the escape sequences they start
  delete them: they are not text, and a terminal showing the file (cat, less -R, git diff) would act on them
org/en/a.md:9: note: the line holds control characters (U+001B ESC), which are not text; dutymap reads it without them and the escape sequences they start
  delete them: they are not text, and a terminal showing the file (cat, less -R, git diff) would act on them
org/en/a.md:10: note: the line holds control characters (U+202E RLO), which are not text; dutymap reads it without them
  delete them: they are not text, and a terminal showing the file (cat, less -R, git diff) would act on them
org/sources.yaml:2: note: the line holds control characters (U+0085), which are not text; dutymap reads it without them
  delete them: they are not text, and a terminal showing the file (cat, less -R, git diff) would act on them`
	if got := report(ps); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if org == nil {
		t.Fatal("the content does not load")
	}
	if got := org.Node("a/field/1").Title.In(model.En); got != "Visit customers." {
		t.Errorf("the duty reads %q", got)
	}
}

// A file with control characters on many lines gets a note for the first
// few and a count.
func TestControlCharacterNotesAreCapped(t *testing.T) {
	body := strings.Repeat("- a\a\n", 8)
	_, ps := Check(layer(map[string]string{"en/a.md": fmA + "## S {#s}\n" + body}))
	if len(ps) != maxControlNotes+1 || ps[len(ps)-1].String() != "org/en/a.md:11: note: this line and 2 more after it hold control characters too\n  "+controlsFix {
		t.Errorf("%d notes:\n%s", len(ps), report(ps))
	}
}

// Two departments, or two sections of one parent, whose names look the
// same in every list (equal once what shows nothing is left out) get a
// note quoting the hidden character (fails without noteLookalikes).
func TestLookalikeNamesAreNoted(t *testing.T) {
	_, ps := Check(layer(map[string]string{
		"en/a.md": "---\nid: a\nname: Sales\n---\n## S {#s}\n- d\n## S\u200b {#t}\n- e\n",
		"en/b.md": "---\nid: b\nname: \"Sa\\u200bles\"\n---\n",
		"en/c.md": "---\nid: c\nname: Marketing\n---\n## S {#s}\n- d\n", // another parent's S
	}))
	want := `org/en/a.md:7: note: the section "S\u200b" (id t) shows the same name as s (org/en/a.md:5)
  give them names that differ in letters you can see, or merge the two
org/en/b.md:1: note: the department "Sa\u200bles" (id b) shows the same name as a (org/en/a.md:1)
  give them names that differ in letters you can see, or merge the two`
	if got := report(ps); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A file whose lines end in a carriage return alone (classic Mac OS)
// loads as its editor shows it; it was "the file has no front matter",
// whose fix it already followed (hostile12 #9).
func TestCROnlyLineEnds(t *testing.T) {
	org, ps := Check(layer(map[string]string{"en/a.md": strings.ReplaceAll(okEn, "\n", "\r")}))
	if org == nil || len(ps) > 0 {
		t.Fatalf("problems:\n%s", report(ps))
	}
	if got := org.Node("a/s/1").Title.In(model.En); got != "Work." {
		t.Errorf("the duty reads %q", got)
	}
}

// A link in a language folder to a folder, or one that leads nowhere,
// is not offered a rename to .md, which could not help (hostile12 #9).
func TestLinksInALanguageFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en", "a.md"), []byte(okEn), 0o644); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"up": "..", "self": "self"} {
		if err := os.Symlink(target, filepath.Join(dir, "en", link)); err != nil {
			t.Skip(err)
		}
	}
	_, ps := Check(Dir(dir))
	want := strings.ReplaceAll(`DIR/en/self: note: self is a symbolic link that leads nowhere (to itself, in a loop, or to nothing) and is not read
  remove the link, or point it at a file
DIR/en/up: note: up is a symbolic link to a folder, which dutymap does not follow
  move the folder's .md files into the language folder, or give that folder as a content folder of its own (another --content)`, "DIR", dir)
	if got := report(ps); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A right-to-left mark and tag characters (invisible ASCII) in a content
// file passed to every output and validate said nothing (hostile16 #6):
// they load without them, with a note naming them; an emoji flag keeps
// its tags.
func TestBidiMarksAndTagCharactersAreNoted(t *testing.T) {
	const flag = "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"
	org, ps := Check(layer(map[string]string{
		"en/a.md": "---\nid: a\nname: \"Dept x\\u200fy\\U000E0041\"\n---\n## S {#s}\n- Duty\u200f one\U000E0042.\n- Duty " + flag + ".\n",
	}))
	want := `org/en/a.md:3: note: the name: value holds control characters (U+200F RLM, U+E0041), which are not text; dutymap reads it without them
  delete the escapes (\e, \x…, \u…) that stand for them from the name: value
org/en/a.md:6: note: the line holds control characters (U+200F RLM, U+E0042), which are not text; dutymap reads it without them
  delete them: they are not text, and a terminal showing the file (cat, less -R, git diff) would act on them`
	if got := report(ps); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if org == nil {
		t.Fatal("the content does not load")
	}
	for path, want := range map[string]string{"a": "Dept xy", "a/s/1": "Duty one.", "a/s/2": "Duty " + flag + "."} {
		if got := org.Node(path).Title.In(model.En); got != want {
			t.Errorf("%s reads %q, want %q", path, got, want)
		}
	}
}
