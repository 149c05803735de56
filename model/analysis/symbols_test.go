package analysis

import (
	"strings"
	"testing"
)

// Names written with symbols are one word each, as written (folded):
// "C++" is no "c" and no "C#" (hunt27). Ordinary punctuation still
// splits words, and a sentence's full stop without its space is no name.
func TestNamesWrittenWithSymbols(t *testing.T) {
	for text, want := range map[string]string{
		"Build C# tooling.":                     "build c# tool",
		"Write C++ code, and C#/F# too.":        "write c++ code c# f#",
		"Ｃ＋＋ and Ｆ＃":                            "c++ f#",
		"R&D and Q&A, AT&T; sales & marketing":  "r&d q&a at&t sale market",
		"I/O and/or 24/7 sales/marketing":       "i/o 24 7 sale market",
		"Use .NET, ASP.NET (.net) and Node.js.": "use .net asp.net .net node.js",
		"Print 3D models, e.g. maps.":           "print 3d model map",
		// not names: a full stop that lost its space, numbers, a
		// hash before a number, symbols that go on, long words
		"Done.Next go...net 3.2.2 Ticket#42 c+++ abc# then. next": "done next go net 3.2.2 ticket 42 c abc next",
	} {
		if got := strings.Join(Terms(text), " "); got != want {
			t.Errorf("Terms(%q) = %q, want %q", text, got, want)
		}
	}
	// The offsets cover the name as written.
	toks := Tokens("Use C++ now")
	if toks[1].Term != "c++" || toks[1].Start != 4 || toks[1].End != 7 || toks[2].Pos != 2 {
		t.Errorf("tokens of %q: %+v", "Use C++ now", toks)
	}
}
