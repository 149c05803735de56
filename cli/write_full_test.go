package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// fullDiskAfter makes the (n+1)th file writeFolder writes fail as a full
// disk does, for the rest of the test.
func fullDiskAfter(t *testing.T, n int) {
	t.Helper()
	was := writeData
	t.Cleanup(func() { writeData = was })
	writes := 0
	writeData = func(f *os.File, data []byte) error {
		writes++
		if writes > n {
			// Part of it fits, as on a real disk.
			f.Write(data[:len(data)/2])
			return &fs.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
		}
		return was(f, data)
	}
}

// listTree is every path below dir, with each file's bytes.
func listTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	tree := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		data := ""
		if !d.IsDir() {
			b, _ := os.ReadFile(p)
			data = string(b)
		}
		tree[p] = data
		return nil
	})
	return tree
}

// TestAFullDiskLeavesTheFolderAsItWas: import and init write a folder all
// or nothing. With --force on a disk that fills up, import had cut the
// user's own en/sales.md to the part of the new one that fit (its edits
// lost), left the files before it replaced and said to check the
// permissions; init left half a folder that the next init refused as not
// empty. Now the folder is as it was (a new one is not left behind), no
// temporary file stays, and the message names the full disk, with a fix
// that can work.
func TestAFullDiskLeavesTheFolderAsItWas(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "org.csv")
	writeFile(t, sheet, "Department,Section,Duty\nSales,Field,Sell\nFinance,Books,Keep the books\nPlanning,Plans,Plan\n")
	org := filepath.Join(dir, "org")
	run(t, "import", sheet, "--out", org).ok(t)
	own := filepath.Join(org, "en", "sales.md")
	data, err := os.ReadFile(own)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, own, string(data)+"- My own edit.\n")
	os.Chmod(own, 0o600)
	writeFile(t, sheet, "Department,Section,Duty\nSales,Field,Sell more\nFinance,Books,Keep the books\nPlanning,Plans,Plan\nAudit,Checks,Check\n")
	before := listTree(t, org)

	for _, failAt := range []int{0, 1, 3} {
		fullDiskAfter(t, failAt)
		r := run(t, "import", sheet, "--out", org, "--force").fails(t, 1)
		mustContain(t, r.err, "no space left on device; nothing was written", "fix: free some space on that disk")
		if after := listTree(t, org); !mapsEqual(before, after) {
			t.Errorf("failing at write %d, the folder changed:\nbefore %q\nafter  %q", failAt+1, keys(before), keys(after))
		}
		fresh := filepath.Join(dir, "fresh")
		r = run(t, "init", fresh).fails(t, 1)
		mustContain(t, r.err, "no space left on device; nothing was written", "fix: free some space on that disk")
		if _, err := os.Lstat(fresh); err == nil {
			t.Errorf("failing at write %d, init left %s behind: %q", failAt+1, fresh, keys(listTree(t, fresh)))
		}
	}

	// The same import with room: written, and the file keeps its mode.
	writeData = func(f *os.File, data []byte) error { _, err := f.Write(data); return err }
	run(t, "import", sheet, "--out", org, "--force").ok(t)
	if info, err := os.Stat(own); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("en/sales.md after --force: %v, %v; want mode 0600 kept", info.Mode(), err)
	}
	if _, err := os.Stat(filepath.Join(org, "en", "audit.md")); err != nil {
		t.Error(err)
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
