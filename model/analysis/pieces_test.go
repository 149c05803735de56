package analysis

import (
	"slices"
	"testing"
)

// Pieces cuts a word into the fewest dictionary words that make it up end
// to end, and none when a character is left over.
func TestPiecesCoverTheWord(t *testing.T) {
	for word, want := range map[string][]string{
		"市场调研":  {"市场", "调研"}, // not 市场调, a word of gse's dictionary that is no piece
		"客户服务":  {"客户", "服务"},
		"生产技术部": {"生产", "技术部"},
		"财务部":   nil, // 部 is no word of two characters
		"市场":    nil, // too short to have parts
	} {
		if got := Pieces(word); !slices.Equal(got, want) {
			t.Errorf("Pieces(%s) = %q, want %q", word, got, want)
		}
	}
}
