package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
)

// TestSearchUsesTheCache: the first search of a folder writes a cache file
// in the user's cache folder, the next reads it and prints the same lines;
// a change to a content file shows at once; --no-cache neither reads nor
// writes it; `dutymap cache` lists it and `cache clear` removes it.
func TestSearchUsesTheCache(t *testing.T) {
	dir := searchOrg(t)
	xdg := t.TempDir()
	env := map[string]string{"XDG_CACHE_HOME": xdg}
	search := func(flags ...string) result {
		args := append([]string{"--builtin=false", "--content", dir}, flags...)
		return invocation{args: append(args, "search", "set", "prices"), env: env}.run(t).ok(t)
	}
	cacheDir := filepath.Join(xdg, "dutymap")
	files := func() []string {
		m, _ := filepath.Glob(filepath.Join(cacheDir, "*"))
		return m
	}

	uncached := search("--no-cache")
	if len(files()) != 0 {
		t.Fatalf("--no-cache wrote %v", files())
	}
	first := search()
	if len(files()) != 1 || !strings.HasSuffix(files()[0], ".dmc") {
		t.Fatalf("after a search the cache folder holds %v", files())
	}
	written, _ := os.Stat(files()[0])
	second := search()
	again, _ := os.Stat(files()[0])
	if first.out != uncached.out || second.out != uncached.out {
		t.Fatalf("cached searches differ:\nno cache:\n%s\nfirst:\n%s\nsecond:\n%s", uncached.out, first.out, second.out)
	}
	if !again.ModTime().Equal(written.ModTime()) {
		t.Fatal("a search with a current cache wrote it again")
	}

	f := filepath.Join(dir, "en", "marketing.md")
	data, _ := os.ReadFile(f)
	os.WriteFile(f, []byte(strings.Replace(string(data), "Set product prices.", "Set product prices and discounts.", 1)), 0o644)
	if r := search(); !strings.Contains(r.out, "Set product prices and discounts.") {
		t.Fatalf("a changed file did not show:\n%s", r.out)
	}

	list := invocation{args: []string{"cache"}, env: env}.run(t).ok(t)
	abs, _ := filepath.Abs(dir)
	mustContain(t, list.out, "cache folder: "+cacheDir, abs, "in 1 file")
	cleared := invocation{args: []string{"cache", "clear"}, env: env}.run(t).ok(t)
	mustContain(t, cleared.out, "removed ")
	if len(files()) != 0 {
		t.Fatalf("cache clear left %v", files())
	}
	mustContain(t, invocation{args: []string{"cache"}, env: env}.run(t).ok(t).out, "nothing cached")
	invocation{args: []string{"cache", "purge"}, env: env}.run(t).fails(t, 2)
}

// TestCorruptCacheIsRebuilt: a cache file damaged on disk is read as
// absent: the search answers from the files and rewrites it.
func TestCorruptCacheIsRebuilt(t *testing.T) {
	dir := searchOrg(t)
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir()}
	args := []string{"--builtin=false", "--content", dir, "search", "prices"}
	want := invocation{args: args, env: env}.run(t).ok(t).out
	m, _ := filepath.Glob(filepath.Join(env["XDG_CACHE_HOME"], "dutymap", "*.dmc"))
	if len(m) != 1 {
		t.Fatalf("cache files: %v", m)
	}
	data, _ := os.ReadFile(m[0])
	for i := 100; i < len(data); i += len(data) / 7 {
		data[i] ^= 0x5A
	}
	os.WriteFile(m[0], data, 0o600)
	if got := (invocation{args: args, env: env}).run(t).ok(t).out; got != want {
		t.Fatalf("after corruption:\n%s\nwant:\n%s", got, want)
	}
	fixed, _ := os.ReadFile(m[0])
	if string(fixed) == string(data) {
		t.Fatal("the corrupt cache file was not rewritten")
	}
}

// TestCacheListPrunesRemovedFolders: `dutymap cache` removes the files of
// folders that no longer exist, says so, and lists the rest by folder.
func TestCacheListPrunesRemovedFolders(t *testing.T) {
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir()}
	kept, gone := searchOrg(t), searchOrg(t)
	for _, dir := range []string{kept, gone} {
		invocation{args: []string{"--builtin=false", "--content", dir, "search", "prices"}, env: env}.run(t).ok(t)
	}
	os.RemoveAll(gone)
	list := invocation{args: []string{"cache"}, env: env}.run(t).ok(t)
	abs, _ := filepath.Abs(kept)
	mustContain(t, list.out, "removed 1 file of folders that no longer exist", abs, "in 1 file;")
	if strings.Contains(list.out, gone) {
		t.Errorf("the removed folder is still listed:\n%s", list.out)
	}
	again := invocation{args: []string{"cache"}, env: env}.run(t).ok(t)
	if strings.Contains(again.out, "removed") {
		t.Errorf("a second listing removed something:\n%s", again.out)
	}
}

