// Command gent2s writes the table of traditional Chinese characters and
// their simplified forms that the analysis package embeds (t2s.bin), from
// OpenCC's dictionaries (Apache-2.0) as github.com/longbridgeapp/opencc
// converts them: every Chinese character (Unicode script Han) that its
// "t2s" conversion, given the character alone, writes as another one.
// That is OpenCC's TSCharacters table, the first of a character's
// simplified forms where it lists several (乾 is 干; 乾隆's 乾 is a phrase's,
// and folding goes a character at a time). One character OpenCC converts
// to a character it converts again (薴 → 苧 → 苎) is written as the last,
// so that folding twice is folding once.
//
// Why a generated table and not the library at run time: opencc builds
// its dictionaries' tries when a converter is made (2–3 ms and 1 MB
// allocated on a quiet 2-core machine, 10 ms under load), embeds 1.1 MB of
// dictionaries whatever is used, registers a command-line flag in its
// package initialiser, and converts a 27-character title in 11–14 µs
// through maps it allocates for every character (Fold: 0.5 µs). Phrases
// (TSPhrases) would only choose among a character's several simplified
// forms, which matching does not need as long as text and query fold
// alike, and a fold that looks at neighbours could not fold rune by rune
// as find in page and the letters search do. The embedded table is 36 KB,
// read in place: nothing to build at start or on first use.
//
// Layout (little-endian), read by simplified in ../../t2s.go:
//
//	"T2S1"            magic
//	n uint32          number of characters
//	bitmap            one bit for each rune of [bmpFirst, bmpEnd): the
//	                  characters of the table there (low bit first)
//	n × uint32        the characters, ascending
//	n × uint32        their simplified forms
//
// Run it with `go generate ./model/analysis` from the module root.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"log"
	"os"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// The range the bitmap covers: the CJK Unified Ideographs and their
// extension A. The table's other characters are past bmpEnd, in the
// supplementary planes (checked below), looked up by binary search.
const bmpFirst, bmpEnd = 0x3400, 0xA000

func main() {
	cc, err := opencc.New("t2s")
	if err != nil {
		log.Fatalf("gent2s: %v", err)
	}
	to := map[rune]rune{}
	var from []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.Is(unicode.Han, r) {
			continue
		}
		s, ok := convert(cc, r)
		if !ok {
			continue
		}
		if r >= bmpEnd && r < 0x20000 || r < bmpFirst {
			log.Fatalf("gent2s: U+%04X %c is outside the ranges the table can hold", r, r)
		}
		to[r] = s
		from = append(from, r) // ascending
	}
	for _, r := range from {
		for i := 0; ; i++ {
			next, ok := to[to[r]]
			if !ok {
				break
			}
			if i > 8 {
				log.Fatalf("gent2s: U+%04X: a cycle of conversions", r)
			}
			to[r] = next
		}
	}

	var buf bytes.Buffer
	buf.WriteString("T2S1")
	le := binary.LittleEndian
	buf.Write(le.AppendUint32(nil, uint32(len(from))))
	bitmap := make([]byte, (bmpEnd-bmpFirst)/8)
	for _, r := range from {
		if r < bmpEnd {
			bitmap[(r-bmpFirst)/8] |= 1 << ((r - bmpFirst) % 8)
		}
	}
	buf.Write(bitmap)
	for _, r := range from {
		buf.Write(le.AppendUint32(nil, uint32(r)))
	}
	for _, r := range from {
		buf.Write(le.AppendUint32(nil, uint32(to[r])))
	}
	if err := os.WriteFile("t2s.bin", buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("gent2s: %d characters, %d bytes\n", len(from), buf.Len())
}

// convert returns r's simplified form as OpenCC converts r alone, when it
// is one other character.
func convert(cc *opencc.OpenCC, r rune) (rune, bool) {
	out, err := cc.Convert(string(r))
	if err != nil {
		log.Fatalf("gent2s: U+%04X: %v", r, err)
	}
	s, n := utf8.DecodeRuneInString(out)
	if n != len(out) || s == utf8.RuneError {
		log.Fatalf("gent2s: U+%04X converts to %q, not one character", r, out)
	}
	return s, s != r
}
