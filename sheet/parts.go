package sheet

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dutymap/dutymap/internal/termsafe"
	"golang.org/x/net/html/charset"
)

// maxXMLDepth bounds how deeply a workbook's XML parts nest their
// elements: libxml2's default bound (xmlParserMaxDepth, 256). A worksheet
// nests seven deep (worksheet, sheetData, row, c, is, r, t), a drawing or a
// chart a dozen or two. encoding/xml keeps about 100 bytes for each open
// element, so a 118 KB workbook nesting 40 million took 3.9 GB and 81 s
// to refuse, and under a memory limit died with a Go fatal "out of
// memory" (hostile16 #1).
const maxXMLDepth = 256

// unzipsTooLarge is the error for a workbook whose parts unzip to more
// than maxUnzipped.
func unzipsTooLarge() error {
	return fmt.Errorf("the workbook unzips to more than %d MB, the most import reads; %s", maxUnzipped>>20, SplitFix)
}

// checkSizes refuses a workbook whose zip directory says its parts unzip
// to more than maxUnzipped, before any part is read: archive/zip fails a
// part longer than it declares, so the sum bounds what can be read, and a
// 6.9 MB file of 2 GB of rows was refused only after 55 s of reading its
// sheet. The counting readers (limitReader, excelize's) stay for the
// parts read anyway.
//
// A workbook large only because of its pictures (or other files embedded
// in it) is told so: splitting its sheets cannot help when the sheet is
// small (tryout18 E).
func checkSizes(zr *zip.Reader) error {
	var total uint64
	for _, f := range zr.File {
		if err := sizeLie(f); err != nil {
			return err
		}
	}
	for _, f := range zr.File {
		if total += min(f.UncompressedSize64, maxUnzipped+1); total > maxUnzipped {
			return tooLargeFrom(zr)
		}
	}
	return nil
}

// maxDeflateRatio is the most deflate can shrink data: a run of 258
// bytes at best takes a code of 1 bit and a distance of 1 bit, so 1032:1
// at the limit (see RFC 1951); more is allowed for a part's headers.
const maxDeflateRatio = 1032

// sizeLie is the error for a part whose size, as the zip's directory
// gives it, its packed bytes cannot hold: a stored part is as long packed
// as unpacked, and a deflated one at most 1032 times longer. One byte
// changed in the directory made a 6 KB workbook "unzip to more than 512
// MB", and its fix said to split the sheet (tryout20).
func sizeLie(f *zip.File) error {
	packed, size := f.CompressedSize64, f.UncompressedSize64
	var most uint64
	switch f.Method {
	case zip.Store:
		most = packed
	case zip.Deflate:
		most = packed*maxDeflateRatio + 1024
	default:
		return nil // a method neither reader unpacks: so its reader says
	}
	if packed > 1<<40 || size <= most {
		return nil
	}
	return &partError{fmt.Sprintf("the workbook is damaged: the zip archive's directory says its part %s unpacks to %s, which its %s of packed data cannot hold"+
		"\n  fix: %s", clip(termsafe.QuoteName(f.Name)), byteSize(size), byteSize(packed), damagedFix)}
}

