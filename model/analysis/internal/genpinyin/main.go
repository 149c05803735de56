// Command genpinyin writes the pinyin table that the analysis package
// embeds (pinyin.bin), from github.com/mozillazg/go-pinyin's character
// table (MIT), read through go-pinyin itself: every character's readings
// without tones, the most common first, as go-pinyin's Pinyin gives them
// with Heteronym set and the Normal style.
//
// Why a generated table and not go-pinyin at run time: go-pinyin keeps its
// 41,923 characters in a Go map literal, which its package initialiser
// builds at every start of the program, whatever the command (about 3 ms and
// 1.8 MB, `GODEBUG=inittrace=1`). The embedded table is read in place: no
// initialiser, no allocation until a word is looked up.
//
// Layout (little-endian), read by pinyinTable in ../../pinyin.go:
//
//	"PYT1"            magic
//	n uint32          number of characters
//	n × uint32        the characters, ascending
//	(n+1) × uint32    offsets of each character's readings in the text
//	text              readings, comma-separated within a character
//
// Run it with `go generate ./model/analysis` from the module root.
package main

import (
	"bytes"
	"encoding/binary"
	"log"
	"os"
	"slices"
	"strings"

	"github.com/mozillazg/go-pinyin"
)

func main() {
	args := pinyin.NewArgs()
	args.Style = pinyin.Normal
	args.Heteronym = true
	runes := make([]int, 0, len(pinyin.PinyinDict))
	for r := range pinyin.PinyinDict {
		runes = append(runes, r)
	}
	slices.Sort(runes)

	var text bytes.Buffer
	offsets := make([]uint32, 0, len(runes)+1)
	kept := make([]uint32, 0, len(runes))
	for _, r := range runes {
		readings := pinyin.SinglePinyin(rune(r), args)
		if len(readings) == 0 {
			continue
		}
		for _, s := range readings {
			if s == "" || strings.ContainsAny(s, ",") {
				log.Fatalf("U+%04X: reading %q cannot be stored", r, s)
			}
		}
		kept = append(kept, uint32(r))
		offsets = append(offsets, uint32(text.Len()))
		text.WriteString(strings.Join(readings, ","))
	}
	offsets = append(offsets, uint32(text.Len()))

	var out bytes.Buffer
	out.WriteString("PYT1")
	le := binary.LittleEndian
	out.Write(le.AppendUint32(nil, uint32(len(kept))))
	for _, r := range kept {
		out.Write(le.AppendUint32(nil, r))
	}
	for _, o := range offsets {
		out.Write(le.AppendUint32(nil, o))
	}
	out.Write(text.Bytes())
	if err := os.WriteFile("pinyin.bin", out.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("pinyin.bin: %d characters, %d bytes", len(kept), out.Len())
}
