package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// lookAlikeWords are the words LookAlike draws its duties from: so few
// that every duty shares most of its words with thousands of others.
var lookAlikeWords = strings.Fields("review plan budget report audit invoice contract supplier customer schedule " +
	"approve draft verify record payment order stock quality training safety")

// LookAlike writes an organisation of look-alike duties as content files
// (file name "en/dept07.md" -> text), English only: depts departments of
// sections sections of duties duties each, every duty words words drawn
// from the same 20. The worst shape for pairing duties by similarity:
// every duty is a candidate partner of nearly every other, and few are
// near-same (hunt24: 20 x 50 x 100 x 8 took 12 s of CPU in `check
// --checks double-owner`).
func LookAlike(depts, sections, duties, words int, seed uint64) map[string]string {
	r := rand.New(rand.NewPCG(seed, 0x100c_a11e))
	files := make(map[string]string, depts)
	var b strings.Builder
	for d := range depts {
		b.Reset()
		fmt.Fprintf(&b, "---\nid: dept%02d\nname: Department %d\n---\n\n", d, d)
		for s := range sections {
			fmt.Fprintf(&b, "## Section %d %d {#s%d}\n\n", d, s, s)
			for range duties {
				for w := range words {
					word := lookAlikeWords[r.IntN(len(lookAlikeWords))]
					switch w {
					case 0:
						b.WriteString("- " + strings.ToUpper(word[:1]) + word[1:])
					default:
						b.WriteString(" " + word)
					}
				}
				b.WriteString(".\n")
			}
			b.WriteString("\n")
		}
		files[fmt.Sprintf("en/dept%02d.md", d)] = b.String()
	}
	return files
}
