package search

import (
	"math/bits"
	"sync"
)

// A question typed into a search box is searched again at every key, and
// most of its words are the same from one key to the next ("sets" of
// "who sets p", "who sets pr", …). Whether a text says such a word whole
// (wholeWords.of), or holds it only in a form of another word
// (demoteDerived), is a fact of the index and the word as the search
// reads it: worked out for thousands of texts a key, each reading the
// text's title. A Searcher remembers those answers per word between its
// searches (textMemos), so a key works out only what its new word asks.
// They are facts, not results: a search that a newer one superseded
// leaves true answers behind, and nothing narrows what a search finds.

// maxTextMemos bounds the words a Searcher remembers answers for: those
// of the last few keys of a question, in each language. Each costs two
// bits a node (25 KB at 100,000 nodes).
const maxTextMemos = 24

// textMemos are a Searcher's remembered answers. A search takes the memo
// of each word it asks about (take) and gives it back when done (give):
// one search at a time works on a memo, with no lock, and searches run at
// once (a newer key while an older one finishes) each get their own.
type textMemos struct {
	nn   int // the index's nodes
	mu   sync.Mutex
	list []*textMemo // newest last
}

// textMemo is one word's answer for each text: known and yes, a bit per
// node.
type textMemo struct {
	key        any // comparable: what the answer depends on
	known, yes []uint64
}

// take returns the memo of key, taking it from ms, or a new one; nil
// when ms is nil (a search from scratch remembers nothing).
func (ms *textMemos) take(key any) *textMemo {
	if ms == nil {
		return nil
	}
	ms.mu.Lock()
	defer ms.mu.Unlock()
	for i := len(ms.list) - 1; i >= 0; i-- {
		if m := ms.list[i]; m.key == key {
			ms.list = append(ms.list[:i], ms.list[i+1:]...)
			return m
		}
	}
	words := (ms.nn + 63) / 64
	return &textMemo{key: key, known: make([]uint64, words), yes: make([]uint64, words)}
}

// give puts m back as the newest, in place of any other memo of its key
// (one a search run at the same time gave back: both are true), and
// forgets the oldest past maxTextMemos.
func (ms *textMemos) give(m *textMemo) {
	if ms == nil || m == nil {
		return
	}
	ms.mu.Lock()
	defer ms.mu.Unlock()
	for i, o := range ms.list {
		if o.key == m.key {
			ms.list = append(ms.list[:i], ms.list[i+1:]...)
			break
		}
	}
	ms.list = append(ms.list, m)
	if n := len(ms.list) - maxTextMemos; n > 0 {
		ms.list = append(ms.list[:0:0], ms.list[n:]...)
	}
}

// get returns the answer for node n, and whether it is known.
func (m *textMemo) get(n int32) (yes, known bool) {
	w, b := n/64, uint64(1)<<(n%64)
	return m.yes[w]&b != 0, m.known[w]&b != 0
}

// set remembers the answer for node n.
func (m *textMemo) set(n int32, yes bool) {
	w, b := n/64, uint64(1)<<(n%64)
	m.known[w] |= b
	if yes {
		m.yes[w] |= b
	}
}

// count is how many nodes' answers m knows (for tests).
func (m *textMemo) count() int {
	c := 0
	for _, k := range m.known {
		c += bits.OnesCount64(k)
	}
	return c
}
