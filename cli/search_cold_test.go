package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/cache"
	"github.com/dutymap/dutymap/internal/synth"
)

// outputWatcher records, when the first bytes are written to it, whether
// a cache file was in the folder then.
type outputWatcher struct {
	dir      string
	out      bytes.Buffer
	written  bool
	hadCache bool
}

func (w *outputWatcher) Write(p []byte) (int, error) {
	if !w.written {
		w.written = true
		files, _ := filepath.Glob(filepath.Join(w.dir, "*"+cache.Suffix))
		w.hadCache = len(files) > 0
	}
	return w.out.Write(p)
}

// A search that rebuilds the cache prints its answer first and writes the
// cache after it, so the answer does not wait for the file; the next
// search reads that file and answers the same.
func TestColdSearchAnswersBeforeWritingTheCache(t *testing.T) {
	dir := searchOrg(t)
	caches := t.TempDir()
	env := map[string]string{"XDG_CACHE_HOME": caches}
	search := func(out io.Writer) int {
		return Run([]string{"--builtin=false", "--content", dir, "search", "set", "prices"},
			IO{Out: out, Err: io.Discard, Getenv: func(k string) string { return env[k] }})
	}
	w := &outputWatcher{dir: filepath.Join(caches, "dutymap")}
	if code := search(w); code != 0 || !w.written {
		t.Fatalf("exit %d, output %q", code, w.out.String())
	}
	if w.hadCache {
		t.Error("the cache file was written before the answer")
	}
	files, _ := filepath.Glob(filepath.Join(caches, "dutymap", "*"+cache.Suffix))
	if len(files) != 1 {
		t.Fatalf("cache files after the search: %v", files)
	}
	before, _ := os.Stat(files[0])
	var warm bytes.Buffer
	if code := search(&warm); code != 0 || warm.String() != w.out.String() {
		t.Errorf("the warm search (exit %d) answered\n%s\nthe cold one\n%s", code, warm.String(), w.out.String())
	}
	if after, _ := os.Stat(files[0]); !os.SameFile(before, after) {
		t.Error("the warm search wrote the cache again: the cold one's file was not sound")
	}
}

// A search whose cache missed answers as the warm one does, also where
// only the other language's texts answer: the English reader's "erp"
// is in the Chinese text alone (在ERP系统中), and "jiage" is the pinyin
// of 价格. A cold search builds the word indexes of both languages, not
// only the query's: this fails if it answers from one.
func TestColdSearchFindsTheOtherLanguage(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/finance.md": "---\nid: finance\nname: Finance department\n---\n\n## Responsibilities {#duties}\n\n- Enter prices in the accounts system.\n- Pay suppliers.\n",
		"zh/finance.md": "---\nid: finance\nname: 财务部\n---\n\n## 职责 {#duties}\n\n- 在ERP系统中录入价格。\n- 向供应商付款。\n",
	})
	for _, q := range []string{"erp", "jiage"} {
		caches := t.TempDir()
		env := map[string]string{"XDG_CACHE_HOME": caches}
		search := func() string {
			var out bytes.Buffer
			code := Run([]string{"--builtin=false", "--content", dir, "search", q},
				IO{Out: &out, Err: io.Discard, Getenv: func(k string) string { return env[k] }})
			if code != 0 {
				t.Fatalf("search %s: exit %d", q, code)
			}
			return out.String()
		}
		cold := search()
		if files, _ := filepath.Glob(filepath.Join(caches, "dutymap", "*"+cache.Suffix)); len(files) != 1 {
			t.Fatalf("search %s: cache files after the cold search: %v", q, files)
		}
		if want := "finance/duties/1  财务部 › 职责 › 在ERP系统中录入价格。"; !strings.Contains(cold, want) {
			t.Errorf("search %s, cold, answered\n%s\nwant a line\n%s", q, cold, want)
		}
		if warm := search(); warm != cold {
			t.Errorf("search %s: warm\n%s\ncold\n%s", q, warm, cold)
		}
	}
}

// A search whose cache missed answers as the next one, from the cache it
// wrote, does, on a generated organisation of both languages: English,
// Chinese, a question, pinyin, a typo, a query nothing matches, and the
// whole answer as JSON. The cold search answers from the index it has just
// built, the warm one from the index read back from the file: a build or
// an encoding that loses or changes anything shows here.
func TestColdAnswersAsWarmOnAGeneratedOrg(t *testing.T) {
	dir := t.TempDir()
	if err := synth.WriteDir(dir, 3000, 7); err != nil {
		t.Fatal(err)
	}
	queries := [][]string{
		{"prices"}, {"set", "prices"}, {"who approves discounts?"}, {"recruitment"},
		{"定价"}, {"谁负责审批仓库盘点"}, {"价目表"}, {"dingjia"}, {"jiage"},
		{"recruitmnet"}, {"zebra"}, {"--json", "--limit", "0", "折扣率"},
	}
	for _, q := range queries {
		caches := t.TempDir()
		env := map[string]string{"XDG_CACHE_HOME": caches}
		search := func() string {
			var out bytes.Buffer
			code := Run(append([]string{"--builtin=false", "--content", dir, "search"}, q...),
				IO{Out: &out, Err: &out, Getenv: func(k string) string { return env[k] }})
			return fmt.Sprintf("exit %d\n%s", code, out.String())
		}
		cold := search()
		if files, _ := filepath.Glob(filepath.Join(caches, "dutymap", "*"+cache.Suffix)); len(files) != 1 {
			t.Fatalf("search %q: cache files after the cold search: %v", q, files)
		}
		if strings.Count(cold, "\n") < 2 {
			t.Errorf("search %q answered only\n%s", q, cold)
		}
		if warm := search(); warm != cold {
			t.Errorf("search %q: warm\n%s\ncold\n%s", q, warm, cold)
		}
	}
}
