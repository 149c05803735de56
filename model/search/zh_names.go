package search

// A Chinese question that writes nouns side by side (广告策划: 广告 and
// 策划) asks about one thing, advertising planning. A department's name
// that holds one of them only inside a word of its own (策划 of 策划部,
// the planning department) names planning in general, not the thing
// asked about: it does not name its owner (Index.namedByWords), and its
// duties answer by what they say, as the English "who does advertising
// planning" finds the Planning department's duties in part. A name that
// holds the word whole (销售部 of 销售部预算) still names its unit, and a
// name holding every word of the compound (广告企划主管 for 广告企划)
// names it.

// compoundsNamedInPart returns, of the query words a name holds (named),
// those it holds only inside a word of its own (byPart) and that stand in
// a compound of the query whose other words the name lacks.
func compoundsNamedInPart(qws []qword, named, byPart uint64) uint64 {
	if byPart == 0 {
		return 0
	}
	var drop uint64
	for from := 0; from < len(qws) && from < 64; {
		to := from + 1
		for to < len(qws) && to < 64 && qws[to].adjoins && compoundNoun(qws[to]) && compoundNoun(qws[to-1]) {
			to++
		}
		if to-from >= 2 {
			group := uint64(1)<<to - uint64(1)<<from
			if group&byPart != 0 && group&^named != 0 {
				drop |= group & byPart
			}
		}
		from = to
	}
	return drop
}