// byteSize is n bytes as a message says it: "612 bytes", "48 KB", "3 MB".
func byteSize(n uint64) string {
	switch {
	case n < 10<<10:
		return fmt.Sprintf("%d bytes", n)
	case n < 10<<20:
		return fmt.Sprintf("%d KB", n>>10)
	case n < 10<<30:
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d GB", n>>30)
}

// tooLargeFrom is the error for a workbook whose parts unzip to more than
// maxUnzipped: when the parts import never reads (embedded) are what
// make it so, it names them and says to remove them.
func tooLargeFrom(zr *zip.Reader) error {
	var read, media, largest uint64
	bound := false // a part's size is past maxMediaSize: media is a bound
	example := ""  // the largest embedded part
	for _, f := range zr.File {
		if !embedded(f.Name) {
			read += min(f.UncompressedSize64, maxUnzipped+1)
			continue
		}
		// The size the zip's directory gives, which checkSizes has found
		// its packed bytes can hold: the pictures' real size. It said 513
		// MB of a 600 MB picture, the bound it was cut at (tryout20).
		size := f.UncompressedSize64
		if size > maxMediaSize {
			size, bound = maxMediaSize, true
		}
		if media += size; example == "" || size > largest {
			example, largest = f.Name, size
		}
	}
	if media == 0 || read > maxUnzipped {
		return unzipsTooLarge()
	}
	size := fmt.Sprintf("%d MB", media>>20)
	if bound {
		size = "more than " + size
	}
	return fmt.Errorf("the workbook unzips to more than %d MB, the most import reads, and %s of it are pictures or other files embedded in it (such as %s), which import does not read"+
		"\n  fix: delete the pictures and embedded files from the workbook (or from a copy of it) and save it, or save the sheet as CSV (UTF-8) and import that",
		maxUnzipped>>20, size, clip(termsafe.QuoteName(example)))
}

// maxMediaSize bounds the size of one embedded part tooLargeFrom counts,
// so that no sum of them overflows: past it (a method of packing whose
// size checkSizes cannot check), the message gives a bound, "more than".
const maxMediaSize = 1 << 40

// embedded reports whether a workbook's part is a picture or another file
// embedded in it (an object, a video, the thumbnail), which import never
// reads: the parts under xl/media/ and xl/embeddings/, where spreadsheet
// programs keep them, and the thumbnail under docProps/.
func embedded(name string) bool {
	name = strings.ToLower(strings.ReplaceAll(name, "\\", "/"))
	return strings.HasPrefix(name, "xl/media/") || strings.HasPrefix(name, "xl/embeddings/") || strings.HasPrefix(name, "docprops/thumbnail")
}

// checkParts refuses a workbook one of whose parts nests deeper than
// maxXMLDepth, or holds more than maxDocBytes between two tags (which
// encoding/xml gathers whole into one token) outside a worksheet or the
// shared text, where scan refuses the run with a message that names its
// cell. It runs before excelize decodes any part whole.
//
// Every part is read, whatever its name (a workbook's relationships may
// name any part as its sheet; a formula may read another sheet), but
// those sheet's own readers bound as they read them (bounded: the parts
// readBook decoded, the sheet and the shared text scan reads before
// excelize): read twice, a 100,000-row sheet cost a quarter more
// allocations. A part that is not XML (a picture) stops its read at once,
// as it stops the decoders.
func checkParts(zr *zip.Reader, bounded []string) error {
	skip := map[string]bool{}
	for _, name := range bounded {
		if name != "" && uniquePart(zr, name) {
			skip[name] = true // else excelize may read another part so named
		}
	}
	for _, f := range zr.File {
		if skip[f.Name] {
			continue
		}
		if strings.HasSuffix(f.Name, "/") {
			continue // a folder
		}
		rc, err := f.Open()
		if err != nil {
			continue // a part that cannot be read: so its reader says, if it needs it
		}
		err = checkNesting(f.Name, checkedPart{rc, f.Name})
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// uniquePart reports whether the workbook has one part only that excelize
// reads as name (it ignores the case of some names and reads \ as /).
func uniquePart(zr *zip.Reader, name string) bool {
	n := 0
	for _, f := range zr.File {
		if strings.EqualFold(strings.ReplaceAll(f.Name, "\\", "/"), name) {
			n++
		}
	}
	return n == 1
}

// partError is a part that checkNesting (or scan) refuses: an error to
// give as it is, with its fix.
type partError struct{ msg string }

func (e *partError) Error() string { return e.msg }

// split is the error's message and its fix apart, as a problem of Read
// gives them.
func (e *partError) split() (msg, fix string) {
	msg, fix, _ = strings.Cut(e.msg, "\n  fix: ")
	return msg, fix
}

// damaged ends a partError's message.
const damaged = "; the file is damaged or not from one\n  fix: open it in a spreadsheet program and save it again, or save the sheet as CSV (UTF-8) and import that"

// tooDeep is the error for part nesting past maxXMLDepth at line.
func tooDeep(part string, line int) error {
	return &partError{fmt.Sprintf("its part %s nests its elements more than %d levels deep (line %d), far deeper than a spreadsheet program writes"+damaged,
		clip(termsafe.QuoteName(part)), maxXMLDepth, line)}
}

// badRef is the error for a row or cell (what) of part, at line, whose
// number or reference (r="…") is none a sheet has: excelize said only
// "strconv.Atoi: parsing "x": invalid syntax" or "row number exceeds
// maximum limit", and blamed the header for any row.
func badRef(part, what, ref string, line int) error {
	want := "a row number (1 to 1,048,576)"
	verb := "numbers a row"
	if what == "a cell" {
		want, verb = "a cell a sheet has (columns A to XFD, rows 1 to 1,048,576)", "names a cell"
	}
	return &partError{fmt.Sprintf("its part %s %s %s (line %d), which is not %s"+damaged,
		clip(termsafe.QuoteName(part)), verb, clip(termsafe.QuoteName(ref)), line, want)}
}

// runTooLong is the error for part holding more than maxDocBytes between
// two tags.
func runTooLong(part string) error {
	return &partError{fmt.Sprintf("its part %s holds more than %d MB between two tags, far more than a spreadsheet program writes"+damaged,
		clip(termsafe.QuoteName(part)), maxDocBytes>>20)}
}

// checkNesting reads a part (r, named part) as encoding/xml reads it for
// excelize (in the encoding its XML declaration names, through the same
// charset readers), with RawToken, which keeps nothing for an open
// element, and counts how deep the elements nest.
func checkNesting(part string, r io.Reader) error {
	g := newTextGuard(r)
	d := xmlDecoder(part, g)
	depth := 0
	started := false // an element began: the part is XML
	for {
		tok, err := d.RawToken()
		if g.tripped {
			if scanned(part) {
				return nil
			}
			return runTooLong(part)
		}
		if err != nil {
			var pe *partError
			if errors.As(err, &pe) {
				return pe // not as the zip says, or an encoding not known
			}
			if e := entityError(part, err); e != nil && started {
				return e // in XML: a text file embedded may hold "Q&A;"
			}
			return nil // the end, or not XML: where the decoders stop too
		}
		switch tok.(type) {
		case xml.StartElement:
			started = true
			if depth++; depth > maxXMLDepth {
				line, _ := d.InputPos()
				return tooDeep(part, line)
			}
		case xml.EndElement:
			depth = max(depth-1, 0)
		}
	}
}

// xmlDecoder is a decoder of a workbook's part (named part) that reads
// the encodings excelize reads, through the same charset readers: a part
// that declares encoding="ISO-8859-1" or "GBK" was refused by sheet's own
// readers with encoding/xml's "CharsetReader is nil" (res17). An encoding
// neither reads is a *partError that names it, with the fix.
func xmlDecoder(part string, r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		out, err := charset.NewReaderLabel(label, in)
		if err != nil {
			return nil, &partError{fmt.Sprintf("its part %s declares the encoding %s, which import does not know (it reads UTF-8 and the encodings web browsers read, such as ISO-8859-1, windows-1252, GBK, Big5 and Shift_JIS)"+
				"\n  fix: %s", clip(termsafe.QuoteName(part)), clip(termsafe.QuoteName(label)), resaveFix)}
		}
		return out, nil
	}
	return d
}

// partFault is err, of a decoder reading part, as the error to give: the
// *partError inside it (an encoding not known, a part not as the zip
// says), or the entity a DTD declares, or else err itself.
func partFault(part string, err error) error {
	var pe *partError
	if errors.As(err, &pe) {
		return pe
	}
	if e := entityError(part, err); e != nil {
		return e
	}
	return err
}

// entityError is, when err (of encoding/xml, reading part) is an entity
// it does not know (&c;, which only a DTD declares: encoding/xml expands
// none, so a DTD cannot grow the text), the error that says so, with the
// fix; else nil. The library's words ("XML syntax error on line 1:
// invalid character entity &c;") had no fix (tryout18 E).
func entityError(part string, err error) error {
	var se *xml.SyntaxError
	if !errors.As(err, &se) {
		return nil
	}
	entity, ok := strings.CutPrefix(se.Msg, "invalid character entity ")
	if !ok {
		return nil
	}
	return &partError{fmt.Sprintf("its part %s uses the entity %s (line %d), which only a DTD (<!DOCTYPE …>) declares: spreadsheet programs do not write them, and import does not expand them"+
		"\n  fix: %s", clip(termsafe.QuoteName(part)), clip(termsafe.QuoteName(entity)), se.Line, resaveFix)}
}

// checkedPart reads a part of the workbook and turns archive/zip's
// errors for a part that is not what the zip's directory says (longer
// than it declares, or another checksum) into a *partError that names
// the part and the fix: "zip: not a valid zip file" said neither what was
// wrong nor what to do.
type checkedPart struct {
	io.ReadCloser
	name string
}

func (c checkedPart) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	if errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) {
		how := "is longer than the zip archive's directory says"
		if errors.Is(err, zip.ErrChecksum) {
			how = "does not match the checksum the zip archive's directory gives"
		}
		err = &partError{fmt.Sprintf("its part %s %s: the archive is damaged or inconsistent (cut short, or changed by a program that does not write zip files right)"+
			"\n  fix: open it in the spreadsheet program and save it again (or save the sheet as CSV (UTF-8) and import that); if it was downloaded or copied, get it again",
			clip(termsafe.QuoteName(c.name)), how)}
	}
	return n, err
}

// scanned reports whether part is one whose runs of text scan (or
// scanShared) bounds itself: a worksheet where excelize keeps them, or
// the shared text, which excelize reads from this path only.
func scanned(part string) bool {
	part = strings.ToLower(part)
	return strings.HasPrefix(part, "xl/worksheets/") || part == "xl/sharedstrings.xml"
}
