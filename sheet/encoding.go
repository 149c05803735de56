package sheet

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// rawHeadSize is how much of a CSV file is kept as stored, before any
// decoding, so that a header that reads wrong can be read in the
// encodings the file is more likely in (see builder.misread).
const rawHeadSize = 64 << 10

// rawHeader is a sheet that can give its first bytes as stored: a CSV
// file's. enc is the encoding it was read in, "" for UTF-8.
type rawHeader interface {
	rawHead() (head []byte, enc string)
}

func (c *csvRows) rawHead() ([]byte, string) { return c.raw, c.enc }

// legacyEncodings are the encodings, other than UTF-8 and UTF-16, that a
// CSV file with a header that is not UTF-8 is most likely in, the most
// common first (a reading that cannot choose takes the first): what
// Excel saves as "CSV" on Chinese (simplified, then traditional),
// Japanese, Korean and Western Windows.
var legacyEncodings = []string{"gb18030", "big5", "shift_jis", "euc-kr", "windows-1252"}

// encodingNames are the names problems give encodings.
var encodingNames = map[string]string{
	"utf-8": "UTF-8", "gb18030": "GB18030", "big5": "Big5", "shift_jis": "Shift JIS", "euc-kr": "EUC-KR",
	"windows-1252": "Windows-1252", "utf-16": "UTF-16", "utf-16le": "UTF-16 (little-endian)", "utf-16be": "UTF-16 (big-endian)",
}

// encodingFix is the fix for a CSV file most likely in encoding enc.
func encodingFix(enc string) string {
	if strings.HasPrefix(enc, "utf-16") { // a byte order mark, or the NULs of ASCII, are sure of it
		return sureEncodingFix(enc)
	}
	return fmt.Sprintf("import it again with --encoding %s (or big5, shift_jis, … if that reading is wrong), or save the sheet as UTF-8 (in Excel: Save As, CSV UTF-8)", enc)
}

// sureEncodingFix is the fix for a CSV file surely in encoding enc: its
// header reads in it as columns dutymap knows.
func sureEncodingFix(enc string) string {
	if enc == "utf-8" {
		return "import it again without --encoding (or with --encoding utf-8)"
	}
	return fmt.Sprintf("import it again with --encoding %s, or save the sheet as UTF-8 (in Excel: Save As, CSV UTF-8)", enc)
}

// guessEncoding names the encoding that text, a cell that is not UTF-8,
// is most likely in, with the text read in it: GB18030 when that reads as
// Chinese (what Excel on Chinese Windows saves as "CSV"), else
// Windows-1252 (what it saves on Western Windows). The reading lets the
// user judge the guess: it is a problem's, one short line (clip), as
// misread's are (a 240 KB cell was a 240 KB problem).
func guessEncoding(text string) (name, reading string) {
	if s, err := simplifiedchinese.GB18030.NewDecoder().String(text); err == nil && !strings.ContainsRune(s, utf8.RuneError) &&
		hasHan(s) && cleanText(s) {
		return "gb18030", clip(oneLine(s))
	}
	s, _ := charmap.Windows1252.NewDecoder().String(text)
	return "windows-1252", clip(oneLine(s))
}

// utf16Order tells a UTF-16 file from its first bytes: by its byte
// order mark ("utf-16" for FF FE, which --encoding utf-16 reads, and
// "utf-16be" for FE FF), or without one by its NULs: in UTF-16 every
// ASCII character (the separators, the line ends, digits, English words)
// is a NUL and a byte, the NUL second in little-endian order and first in
// big-endian. Text in UTF-8 or a legacy encoding has no NULs. "" when the
// bytes are not UTF-16.
func utf16Order(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}):
		return "utf-16"
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		return "utf-16be"
	}
	pairs := len(head) / 2
	if pairs < 2 {
		return ""
	}
	// Count the ASCII characters each way round: a Chinese character
	// may have a NUL byte (销 is U+9500), beside a byte of 0x80 or more.
	le, be := 0, 0
	for i := 0; i+1 < len(head); i += 2 {
		switch x, y := head[i], head[i+1]; {
		case x != 0 && x < 0x80 && y == 0:
			le++
		case x == 0 && y != 0 && y < 0x80:
			be++
		}
	}
	// A line of a sheet has a separator or a line end every few
	// characters.
	switch {
	case le*8 >= pairs && be*4 < le:
		return "utf-16le"
	case be*8 >= pairs && le*4 < be:
		return "utf-16be"
	}
	return ""
}

// bom reports whether head begins with a UTF-16 byte order mark.
func bom(head []byte) bool {
	return bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff})
}

// reading is a sheet's header read in one encoding.
type reading struct {
	enc   string
	cells []string // the row with the most headers dutymap knows, of the first few
	known int      // how many of its cells are such headers
	clean bool     // no character that is not text (see cleanText)
}

// readHead reads head, a CSV file's first bytes as stored, in encoding
// enc ("utf-8" reads it as it is) with separator sep (0: as guessed).
func readHead(head []byte, enc string, sep rune) (reading, bool) {
	text := string(head)
	if enc != "utf-8" {
		e, err := htmlindex.Get(enc)
		if err != nil {
			return reading{}, false
		}
		// Cut at the last line end: the decoder should not see a
		// character cut in two at the end of what was kept.
		if i := lastLineEnd(head, enc); i > 0 && len(head) == rawHeadSize {
			head = head[:i]
		}
		text, err = e.NewDecoder().String(string(head))
		if err != nil {
			return reading{}, false
		}
	}
	text = strings.TrimPrefix(text, "\ufeff")
	if sep == 0 {
		best, bestKnown, bestAgree := ',', 0, 0
		for _, s := range separators {
			known, agree := separatorScore([]byte(text), s.r)
			if known > bestKnown || known == bestKnown && agree > bestAgree {
				best, bestKnown, bestAgree = s.r, known, agree
			}
		}
		sep = best
	}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma, cr.LazyQuotes, cr.FieldsPerRecord = sep, true, -1
	r := reading{enc: enc, known: -1}
	for range headerScan {
		rec, err := cr.Read()
		if err != nil {
			break
		}
		n := 0
		for _, c := range rec {
			if guess(c).Field != FieldNone {
				n++
			}
		}
		if n > r.known {
			r.cells, r.known = rec, n
		}
	}
	if r.cells == nil {
		return reading{}, false
	}
	r.clean = cleanText(strings.Join(r.cells, " "))
	return r, true
}

