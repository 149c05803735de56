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
		// The built-in English file of marketing lists 市场部 among its
		// aliases, and planning's 策划部: still Chinese names (tryout25 T10).
		{"shichangbu", "marketing", true},
		{"shi chang bu", "marketing", true},
		{"scb", "marketing", true},
		{"yingxiaobu", "marketing", true},
		{"cehuabu", "planning", true},
		{"chb", "planning", true},
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
