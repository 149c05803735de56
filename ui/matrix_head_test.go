package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// A Chinese unit name too long for one line of its column head broke
// between any two characters: 市场部经理助理 (assistant marketing
// manager) read 市场部经理助 over a lone 理. It breaks between words,
// 市场部 over 经理助理 (tryoutb26 B12). The words are worked out off the
// update loop: opening the matrix after the idle explorer has let the
// Chinese dictionary go neither loads it on the loop (the heads break
// between characters for that moment) nor keeps it once the words are in.
func TestMatrixHeadBreaksChineseNamesBetweenWords(t *testing.T) {
	d := newDriver(t, 120, 35, model.Zh).reveal("marketing")
	analysis.ReleaseDictionary() // as the explorer does once its indexes are built
	next, cmd := d.m.Update(keyMsg("m"))
	d.m = next.(*Model)
	top, bottom := matrixHeads(t, d) // drawing it is on the loop too
	if analysis.DictionaryLoaded() {
		t.Fatal("opening the matrix loaded the Chinese dictionary on the update loop")
	}
	if !strings.Contains(top, "市场部经理助") || !strings.Contains(bottom, "理") {
		t.Errorf("before its words are in, the head of 市场部经理助理 is not broken between characters:\n%s\n%s", top, bottom)
	}
	d.run(cmd)
	if analysis.DictionaryLoaded() {
		t.Error("the matrix kept the Chinese dictionary after breaking its heads")
	}
	top, bottom = matrixHeads(t, d)
	at := strings.Index(bottom, "经理助理")
	if at < 0 || strings.Contains(top+bottom, "经理助 ") || strings.Contains(top, "市场部经理助") {
		t.Fatalf("the head of 市场部经理助理 is not 市场部 over 经理助理:\n%s\n%s", top, bottom)
	}
	col := ansi.StringWidth(bottom[:at])
	if above := ansi.Strip(ansi.TruncateLeft(top, col, "")); !strings.HasPrefix(above, "市场部 ") {
		t.Errorf("over 经理助理 stands %q, want 市场部:\n%s\n%s", above, top, bottom)
	}
	// A matrix opened again finds the words known: its heads are broken
	// between words at once.
	next, _ = d.keys("esc").m.Update(keyMsg("m"))
	d.m = next.(*Model)
	if _, bottom = matrixHeads(t, d); !strings.Contains(bottom, "经理助理") {
		t.Errorf("a matrix opened again breaks its heads between characters:\n%s", d.screen())
	}
}

// matrixHeads is the column heads' two lines of the matrix on screen,
// below its title.
func matrixHeads(t *testing.T, d *driver) (top, bottom string) {
	t.Helper()
	rows := strings.Split(d.screen(), "\n")
	for i, r := range rows {
		if strings.Contains(r, "职责分配矩阵") && i+2 < len(rows) {
			return rows[i+1], rows[i+2]
		}
	}
	t.Fatalf("no matrix on screen:\n%s", d.screen())
	return "", ""
}

// clipWords keeps a name whole where it fits, breaks Chinese between its
// words, and falls back to clip's breaks where the words need more lines.
func TestClipWords(t *testing.T) {
	cw := wcCells
	for _, c := range []struct {
		name string
		w, n int
		want []string
	}{
		{"市场部经理助理", 12, 2, []string{"市场部", "经理助理"}},
		{"产品市场部", 12, 2, []string{"产品市场部"}},
		{"Assistant marketing manager", 12, 2, []string{"Assistant", "marketing m…"}},
		{"市场部经理助理", 4, 2, []string{"市场", "部…"}}, // too narrow for its words: clip's lines
	} {
		if got := cw.clipWords(c.name, hanWords(c.name), c.w, c.n); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("clipWords(%q, %d, %d) = %q, want %q", c.name, c.w, c.n, got, c.want)
		}
	}
	// Its words not known yet, a name breaks where clip breaks it.
	if got := cw.clipWords("市场部经理助理", nil, 12, 2); strings.Join(got, "|") != "市场部经理助|理" {
		t.Errorf("clipWords without words = %q, want clip's lines", got)
	}
}
