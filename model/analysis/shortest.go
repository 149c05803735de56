package analysis

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// shortest splits runs of Chinese characters exactly as gse's Segment
// does (the shortest path through the run's dictionary words, sego's
// algorithm: segmenter.go of gse v0.80.3), looking the words up in gse's
// own dictionary, without gse's garbage: Segment makes a slice per
// character, a token per character no word starts with and its jump
// table anew for every run, about 2 KB a run, which at 100,000 Chinese
// duties was a fifth of what building the index allocated. Its buffers
// are reused from run to run, so it belongs to one goroutine.
// TestShortestIsGse holds it to Segment.
type shortest struct {
	buf    []byte     // the run, as the dictionary's look-up takes it
	units  []gse.Text // its characters, pieces of buf
	at     []int      // byte offset of each character, and the end
	tokens []*gse.Token
	dist   []float32 // per character: the shortest path's length to its end
	back   []int32   // per character: characters of the path's last word, which ends there
}

// pseudoDistance is gse's distance of a character that starts no
// dictionary word (its pseudo token's).
const pseudoDistance = 32

// segment appends the words of run to out, as gse's Segment splits it,
// and returns out; ok is false when run holds what Segment would not
// read one character at a time (letters or digits of one or two bytes,
// which it groups), for the caller to ask gse itself.
func (s *shortest) segment(seg *gse.Segmenter, run string, out []string) (_ []string, ok bool) {
	s.buf = append(s.buf[:0], run...)
	s.units, s.at = s.units[:0], s.at[:0]
	for i := 0; i < len(s.buf); {
		r, size := utf8.DecodeRune(s.buf[i:])
		if size <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			return out, false
		}
		s.units = append(s.units, s.buf[i:i+size])
		s.at = append(s.at, i)
		i += size
	}
	s.at = append(s.at, len(s.buf))
	n := len(s.units)
	if n == 0 {
		return out, true
	}
	dict := seg.Dict
	if cap(s.tokens) < dict.MaxTokenLen() {
		s.tokens = make([]*gse.Token, dict.MaxTokenLen())
	}
	s.dist = append(s.dist[:0], make([]float32, n)...)
	s.back = append(s.back[:0], make([]int32, n)...)
	logTotal := float32(math.Log2(dict.TotalFreq())) // as gse's CalcToken
	for cur := range n {
		var base float32
		if cur > 0 {
			base = s.dist[cur-1]
		}
		found := dict.LookupTokens(s.units[cur:min(cur+dict.MaxTokenLen(), n)], s.tokens)
		// The look-up yields the words that begin at cur, shortest
		// first; a word's length in characters is where its text ends.
		end, firstEnd := cur, -1
		for _, tok := range s.tokens[:found] {
			for end < n && !tok.Equals(run[s.at[cur]:s.at[end+1]]) {
				end++
			}
			if end == n {
				clear(s.tokens)
				return out, false // not where gse's look-up would end: never expected
			}
			s.jump(end, base+(logTotal-float32(math.Log2(tok.Freq()))), int32(end-cur+1))
			if firstEnd < 0 {
				firstEnd = end
			}
		}
		if found == 0 || firstEnd > cur {
			// gse's pseudo token, where no one-character word starts.
			s.jump(cur, base+pseudoDistance, 1)
		}
	}
	// The tokens point into the dictionary: an Analyzer kept after its
	// index is built must not keep the dictionary from being let go
	// (ReleaseDictionary).
	clear(s.tokens)
	// The path back from the end, then its words in order.
	first := len(out)
	for i := n - 1; i >= 0; i -= int(s.back[i]) {
		out = append(out, run[s.at[i+1-int(s.back[i])]:s.at[i+1]])
	}
	for i, j := first, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, true
}

// jump is gse's updateJumper: the path to the end of character at takes
// the word of chars characters when it is shorter, or when there is no
// path there yet (a length of 0, as gse marks it).
func (s *shortest) jump(at int, dist float32, chars int32) {
	if s.dist[at] == 0 || s.dist[at] > dist {
		s.dist[at], s.back[at] = dist, chars
	}
}
