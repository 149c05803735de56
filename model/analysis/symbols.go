package analysis

import (
	"unicode/utf8"
)

// Names written with symbols: a word of the trade whose symbols are part
// of it, which the tokens keep as one word, as written (folded), and
// never stem. Without them "C++", "C#" and "F#" were all the word "c",
// "R&D" the words "r" and "d", and ".NET" the word "net": a search for
// one found the others. The forms are the ones programming languages,
// platforms and business abbreviations are written in, kept narrow so
// that ordinary punctuation still splits words:
//
//   - one or two letters and "++" or "#": C++, G++, C#, F#, J#;
//   - one or two letters, "&", one or two letters: R&D, Q&A, P&L, M&A,
//     AT&T ("sales & marketing", with spaces, is two words);
//   - one letter, "/", one letter: I/O, A/B ("and/or", "sales/marketing"
//     and "24/7" are words and numbers apart, as before);
//   - a dot, then letters, starting a word: .NET (the dot after a space
//     or at the start; "end. Next" keeps its full stop);
//   - letters, a dot, and one to three lower-case letters: Node.js,
//     Vue.js, e.g. ("Done.Then", a full stop without its space, is two
//     words; so is "3.2.2" as ever, numbers joined by digits alone).

// symbolTail returns how many bytes and runes after text[i:j], a word,
// belong to it as a name written with symbols (see above), or 0, 0.
func symbolTail(text string, i, j int) (bytes, runes int) {
	if j >= len(text) {
		return 0, 0
	}
	word := text[i:j]
	letters := letterCount(word)
	if letters < 0 {
		return 0, 0 // digits or other marks: a number or a code, as before
	}
	sym, size := utf8.DecodeRuneInString(text[j:])
	sym = foldRune(sym)
	at := j + size
	switch {
	case sym == '+' && letters <= 2:
		if p, ps := utf8.DecodeRuneInString(text[at:]); foldRune(p) == '+' && endsName(text, at+ps, '+') {
			return at + ps - j, 2
		}
	case sym == '#' && letters <= 2:
		if endsName(text, at, '#') {
			return at - j, 1
		}
	case sym == '&' && letters <= 2, sym == '/' && letters == 1:
		most := 2
		if sym == '/' {
			most = 1
		}
		if k, n := lettersAt(text, at, most); n > 0 && endsName(text, k, sym) {
			return k - j, 1 + n
		}
	case sym == '.' && letters > 0 && word[0] != '.':
		if k, n := lettersAt(text, at, 3); n > 0 && endsName(text, k, 0) && !upperAfterLower(word, text[at:]) {
			return k - j, 1 + n
		}
	}
	return 0, 0
}

// dotStartsName reports whether the dot at text[i] starts a name such as
// ".NET": it follows the text's start or a space and is followed by a
// letter.
func dotStartsName(text string, i int) bool {
	if i > 0 {
		if p, _ := utf8.DecodeLastRuneInString(text[:i]); p != ' ' && p != '\t' && p != '\n' && p != '(' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return i+1 < len(text) && isLetter(foldRune(r))
}

// letterCount returns the number of letters of word (a leading dot not
// counted), or -1 when it holds anything else.
func letterCount(word string) int {
	n := 0
	for k, r := range word {
		if k == 0 && r == '.' {
			continue
		}
		if !isLetter(foldRune(r)) {
			return -1
		}
		n++
	}
	return n
}

// lettersAt returns where the letters of text from byte at end and how
// many there are, or 0 letters when there are none or more than most.
func lettersAt(text string, at, most int) (end, n int) {
	end = at
	for end < len(text) {
		r, s := utf8.DecodeRuneInString(text[end:])
		if !isLetter(foldRune(r)) {
			break
		}
		end += s
		n++
	}
	if n > most {
		return at, 0
	}
	return end, n
}

// endsName reports whether a name written with the symbol sym may end at
// byte k of text: at its end, or before a rune that is no letter, digit
// or sym itself ("C++," "C#/F#" and "R&D's" end; "C#4" and "C+++" do
// not).
func endsName(text string, k int, sym rune) bool {
	if k >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	r = foldRune(r)
	return !isWordRune(r) && !IsHan(r) && (sym == 0 || r != sym)
}

// upperAfterLower reports whether after, the text after a dot, starts
// with a capital while word before it has a small letter: "Done.Then",
// a sentence's full stop that lost its space, not "ASP.NET".
func upperAfterLower(word, after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if r = foldRune(r); r < 'A' || r > 'Z' {
		return false
	}
	for _, c := range word {
		if c = foldRune(c); 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}
