package content

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// TestWordsNearAreOneCharacterOff: the words near the stems are the
// dictionary's words one character off a stem (model.EditDistance 1):
// every such word of the compact dictionary the segmenter loads, and
// those of gse's full one it lacks (批注 beside 批准, 执笔 beside 执行),
// which were taken for slips; never a slip, nor a role's own word.
func TestWordsNearAreOneCharacterOff(t *testing.T) {
	got := zhWordsNearFresh()
	oneOff := func(w string) bool {
		for _, st := range zhStems {
			if model.EditDistance(w, st.word) == 1 {
				return true
			}
		}
		return false
	}
	for w := range got {
		if utf8.RuneCountInString(w) != 2 || !oneOff(w) {
			t.Errorf("%s is not one character off a stem", w)
		}
	}
	for w := range analysis.Words() {
		if utf8.RuneCountInString(w) == 2 && otherRoles()[w] == attrNone && attrKeys[w] == attrNone && oneOff(w) && !got[w] {
			t.Errorf("%s, a word of the compact dictionary one character off a stem, is not among them", w)
		}
	}
	for _, w := range []string{"知识", "负担", "职责", "执法", "批评", "批注", "执笔"} {
		if !got[w] {
			t.Errorf("%s is not among them", w)
		}
	}
	for _, w := range []string{"负贵", "知汇", "负则", "知情", "审核", "签批"} {
		if got[w] {
			t.Errorf("%s, a slip or a role's word, is taken for another word", w)
		}
	}
}

// The list of words near the stems is made for zhStems' words, in its
// order (the go:generate line in attrs.go names them), and is what the
// generator writes from gse's dictionary now.
func TestWordsNearListIsCurrent(t *testing.T) {
	var stems []string
	for _, st := range zhStems {
		stems = append(stems, st.word)
	}
	header := "# stems: " + strings.Join(stems, " ") + "\n"
	if !strings.Contains(zhNearText, header) {
		t.Fatalf("zh_near.txt is not made for the stems %v: write them in the go:generate line above zhStems and run go generate ./content", stems)
	}
	if testing.Short() {
		t.Skip("runs the generator")
	}
	out := filepath.Join(t.TempDir(), "zh_near.txt")
	cmd := exec.Command("go", append([]string{"run", "./internal/gennear", "-o", out}, stems...)...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("the generator cannot run here: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != zhNearText {
		t.Fatal("zh_near.txt is stale: run go generate ./content and commit it")
	}
}
