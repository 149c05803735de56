package analysis

import (
	"strings"
	"unicode"
)

// latinLookalikes maps the Cyrillic and Greek letters that look like a
// Latin letter to that letter: the pairs of Unicode's confusables table
// (UTS #39, confusables.txt) whose prototype is one letter a to z, for the
// letters a Russian, Ukrainian, Serbian or Greek keyboard layout puts
// where a Latin typist's fingers go, or a PDF or a chat pastes (с for c,
// і for i, ο for o). Capitals map to capitals: the term keeps its case for
// smart-case matching. A fixed table of 54 letters.
var latinLookalikes = map[rune]rune{
	// Cyrillic
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x',
	'ѕ': 's', 'і': 'i', 'ј': 'j', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O',
	'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'Ѕ': 'S', 'І': 'I', 'Ј': 'J',
	'Ү': 'Y', 'Ԛ': 'Q', 'Ԝ': 'W',
	// Greek
	'α': 'a', 'ο': 'o', 'ν': 'v', 'ι': 'i', 'ρ': 'p', 'γ': 'y', 'ϲ': 'c', 'ϳ': 'j',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K',
	'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

// LatinWord returns word with its Cyrillic and Greek look-alike letters
// written as the Latin letters they look like, when word is otherwise
// Latin: it holds a letter of the Latin script, and every letter of
// another script in it is such a look-alike ("priсe" with a Cyrillic с is
// "price", "budgеt" with a Cyrillic е "budget"). A word of Cyrillic or
// Greek letters only ("сор", "οχι") is a word of that language and stays
// as it is, as does one holding a Cyrillic or Greek letter that looks
// like no Latin one ("prжce"). It returns word itself when nothing
// changes. Characters that are no letter (digits, an apostrophe, a
// hyphen) are kept.
func LatinWord(word string) string {
	latin, odd := false, false
	for _, r := range word {
		switch {
		case r < 0x80:
			latin = latin || 'a' <= r|0x20 && r|0x20 <= 'z'
		case unicode.Is(unicode.Latin, r):
			latin = true
		case latinLookalikes[r] != 0:
			odd = true
		case unicode.IsLetter(r):
			return word // a letter of another script that looks like none
		}
	}
	if !latin || !odd {
		return word
	}
	return strings.Map(func(r rune) rune {
		if l := latinLookalikes[r]; l != 0 {
			return l
		}
		return r
	}, word)
}
