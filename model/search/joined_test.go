package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// Joined pinyin spells the characters the index holds side by side, and
// no more than maxSpelled sequences however common its syllables, in an
// index built here and in one read from its encoding (whose bigram terms
// are a block of its terms in order).
func TestJoinedPinyinSpells(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	built := New(org)
	var enc wire.Writer
	built.Encode(&enc)
	read, err := Decode(org, wire.NewReader(enc.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for name, ix := range map[string]*Index{"built": built, "read": read} {
		w := ix.wordsOf(model.Zh)
		var got []string
		w.spell("dingjia", func(chars []rune, bigrams []int32) {
			got = append(got, string(chars))
			if len(bigrams) != len(chars)-1 {
				t.Errorf("%s: %s with %d bigrams", name, string(chars), len(bigrams))
			}
		})
		if !strings.Contains(strings.Join(got, " "), "定价") {
			t.Errorf("%s: dingjia spells %v, want 定价 among them", name, got)
		}
		n := 0
		w.spell(strings.Repeat("yi", 12), func([]rune, []int32) { n++ })
		if n > maxSpelled {
			t.Errorf("%s: 12 syllables of yi spell %d sequences, want at most %d", name, n, maxSpelled)
		}
		if w.spells("sales") || ix.wordsOf(model.En).spells("dingjia") {
			t.Errorf("%s: letters that are no pinyin, or an index without Chinese, spell something", name)
		}
	}
}

// A text of many characters of one sound side by side (是事市式试室适视世势…
// all read shi) makes "shishi" spell as many sequences as it holds pairs:
// at most maxSpelled are kept.
func TestJoinedPinyinBounded(t *testing.T) {
	run := "是事市式试室适视世势示士氏释识使诗师施时实食史始"
	org := model.NewOrg([]*model.Node{doc(model.KindDepartment, "d", "D", "部",
		sec("duties", "Duties", "职责", duty("Work.", run+"。")))}, nil)
	w := New(org).wordsOf(model.Zh)
	n := 0
	w.spell("shishi", func([]rune, []int32) { n++ })
	if n != maxSpelled {
		t.Errorf("shishi over %d characters of shi side by side spells %d sequences, want %d (the bound)", len([]rune(run)), n, maxSpelled)
	}
	if alts := w.joinedAlts("shishi"); len(alts) != maxSpelled {
		t.Errorf("joinedAlts: %d, want %d", len(alts), maxSpelled)
	}
}
