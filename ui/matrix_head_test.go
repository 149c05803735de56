package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// A Chinese unit name too long for one line of its column head broke
// between any two characters: 市场部经理助理 (assistant marketing
// manager) read 市场部经理助 over a lone 理. It breaks between words,
// 市场部 over 经理助理 (tryoutb26 B12).
func TestMatrixHeadBreaksChineseNamesBetweenWords(t *testing.T) {
	d := newDriver(t, 120, 35, model.Zh).reveal("marketing").keys("m")
	rows := strings.Split(d.screen(), "\n")
	var top, bottom string // the column heads' two lines, below the title
	for i, r := range rows {
		if strings.Contains(r, "职责分配矩阵") {
			top, bottom = rows[i+1], rows[i+2]
			break
		}
	}
	at := strings.Index(bottom, "经理助理")
	if at < 0 || strings.Contains(top+bottom, "经理助 ") || strings.Contains(top, "市场部经理助") {
		t.Fatalf("the head of 市场部经理助理 is not 市场部 over 经理助理:\n%s\n%s", top, bottom)
	}
	col := ansi.StringWidth(bottom[:at])
	if above := ansi.Strip(ansi.TruncateLeft(top, col, "")); !strings.HasPrefix(above, "市场部 ") {
		t.Errorf("over 经理助理 stands %q, want 市场部:\n%s\n%s", above, top, bottom)
	}
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
		if got := cw.clipWords(c.name, c.w, c.n); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("clipWords(%q, %d, %d) = %q, want %q", c.name, c.w, c.n, got, c.want)
		}
	}
}
