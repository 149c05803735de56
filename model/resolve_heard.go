package model

import "github.com/dutymap/dutymap/model/analysis"

// HeardInChinese reports whether ref, written in letters, names n by the
// sound of one of its Chinese names: its pinyin, whole or by initials
// ("xiaoshoubu", "xiǎo shòu bù", "xsb"), or the start of it in whole
// syllables ("xiaoshou"), and better than by any other name, id or code.
// The reader then thinks of n by its Chinese name, as one who types 销售部
// does. A reference in Chinese characters says so itself and is not heard
// here; a start of pinyin that may be English (TierTyping: "she", "hq")
// says nothing.
func HeardInChinese(ref string, n *Node) bool {
	q := newNameQuery(ref)
	if q.pinyin == "" || q.folded == "" {
		return false
	}
	other := q.tier(Fold(n.ID))
	if n.Code() != "" && Fold(n.Code()) == q.folded {
		other = TierExact
	}
	heard := TierNone
	for l := range NumLangs {
		names := append([]string{n.Title[l]}, n.Aliases()[l]...)
		for _, name := range names {
			if name == "" {
				continue
			}
			f := Fold(name)
			// A name in Chinese characters is a Chinese name whichever
			// language's file lists it: an English file's alias 市场部
			// heard as "shichangbu" is heard in Chinese (tryout25 T10).
			if t := q.tier(f); (l == Zh || analysis.IsHanWord(f)) && q.soundTier(f) == t {
				heard = min(heard, t)
			} else {
				other = min(other, t)
			}
		}
	}
	return heard <= TierSound && heard < other
}
