package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the searchable form of a word or a text: case folded,
// compatibility forms replaced (full-width "ＡＢＣ" and "１２" become "abc"
// and "12", the ligature "ﬁ" "fi", "Ⅱ" "ii", "①" and "¹" "1", the Kangxi
// radical "⼈" and the compatibility ideograph U+F900 the characters 人 and
// 豈), accents dropped, so that "Résumé" written with a precomposed é
// (NFC) or with e and a combining accent (NFD) folds to "resume" either
// way, the dotless ı written i ("Diyarbakır" is "diyarbakir"), invisible
// format characters dropped ("pri\u00adces", with a soft hyphen, is
// "prices"), variation selectors dropped (预\U000E0100算 is 预算), the
// hyphens U+2010 and U+2011 written - and the modifier apostrophe ʼ ', and Chinese characters written in their simplified form
// ("價格" is "价格", FoldHan). It returns s itself, without allocating, when
// nothing changes: lower-case ASCII, and simplified Chinese text.
//
// Fold follows Unicode's compatibility decomposition (NFKD, UAX #15), then
// removes nonspacing marks (category Mn), as search engines' "ASCII
// folding" filters do, and format characters (category Cf), and applies
// full case folding (Unicode's CaseFolding.txt, statuses C and F): "ΟΔΟΣ"
// and "οδος" are "οδοσ", "Straße" is "strasse". Two steps go past Unicode's
// folding, as search engines' do: ı is i (Lucene's ASCIIFoldingFilter), and
// traditional characters are simplified, a character at a time, by OpenCC's
// table (TSCharacters: 價 is 价, 乾 is 干 wherever it stands, so 乾隆 is
// 干隆; text and query fold alike, which is what matching needs). Every
// fold of a Chinese character is one Chinese character, so a Chinese text
// keeps its length in runes. Every rune folds alone
// (AppendFoldRune), so folding a text rune by rune gives Fold's result, and
// a caller that maps folded runes back to the text's (the letters search,
// find in page) agrees with it. The one departure from whole-text NFKD is
// that marks are not put in canonical order first: the marks it would
// reorder are dropped anyway, but for a handful of spacing marks that
// combine (category Mc with a combining class: some viramas, the Hangul
// tone marks, musical symbols), whose order is kept as written
// (TestFoldIsNFKD).
func Fold(s string) string { return fold(s, true) }

// Form is Fold without the case folding: compatibility forms replaced,
// accents and format characters dropped, ß written "ss", capitals kept
// (AppendFormRune, rune by rune). It is the form a search term with a
// capital is matched in (smart case: "PAPER" finds "ＰＡＰＥＲ", not
// "paper"). Like Fold, it returns s itself when nothing changes.
func Form(s string) string { return fold(s, false) }

