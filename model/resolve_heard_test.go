package model_test

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestHeardInChinese: a reference heard as a Chinese name is one typed in
// pinyin (whole, with tones, by initials, or two whole syllables of its
// start); one that names the node by its English name, id or a slip of
// it, one in Chinese characters, or a start of pinyin that may be English
// ("she") is not.
func TestHeardInChinese(t *testing.T) {
	org := builtin(t)
	for _, c := range []struct {
		ref, node string
		want      bool
	}{
		{"xiaoshoubu", "sales", true},
		{"Xiǎo shòu bù", "sales", true},
		{"xsb", "sales", true},
		{"xiaoshou", "sales", true},
		{"renshibu", "hr", true}, // the alias 人事部
		{"sales", "sales", false},
		{"slaes", "sales", false},
		{"markting", "marketing", false},
		{"销售部", "sales", false},
		{"销受部", "sales", false},
		{"she", "production-tech", false},
		{"xiaoshoubux", "sales", false},
	} {
		n := org.Node(c.node)
		if n == nil {
			t.Fatalf("no node %s", c.node)
		}
		if got := model.HeardInChinese(c.ref, n); got != c.want {
			t.Errorf("HeardInChinese(%q, %s) = %v, want %v", c.ref, c.node, got, c.want)
		}
	}
}