// TestCacheListQuotesFolderNames: a folder whose name holds a newline and
// an ESC is listed on one row, quoted as $'…' with both escapes shown, as
// every other message names it (the ESC is not silently dropped).
func TestCacheListQuotesFolderNames(t *testing.T) {
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir()}
	parent := t.TempDir()
	dir := filepath.Join(parent, "x\x1b[2J\ny")
	if err := os.Rename(searchOrg(t), dir); err != nil {
		t.Skipf("this file system takes no such name: %v", err)
	}
	invocation{args: []string{"--builtin=false", "--content", dir, "search", "prices"}, env: env}.run(t).ok(t)
	list := invocation{args: []string{"cache"}, env: env}.run(t).ok(t)
	abs, _ := filepath.Abs(parent)
	want := "$'" + abs + `/x\e[2J\ny'`
	mustContain(t, list.out, want)
	for _, line := range strings.Split(list.out, "\n") {
		if line == "y'" || line == "y" || strings.HasPrefix(line, "y ") {
			t.Errorf("the folder's newline split its row:\n%s", list.out)
		}
	}
}

// TestCacheDamagedWhereSearchReadsIsRebuilt: the search index of a cache
// file is checked block by block as a search reads it. A search that
// finds a damaged block on the way answers from the files instead, as if
// the cache were absent (the same lines, on standard output only), and
// rewrites the file. Bytes across the index are damaged, one at a time.
func TestCacheDamagedWhereSearchReadsIsRebuilt(t *testing.T) {
	dir := t.TempDir()
	if err := synth.WriteDir(dir, 1500, 1); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir()}
	queries := [][]string{{"set", "prices"}, {"--json", "dingjia"}, {"--owners", "recruitment"},
		{"--limit", "0", "prices"}, {"--limit", "0", "--json", "--owners", "zhaopin"}}
	run := func(q []string) result {
		args := append([]string{"--builtin=false", "--content", dir, "search"}, q...)
		return invocation{args: args, env: env}.run(t)
	}
	var want []result
	for _, q := range queries {
		want = append(want, run(q))
	}
	m, _ := filepath.Glob(filepath.Join(env["XDG_CACHE_HOME"], "dutymap", "*.dmc"))
	if len(m) != 1 {
		t.Fatalf("cache files: %v", m)
	}
	good, _ := os.ReadFile(m[0])
	// The index is the last part of the file, most of it.
	rewritten := 0
	for at := len(good) / 3; at < len(good)-64; at += len(good) / 40 {
		bad := append([]byte(nil), good...)
		bad[at] ^= 0x5A
		os.WriteFile(m[0], bad, 0o600)
		for i, q := range queries {
			if got := run(q); got.out != want[i].out || got.err != want[i].err || got.code != want[i].code {
				t.Fatalf("byte %d damaged, search %q: exit %d\n%s%s\nwant exit %d\n%s%s", at, q, got.code, got.out, got.err, want[i].code, want[i].out, want[i].err)
			}
			if now, _ := os.ReadFile(m[0]); !bytes.Equal(now, bad) {
				rewritten++
				os.WriteFile(m[0], bad, 0o600)
			}
		}
	}
	if rewritten == 0 {
		t.Fatal("no damage was found")
	}
}

// $XDG_CACHE_HOME set to a file: listing and clearing say that the cache
// folder is not one, with a fix (listing used to say it "cannot remove a
// cache file", and nothing was being removed; hostile14 #11).
func TestCacheFolderThatIsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "cfile")
	writeFile(t, file, "x")
	env := map[string]string{"XDG_CACHE_HOME": file}
	for _, args := range [][]string{{"cache"}, {"cache", "clear"}} {
		r := invocation{args: args, env: env}.run(t).fails(t, 1)
		want := "dutymap " + strings.Join(args, " ") + ": the cache folder " + filepath.Join(file, "dutymap") + " is not a folder: it, or a folder above it, is a file\n" +
			"  fix: set $XDG_CACHE_HOME to a folder (or unset it to use ~/.cache), or move the file away\n"
		if r.err != want {
			t.Errorf("%q: stderr:\n%s\nwant:\n%s", args, r.err, want)
		}
	}
}