// fold is Fold, or Form without caseFold. It allocates only once a rune
// changes: the text before it is copied as it is.
func fold(s string, caseFold bool) string {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || caseFold && 'A' <= c && c <= 'Z' {
			break
		}
	}
	if i == len(s) {
		return s
	}
	if s[i] < utf8.RuneSelf && isASCII(s[i:]) {
		return strings.ToLower(s) // most English text: its capitals
	}
	var one [8]rune // most runes fold to at most a few
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if caseFold && 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if f := appendFolded(one[:0], r, caseFold); len(f) != 1 || f[0] != r || n == 1 {
			break // a rune that changes (an invalid byte becomes U+FFFD)
		}
		i += n
	}
	if i == len(s) {
		return s // Chinese text, for one: nothing to fold
	}
	var b strings.Builder // one allocation: its String does not copy
	b.Grow(len(s) + utf8.UTFMax)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		for _, f := range appendFolded(one[:0], r, caseFold) {
			b.WriteRune(f)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// AppendFoldRune appends to dst the folded form of r, as Fold folds it:
// none, one or several runes (ß is "ss", a soft hyphen nothing). It is
// for a caller that must know which rune of a text each folded rune came
// from, as find in page does to light up what matched.
func AppendFoldRune(dst []rune, r rune) []rune { return appendFolded(dst, r, true) }

// AppendFormRune appends to dst the form of r that Form gives it: as
// AppendFoldRune, capitals kept. Folding AppendFormRune's runes with
// AppendFoldRune gives AppendFoldRune's, rune for rune, and as many, so
// the two forms of a text line up.
func AppendFormRune(dst []rune, r rune) []rune { return appendFolded(dst, r, false) }

func appendFolded(dst []rune, r rune, fold bool) []rune {
	if r < utf8.RuneSelf {
		return foldDecomposed(dst, r, fold)
	}
	if r >= 0x4E00 && r <= 0x9FFF {
		return append(dst, simplified(r)) // a common Chinese character: no decomposition
	}
	// The rune's decomposition from the normalisation tables, without
	// normalising a string: most runes past ASCII (Chinese punctuation,
	// Greek, Cyrillic) have none, and this runs for every one of them in
	// every title the letters search prepares.
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	d := norm.NFKD.Properties(enc[:n]).Decomposition()
	if d == nil {
		if r >= 0xAC00 && r <= 0xD7A3 { // a Hangul syllable: decomposed by rule, not by table
			var buf [utf8.UTFMax * 4]byte
			d = norm.NFKD.AppendString(buf[:0], string(r))
		} else {
			return foldDecomposed(dst, r, fold)
		}
	}
	for len(d) > 0 {
		x, n := utf8.DecodeRune(d)
		dst = foldDecomposed(dst, x, fold)
		d = d[n:]
	}
	return dst
}

// foldDecomposed appends the folded form of r, a rune of NFKD text: the
// simplified form of a Chinese character, nothing for a nonspacing mark
// (variation selectors among them) or a format character, - for the
// hyphens U+2010 and U+2011, ' for the modifier apostrophe ʼ U+02BC (which
// text pasted from some editors writes for ’), i for the dotless ı, "ss" for ß and ẞ ("SS" for ẞ
// without case folding), the letters a ligature or stroked letter is made
// of (strokeLetter: œ is oe), r's case folding otherwise (r itself without).
func foldDecomposed(dst []rune, r rune, fold bool) []rune {
	switch {
	case r < utf8.RuneSelf:
		if fold && 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, r)
	case IsHan(r):
		return append(dst, simplified(r))
	case unicode.Is(unicode.Mn, r) || IsFormat(r):
		return dst // variation selectors too (Mn): 预\U000E0100算 is 预算
	case r == '\u2010':
		return append(dst, '-') // the hyphen, and the non-breaking hyphen U+2011 (NFKD: U+2010), are -
	case r == '\u02bc':
		return append(dst, '\'') // the modifier apostrophe: "customerʼs" is "customer's"
	case r == 'ı':
		return append(dst, 'i') // the dotless i: "Diyarbakır" is "diyarbakir", as "İstanbul" is "istanbul"
	case strokeLetter(r) != "":
		return appendStroked(dst, r, fold) // "Œuvre" is "oeuvre", "Łódź" is "lodz"
	case r == 'ß' || r == 'ẞ' && fold:
		return append(dst, 's', 's') // the one full folding NFKD leaves: "Straße" is "strasse"
	case r == 'ẞ':
		return append(dst, 'S', 'S')
	case !fold:
		return append(dst, r)
	}
	return append(dst, caseFold(r))
}

// strokeLetter is what a Latin letter that is a ligature or carries a
// stroke is made of, in lower case ("" for any other rune): Unicode gives
// these no decomposition, so NFKD keeps them whole, but readers type them
// as their letters (oeuvre for œuvre, aero for Ærø, lodz for Łódź), as
// Lucene's ASCIIFoldingFilter folds them. A switch, not a map: the
// package's initialisers build nothing (cli TestBinary).
func strokeLetter(r rune) string {
	switch r {
	case 'æ', 'Æ':
		return "ae"
	case 'œ', 'Œ':
		return "oe"
	case 'ø', 'Ø':
		return "o"
	case 'ł', 'Ł':
		return "l"
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d"
	case 'þ', 'Þ':
		return "th"
	case 'ħ', 'Ħ':
		return "h"
	case 'ŧ', 'Ŧ':
		return "t"
	}
	return ""
}

