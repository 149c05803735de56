package content

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/model"
)

// Hostile content: each test feeds one kind of content a careless or
// malicious author could write, and checks it gives a clear problem or
// loads into something safe to display. The comment on each says which
// protection it would catch being removed.

func oneFile(text string) Layer {
	return layer(map[string]string{"en/a.md": text})
}

// A 1 MB duty's line is refused at its line (nothing silently cut): a
// title is drawn whole in every list and breadcrumb. Its text loads as
// the duty's description, whole.
func TestHostileHugeDuty(t *testing.T) {
	huge := strings.Repeat("word ", 200_000)
	_, err := Load(oneFile("---\nid: a\nname: A\n---\n## X {#x}\n- " + huge + "\n"))
	if report := problemsOf(t, err); !strings.Contains(report, "org/en/a.md:6: a duty's line is 977 KB long") {
		t.Fatalf("a 1 MB duty's line: %s", report)
	}
	org, err := Load(oneFile("---\nid: a\nname: A\n---\n## X {#x}\n- Read.\n\n  " + huge + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(org.Node("a/x/1").Body().In(model.En)); got < 999_000 {
		t.Fatalf("the description has %d bytes", got)
	}
}

// Ten thousand levels of nesting: a quote nested 10,000 deep is reported
// (fails without the maxNesting check, and Glamour would never finish
// rendering it), a heading past ###### is reported, and 10,000 nested list lines are
// each a problem, capped so the report stays readable (fails if
// capProblems is removed).
func TestHostileDeepNesting(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\nid: a\nname: A\n---\n")
	b.WriteString(strings.Repeat("> ", 10_000) + "deep quote\n")
	b.WriteString(strings.Repeat("#", 10_000) + " too deep a heading\n")
	b.WriteString("## X {#x}\n- top\n")
	for range 10_000 {
		b.WriteString("  - level\n- \n") // a nested list, then empty duties: one mistake a line
	}
	_, err := Load(oneFile(b.String()))
	ps, ok := err.(Problems)
	if !ok {
		t.Fatalf("want problems, got %v", err)
	}
	if !strings.Contains(ps[0].Msg, "nested 10000 levels deep") || ps[0].Line != 5 {
		t.Fatalf("first problem: %v", ps[0])
	}
	if !strings.Contains(ps[1].Msg, "a heading of 10000 #s") || ps[1].Line != 6 {
		t.Fatalf("second problem: %v", ps[1])
	}
	if !strings.Contains(ps[2].Msg, "nested list") || ps[2].Line != 9 {
		t.Fatalf("third problem: %v", ps[2])
	}
	if len(ps) != maxProblemsPerFile+1 || !strings.Contains(ps[len(ps)-1].Msg, "more problems in this file") {
		t.Fatalf("%d problems; the last: %v", len(ps), ps[len(ps)-1])
	}
}

// 100,000 sibling duties in one section load, numbered in order.
func TestHostileManySiblings(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\nid: a\nname: A\n---\n## X {#x}\n")
	for range 100_000 {
		b.WriteString("- Do one more thing.\n")
	}
	org, err := Load(oneFile(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if n := org.Node("a/x").Duties; n != 100_000 || org.Node("a/x/100000") == nil {
		t.Fatalf("%d duties", n)
	}
}

// Zero-width and right-to-left characters: the bidi overrides that would
// reorder what the terminal shows are removed (fails if clean stops
// removing U+202E); zero-width joiners and marks, harmless, stay.
func TestHostileInvisibleCharacters(t *testing.T) {
	org, err := Load(oneFile("---\nid: a\nname: A\u200b\u202eB\n---\n## X {#x}\n- pay\u2067 \u200fnow\u2069 مرحبا\n"))
	if err != nil {
		t.Fatal(err)
	}
	name := org.Department("a").Title.In(model.En)
	duty := org.Node("a/x/1").Title.In(model.En)
	for _, r := range []rune{'\u202e', '\u2067', '\u2069'} {
		if strings.ContainsRune(name+duty, r) {
			t.Errorf("bidi control %U kept in %q / %q", r, name, duty)
		}
	}
	if !strings.Contains(duty, "مرحبا") {
		t.Errorf("right-to-left text itself was lost: %q", duty)
	}
}

// A folder named like a content file is reported, not skipped silently.
func TestHostileFileIsADirectory(t *testing.T) {
	fsys := fstest.MapFS{
		"en/a.md":         &fstest.MapFile{Data: []byte("---\nid: a\nname: A\n---\n")},
		"en/b.md/keep.md": &fstest.MapFile{Data: []byte("---\nid: b\nname: B\n---\n")},
	}
	_, err := Load(Layer{Name: "t", FS: fsys, Root: "org"})
	if err == nil || !strings.Contains(err.Error(), "org/en/b.md: is a folder, not a file") {
		t.Fatalf("got %v", err)
	}
}

// unreadableFS fails to open one file, as a file without read permission
// does (tests run as root in CI, where chmod 000 does not stop reading).
type unreadableFS struct {
	fs.FS
	name string
}

func (u unreadableFS) Open(name string) (fs.File, error) {
	if name == u.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return u.FS.Open(name)
}

func TestHostileUnreadableFile(t *testing.T) {
	fsys := fstest.MapFS{
		"en/a.md": &fstest.MapFile{Data: []byte("---\nid: a\nname: A\n---\n")},
		"en/b.md": &fstest.MapFile{Data: []byte("---\nid: b\nname: B\n---\n")},
	}
	_, err := Load(Layer{Name: "t", FS: unreadableFS{fsys, "en/b.md"}, Root: "org"})
	if err == nil || !strings.Contains(err.Error(), "org/en/b.md: cannot read: permission denied") {
		t.Fatalf("got %v", err)
	}
}

// A symlink that points at itself gives a problem, not a hang.
func TestHostileSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en", "a.md"), []byte("---\nid: a\nname: A\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "en", "loop.md")
	if err := os.Symlink(loop, loop); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	// A folder link back to the root must not be followed round and round.
	if err := os.Symlink(dir, filepath.Join(dir, "en", "again")); err != nil {
		t.Fatal(err)
	}
	_, err := Load(Dir(dir))
	var ps Problems
	if !errors.As(err, &ps) || !strings.Contains(err.Error(), "loop.md: cannot read") {
		t.Fatalf("got %v", err)
	}
	if len(ps) != 1 {
		t.Fatalf("want only the loop reported, got:\n%v", err)
	}
}

// TestHostileFolderNameQuoted: a --content folder whose name holds control
// characters is named in its problem as it is, quoted, not with them
// silently dropped (tryout N11: /tmp/\e[2Jnope was reported as /tmp/nope).
func TestHostileFolderNameQuoted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "\x1b[2Jnope")
	_, ps := Check(Dir(dir))
	if len(ps) != 1 || !strings.Contains(ps[0].File, `\e[2Jnope'`) || strings.ContainsRune(ps[0].File, 0x1b) {
		t.Fatalf("the folder is not named as it is: %q", ps)
	}
}

// A quote that goes on deepening line after line is one problem, at its
// first line; a second deep quote after other text is another (hostile12
// #10: 3,000 lines of it were 2,993 problems).
func TestDeepQuoteIsOneProblem(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\nid: a\nname: A\n---\n\n## S {#s}\n\n")
	for i := 1; i <= 300; i++ {
		b.WriteString(strings.Repeat(">", i) + " l\n")
	}
	b.WriteString("\nplain text\n\n" + strings.Repeat(">", 9) + " again\n")
	_, ps := Check(Layer{Name: "o", Root: "o", FS: fstest.MapFS{"en/a.md": {Data: []byte(b.String())}}})
	var deep []string
	for _, p := range ps {
		if strings.Contains(p.Msg, "levels deep") {
			deep = append(deep, fmt.Sprintf("%d: %s", p.Line, p.Msg))
		}
	}
	if want := []string{"14: text nested 7 levels deep", "311: text nested 9 levels deep"}; !slices.Equal(deep, want) {
		t.Errorf("problems %q, want %q", deep, want)
	}
}
