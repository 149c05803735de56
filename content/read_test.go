package content

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dutymap/dutymap/internal/memlimit"
)

// Reading is bounded: only regular files, at most maxFileSize bytes read,
// nothing outside the content folder. Each test below names the protection
// it guards; without it the case hangs, exhausts memory or reads what the
// user never put in the folder.

const validDoc = "---\nid: a\nname: A\n---\n## S {#s}\n- d\n"

// folder writes files (name → text) under a new folder and returns it.
func folder(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

// loadProblems loads dir and returns its report, failing if it loaded.
func loadProblems(t *testing.T, dir string) string {
	t.Helper()
	_, err := Load(Dir(dir))
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v", err)
	}
	return err.Error()
}

func mustHave(t *testing.T, report string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(report, w) {
			t.Errorf("report lacks %q:\n%s", w, report)
		}
	}
}

// A symbolic link to /dev/zero (resources/devzero-content) is refused as
// a link out of the folder, before anything is read: it used to be read
// until memory ran out, as Stat says a device holds 0 bytes.
func TestReadRefusesLinkOutOfFolder(t *testing.T) {
	outside := folder(t, map[string]string{"secret.md": validDoc})
	dir := folder(t, map[string]string{"src/en/a.md": validDoc})
	symlink(t, "/dev/zero", filepath.Join(dir, "src", "sources.yaml"))
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	symlink(t, "/dev/zero", filepath.Join(dir, "en", "zero.md"))
	symlink(t, filepath.Join(outside, "secret.md"), filepath.Join(dir, "en", "secret.md"))
	symlink(t, "../../../"+filepath.Base(outside)+"/secret.md", filepath.Join(dir, "en", "relative.md"))
	mustHave(t, loadProblems(t, dir),
		"en/zero.md: is a symbolic link to /dev/zero, outside the content folder",
		"en/secret.md: is a symbolic link to "+filepath.Join(realPath(t, outside), "secret.md"),
		"en/relative.md: is a symbolic link to",
		"fix: copy the file into the folder")
	mustHave(t, loadProblems(t, filepath.Join(dir, "src")), "sources.yaml: is a symbolic link to /dev/zero")
}