// lastLineEnd is the end of the last line feed in head, in enc's bytes.
func lastLineEnd(head []byte, enc string) int {
	switch enc {
	case "utf-16", "utf-16le":
		if i := bytes.LastIndex(head, []byte{'\n', 0}); i >= 0 && i%2 == 0 {
			return i + 2
		}
		return 0
	case "utf-16be":
		if i := bytes.LastIndex(head, []byte{0, '\n'}); i >= 0 && i%2 == 0 {
			return i + 2
		}
		return 0
	}
	return bytes.LastIndexByte(head, '\n') + 1
}

// cleanText reports whether s reads as text: no replacement character, no
// control character, none of the Latin-1 signs (¿, ², Ã's neighbours in
// mojibake) that bytes of another encoding read as Windows-1252 are full
// of, and no Chinese character inside a Latin word (GB18030 reads the é
// of a Windows-1252 "Département" and the letter after it as one: D閜artement).
func cleanText(s string) bool {
	prev := ' '
	for _, r := range s {
		switch {
		case r == utf8.RuneError, unicode.IsControl(r), r >= 0x80 && r <= 0xbf, r >= 0xc0 && r <= 0xff && !unicode.IsLetter(r):
			return false
		case isLatinLetter(prev) && unicode.Is(unicode.Han, r), unicode.Is(unicode.Han, prev) && isLatinLetter(r):
			return false
		}
		prev = r
	}
	return true
}

func isLatinLetter(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }

// misread reports a header that reads wrong in the encoding the CSV file
// was read in, when another encoding reads it as meant: a header that is
// not UTF-8 text (read without --encoding); a UTF-16 file, with or
// without a byte order mark, read as another encoding; and a header that
// reads as no columns dutymap knows, when in another encoding it reads as
// several (--encoding big5 for a GB18030 file). It names the encoding
// that reads it, with the header read in it so that the user can judge.
// notText is the first column of the header that is not UTF-8 text, or
// -1; ok that the header reads as one. It reports whether it reported.
func (b *builder) misread(rows Rows, header []string, notText int, ok bool) bool {
	raw, isCSV := rows.(rawHeader)
	if !isCSV {
		return false
	}
	head, given := raw.rawHead()
	wide := utf16Order(head)
	if wide != "" && strings.HasPrefix(strings.ToLower(given), "utf-16") || notText < 0 && ok && wide == "" {
		return false
	}
	var candidates []string
	switch {
	case wide != "":
		candidates = []string{wide}
	case given == "":
		candidates = legacyEncodings
	default:
		candidates = append([]string{"utf-8"}, legacyEncodings...)
	}
	var best reading
	for _, enc := range candidates {
		if strings.EqualFold(enc, given) {
			continue
		}
		r, ok := readHead(head, enc, b.sep)
		if !ok {
			continue
		}
		if best.cells == nil || r.known > best.known || r.known == best.known && r.clean && !best.clean {
			best = r
		}
	}
	if best.cells == nil {
		return false
	}
	name, says := encodingNames[best.enc], clip(oneLine(strings.Join(best.cells, ", ")))
	asGiven := "UTF-8"
	if given != "" {
		asGiven = given
		if n, ok := encodingNames[strings.ToLower(given)]; ok {
			asGiven = n
		}
	}
	switch {
	case wide != "" && (notText < 0 || !bom(head)):
		b.problem(b.headerRow, -1, encodingFix(best.enc), "the file is %s text (a NUL byte beside each ASCII character), not %s; read as %s it says: %s", name, asGiven, name, says)
	case notText >= 0:
		// Read without --encoding: the bytes are not UTF-8.
		if best.known == 0 && !best.clean {
			return false // no reading to offer but the usual guess's
		}
		b.notUTF8Header(notText, best.enc, says)
	case best.known >= 2 && best.known > knownAs(head, given, b.sep):
		b.problem(b.headerRow, -1, sureEncodingFix(best.enc), "read as %s, the header says: %s; read as %s it says: %s",
			asGiven, clip(oneLine(strings.Join(header, ", "))), name, says)
	default:
		return false
	}
	return true
}

// notUTF8Header reports a header whose column col is not UTF-8 text;
// says is the header read as enc, the encoding it is most likely in, as
// misread finds it or, when that finds no better reading, as
// guessEncoding guesses it.
func (b *builder) notUTF8Header(col int, enc, says string) {
	b.problem(b.headerRow, -1, encodingFix(enc), "column %s: the header is not UTF-8 text; read as %s it says: %s", ColumnName(col), encodingNames[enc], says)
}

// knownAs is how many headers dutymap knows the header row reads as in
// enc ("" for UTF-8), of the first few rows the one with the most.
func knownAs(head []byte, enc string, sep rune) int {
	if enc == "" {
		enc = "utf-8"
	}
	r, _ := readHead(head, enc, sep)
	return r.known
}
