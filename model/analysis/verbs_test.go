package analysis

import (
	"os"
	"os/exec"
	"testing"
)

// The words that say how rather than what, by their part of speech: the
// verbs and the function words are; nouns and words the dictionary lacks
// are not.
func TestIsChineseVerb(t *testing.T) {
	for w, want := range map[string]bool{
		"管理": true, "建设": true, "提供": true, "服务": true, "使用": true, "跟踪": true, "之间": true,
		"部门": false, "员工": false, "数据": false, "定价": false, "产品": false, "荣誉室": false, "price": false,
	} {
		if got := IsChineseVerb(w); got != want {
			t.Errorf("IsChineseVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

// zh_verbs.txt must be what the generator writes from gse's dictionary for
// the compact dictionary as it is: run `go generate ./model/analysis`.
func TestChineseVerbsAreCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	out := t.TempDir() + "/zh_verbs.txt"
	cmd := exec.Command("go", "run", "./internal/genverbs", "-o", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("the generator cannot run here: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != zhVerbs {
		t.Fatal("zh_verbs.txt is stale: run go generate ./model/analysis and commit it")
	}
}