func realPath(t *testing.T, p string) string {
	t.Helper()
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A language folder linked out of the content folder is not walked: en
// pointing at / would otherwise list the whole disk.
func TestReadRefusesLanguageFolderOutside(t *testing.T) {
	outside := folder(t, map[string]string{"a.md": validDoc})
	dir := t.TempDir()
	symlink(t, outside, filepath.Join(dir, "en"))
	mustHave(t, loadProblems(t, dir), "/en: is a symbolic link to "+realPath(t, outside)+", outside the content folder")
}

// Links that stay inside the folder are followed, as are folders given
// through a link: only leaving the folder is refused.
func TestReadFollowsLinksInside(t *testing.T) {
	dir := folder(t, map[string]string{"shared/a.md": validDoc, "shared/sources.yaml": ""})
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	symlink(t, "../shared/a.md", filepath.Join(dir, "en", "a.md"))
	symlink(t, "shared/sources.yaml", filepath.Join(dir, "sources.yaml"))
	via := filepath.Join(t.TempDir(), "org")
	symlink(t, dir, via)
	org, err := Load(Dir(via))
	if err != nil {
		t.Fatal(err)
	}
	if org.Department("a") == nil {
		t.Fatal("the linked file was not read")
	}
}

// A dangling link says where it points.
func TestReadReportsDanglingLink(t *testing.T) {
	dir := folder(t, map[string]string{"en/a.md": validDoc})
	symlink(t, "gone.md", filepath.Join(dir, "en", "b.md"))
	mustHave(t, loadProblems(t, dir), "en/b.md: is a symbolic link to gone.md, which does not exist")
}

// endless is a file system whose one file says it is a regular file of 0
// bytes and never ends, as /dev/zero does behind a Stat that reports 0.
type endless struct{}

func (endless) Open(name string) (fs.File, error) {
	if name != "en/a.md" {
		return fstest.MapFS{"en/a.md": {}}.Open(name)
	}
	return endlessFile{}, nil
}

type endlessFile struct{}

func (endlessFile) Stat() (fs.FileInfo, error) { return zeroInfo{}, nil }
func (endlessFile) Close() error               { return nil }
func (endlessFile) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

type zeroInfo struct{}

func (zeroInfo) Name() string       { return "a.md" }
func (zeroInfo) Size() int64        { return 0 }
func (zeroInfo) Mode() fs.FileMode  { return 0o444 }
func (zeroInfo) ModTime() time.Time { return time.Time{} }
func (zeroInfo) IsDir() bool        { return false }
func (zeroInfo) Sys() any           { return nil }

// The size cap holds while reading, whatever Stat says: the file is cut
// off after maxFileSize+1 bytes and reported (without the LimitReader the
// test runs out of memory).
func TestReadCapsSizeWhileReading(t *testing.T) {
	_, err := Load(Layer{Name: "t", FS: endless{}, Root: "org"})
	if err == nil || !strings.Contains(err.Error(), "org/en/a.md: is larger than 16 MB") {
		t.Fatalf("got %v", err)
	}
}

// A file too large is a problem of KindFileTooLarge: import matches the
// kind, not the wording, to say it in a sheet's terms ("the content file
// … this sheet makes").
func TestFileTooLargeHasItsKind(t *testing.T) {
	_, ps := Check(Layer{Name: "t", FS: endless{}, Root: "org"})
	for _, p := range ps {
		if strings.Contains(p.Msg, "is larger than 16 MB") {
			if p.Kind != KindFileTooLarge {
				t.Errorf("%s: kind %d, want KindFileTooLarge", p, p.Kind)
			}
			return
		}
	}
	t.Fatalf("no problem says the file is too large:\n%s", ps)
}

// Stat's size, when it is right, refuses a huge file without reading it.
func TestReadRefusesLargeFileBeforeReading(t *testing.T) {
	dir := folder(t, map[string]string{"en/a.md": validDoc})
	f, err := os.OpenFile(filepath.Join(dir, "en", "b.md"), os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: 17 MB that take no room on disk.
	if err := f.Truncate(maxFileSize + 1<<20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	mustHave(t, loadProblems(t, dir), "en/b.md: is larger than 16 MB", "fix: split it into several files")
}

type modeInfo struct {
	zeroInfo
	mode fs.FileMode
}

func (m modeInfo) Mode() fs.FileMode { return m.mode }

// Every kind of file that is not a regular file is named in the report.
func TestRegularNamesTheKind(t *testing.T) {
	for mode, want := range map[fs.FileMode]string{
		fs.ModeNamedPipe:                  "a named pipe (FIFO)",
		fs.ModeSocket:                     "a socket",
		fs.ModeDevice | fs.ModeCharDevice: "a character device",
		fs.ModeDevice:                     "a device",
		fs.ModeDir:                        "a folder",
		fs.ModeIrregular:                  "not a regular file",
	} {
		err := regular(modeInfo{mode: mode})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%v: got %v, want %q", mode, err, want)
		}
	}
	if err := regular(modeInfo{mode: 0o644}); err != nil {
		t.Errorf("a regular file refused: %v", err)
	}
}

// The content as a whole is bounded too: files of 16 MB each would
// otherwise allow any amount. Sparse files give the sizes without the disk.
// Nothing is read (the report comes before parsing), so the test is quick.
func TestTotalSizeIsBounded(t *testing.T) {
	dir := folder(t, map[string]string{"en/a.md": validDoc})
	for i := range maxTotalSize/maxFileSize + 1 {
		p := filepath.Join(dir, "en", "big"+strings.Repeat("x", i%3)+string(rune('a'+i%26))+string(rune('a'+i/26))+".md")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(maxFileSize); err != nil {
			t.Skipf("no sparse files here: %v", err)
		}
		f.Close()
	}
	report := loadProblems(t, dir)
	mustHave(t, report, "the content is too large", "at most 100000 files and 512 MB in all", "MB)", "load fewer folders")
	if strings.Contains(report, "big") {
		t.Errorf("files were read although the whole was refused:\n%s", report)
	}
}

// A folder of more files than dutymap reads stops the walk and says so.
func TestFileCountIsBounded(t *testing.T) {
	defer func(n int) { maxFiles = n }(maxFiles)
	maxFiles = 50
	dir := folder(t, map[string]string{"en/a.md": validDoc})
	for i := range maxFiles {
		if err := os.WriteFile(filepath.Join(dir, "en", "f"+strconv.Itoa(i)+".md"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustHave(t, loadProblems(t, dir), "the content is too large", "at most 50 files", "found more than 50 files")

	// The fix: move what is not content out of the language folder.
	for i := range maxFiles {
		if err := os.Remove(filepath.Join(dir, "en", "f"+strconv.Itoa(i)+".md")); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Load(Dir(dir)); err != nil {
		t.Fatalf("after the fix: %v", err)
	}
}

// Under a memory bound (memlimit: ulimit -v, ulimit -d, a cgroup), content
// that would keep more live than the bound lets the heap hold is refused
// before any file is read, naming the limit and how to raise it; content
// that fits loads.
func TestMemoryBoundRefusesBeforeReading(t *testing.T) {
	defer func(f func() memlimit.Bound) { memoryBound = f }(memoryBound)
	dir := folder(t, map[string]string{"en/a.md": validDoc})
	need := loadNeed(int64(len(validDoc)), 1)
	memoryBound = func() memlimit.Bound {
		return memlimit.Bound{Soft: need / 2, Most: need - 1, From: "ulimit -v 2000000 (kB of address space)", Raise: "ulimit -v unlimited"}
	}
	mustHave(t, loadProblems(t, dir), "the content is too large for the memory this process may use: loading 1 files, 1 MB takes about 25 MB, and ulimit -v 2000000 (kB of address space) leaves about 25 MB",
		"fix: raise the limit (ulimit -v unlimited), or load fewer folders at once")

	memoryBound = func() memlimit.Bound { return memlimit.Bound{Soft: need / 2, Most: need} }
	if _, err := Load(Dir(dir)); err != nil {
		t.Fatalf("content that fits: %v", err)
	}
}

// Lines are bounded across every file and layer, since bytes alone do not
// bound memory (ten million one-letter duties in 41 MB ran out of 4 GB):
// one problem says so, whichever file passes the bound, and the fix works.
func TestLineCountIsBounded(t *testing.T) {
	defer func(n int64) { maxLines = n }(maxLines)
	maxLines = 400
	files := map[string]string{"en/a.md": validDoc}
	for i := range 8 {
		files["en/f"+strconv.Itoa(i)+".md"] = "---\nid: f" + strconv.Itoa(i) + "\nname: F" + strconv.Itoa(i) + "\n---\n\n## Work {#work}\n\n" + strings.Repeat("- a\n", 60)
	}
	dir := folder(t, files)
	report := loadProblems(t, dir)
	mustHave(t, report, "the content is too large: dutymap reads at most 400 lines of content files in all", "split the organisation")
	if n := strings.Count(report, "too large"); n != 1 {
		t.Errorf("%d problems about the size, want one:\n%s", n, report)
	}

	// The fix: fewer lines, here half of the files moved out.
	for i := range 4 {
		if err := os.Remove(filepath.Join(dir, "en", "f"+strconv.Itoa(i)+".md")); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Load(Dir(dir)); err != nil {
		t.Fatalf("after the fix: %v", err)
	}
}