// appendStroked appends r's letters (strokeLetter), in upper case when r
// is upper case and fold is off.
func appendStroked(dst []rune, r rune, fold bool) []rune {
	upper := !fold && unicode.IsUpper(r)
	for _, x := range strokeLetter(r) {
		if upper {
			x = unicode.ToUpper(x)
		}
		dst = append(dst, x)
	}
	return dst
}

// caseFold is r's simple case folding, up to the representative chosen:
// the lower case of its upper case, which puts the final sigma ς with σ
// and Σ, and the Kelvin sign with k (TestCaseFoldIsUnicodes checks every
// rune against golang.org/x/text/cases). The dotless ı, which Unicode's
// folding keeps apart, never gets here: foldDecomposed makes it i.
func caseFold(r rune) rune { return unicode.ToLower(unicode.ToUpper(r)) }

// IsVariationSelector reports whether r is a variation selector, VS1–VS16
// (U+FE00–U+FE0F) or VS17–VS256 (U+E0100–U+E01EF): an invisible mark that
// picks a glyph of the character before it (an ideographic variation
// sequence, as text from some government and Japanese sources carries).
// Fold drops it; Tokens reads a word through it, as through a format
// character.
func IsVariationSelector(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF
}

// IsFormat reports whether r is an invisible format character (Unicode
// category Cf): a soft hyphen U+00AD, the zero-width space, non-joiner and
// joiner U+200B–U+200D, the word joiner U+2060, the byte order mark
// U+FEFF, bidirectional controls. Text pasted from word processors and web
// pages carries them inside words; search drops them before it splits the
// words.
func IsFormat(r rune) bool {
	if r < 0xAD || r > 0x206F && r < 0xFEFF {
		return false // most text, Chinese and its punctuation included: no table look-up
	}
	return unicode.Is(unicode.Cf, r)
}

// foldRune maps one rune as Fold maps it inside a word, for the scanner:
// full-width ASCII to ASCII, the ideographic space to a space. Other runes
// are left for Fold.
func foldRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ！ … ～
		return r - 0xFF01 + '!'
	case r == 0x3000:
		return ' '
	}
	return r
}

// FoldHan returns the one Chinese character that Fold folds r, a Chinese
// character (IsHan), to: its compatibility decomposition (the Kangxi
// radical ⼈ U+2F08 is 人, the compatibility ideograph 豈 U+F900 is 豈
// U+8C48), then its simplified form (豈 is 岂, 價 is 价). It is Fold for one
// character, without making a string, for a caller that walks Chinese
// text rune by rune (the search index's character bigrams).
func FoldHan(r rune) rune {
	if unchanged(r) {
		return r // a common character, simplified: no decomposition either (inlined)
	}
	return foldOtherHan(r)
}

// foldOtherHan is FoldHan for a character that unchanged does not pass.
func foldOtherHan(r rune) rune {
	if r >= 0x4E00 && r <= 0x9FFF {
		return simplified(r)
	}
	var one [4]rune
	if f := appendFolded(one[:0], r, true); len(f) == 1 {
		return f[0]
	}
	return r // not a Chinese character
}

// IsHan reports whether r is a Chinese character (script Han, which
// includes the CJK compatibility ideographs).
func IsHan(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	if r >= 0x4E00 && r <= 0x9FFF {
		return true // the common block, without a table look-up
	}
	return unicode.Is(unicode.Han, r)
}

// isWordRune reports whether r can be part of a word that is not Chinese:
// a letter, a digit, or a combining mark that continues one.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return !IsHan(r) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r))
}
