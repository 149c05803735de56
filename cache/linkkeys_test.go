package cache

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/ownership"
)

// TestCheckNamesLinkKeysAsWrittenFromTheCache (tryout26 U9 over a cached
// folder): a dangling hand-off is named by the key its line writes, in
// either language and in either language's file, whether the organisation
// was read from the files (a cold cache) or from the cache file (a warm
// one): a Chinese file writing To: is named To:, not 接收方：, and an English
// file writing 提供方： is named 提供方：, not From:.
func TestCheckNamesLinkKeysAsWrittenFromTheCache(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\n- Keep the ledgers balanced.\n",
		"zh/a.md": "---\nid: a\nname: 甲\n---\n## 乙 {#s}\n- 记账。\n",
		"en/b.md": "---\nid: b\nname: B\n---\n## S {#s}\n- Load the delivery vans.\n",
		"zh/b.md": "---\nid: b\nname: 乙\n---\n## 丙 {#s}\n- 装车。\n",
		// One relation written in English only, one in Chinese only, each
		// with a line in its file's key and one in the other language's.
		"en/r.md": "---\nid: r\nkind: relation\nname: R\nfrom: a\nto: b\n---\n## P {#p}\n- The plan.\n  From: a/s/9\n- The list.\n  接收方：b/s/9\n",
		"zh/q.md": "---\nid: q\nkind: relation\nname: 甲交乙\nfrom: a\nto: b\n---\n## 计划 {#p}\n- 计划。\n  提供方：a/s/8\n- 清单。\n  To: b/s/8\n",
	} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]bool{
		`r.md:10: From: "a/s/9" names nothing`: true,
		`r.md:12: 接收方："b/s/9" names nothing`:   true,
		`q.md:10: 提供方："a/s/8" names nothing`:   true,
		`q.md:12: To: "b/s/8" names nothing`:   true,
		`r.md:10: 提供方："a/s/9" names nothing`:   false,
		`r.md:12: To: "b/s/9" names nothing`:   false,
		`q.md:10: From: "a/s/8" names nothing`: false,
		`q.md:12: 接收方："b/s/8" names nothing`:   false,
	}
	dangling := func(org *model.Org) []string {
		var out []string
		for _, f := range ownership.Run(org, ownership.Options{Checks: []ownership.Check{ownership.DanglingHandOff}}).Findings {
			out = append(out, fmt.Sprintf("%s:%d: %s", filepath.Base(f.File), f.Line, f.Msg))
		}
		return out
	}
	s := store(t)
	layer := content.Dir(dir)
	cold := open(t, s, layer)
	wantStatus(t, cold, Miss, "")
	if err := cold.Save(); err != nil {
		t.Fatal(err)
	}
	warm := open(t, s, layer)
	wantStatus(t, warm, Hit, "")
	fromFiles, fromCache := dangling(cold.Org), dangling(warm.Org)
	for _, got := range [][]string{fromFiles, fromCache} {
		for line, ok := range want {
			if slices.Contains(got, line) != ok {
				t.Errorf("finding %q listed: %v, want %v; findings:\n%q", line, !ok, ok, got)
			}
		}
	}
	if !slices.Equal(fromFiles, fromCache) {
		t.Errorf("check of a cold cache:\n%q\nof a warm one:\n%q", fromFiles, fromCache)
	}
}
