package sheet

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dutymap/dutymap/internal/termsafe"
)

// damagedFix is the fix for a workbook whose bytes are damaged: a
// spreadsheet program repairs what it can when it opens one, and a copy
// that went wrong is best fetched again.
const damagedFix = "open it in the spreadsheet program and save it again as .xlsx (it repairs what it can), or save the sheet as CSV (UTF-8) and import that; if it was downloaded or copied, get it again"

// diagnose looks, part by part, for what is damaged in a workbook (data)
// that a reader failed on, and says it in words a user can act on: the
// part, what is wrong with it, and the fix. Go's own words for the same
// faults ("flate: corrupt input before offset 9", "unexpected EOF", "zip:
// not a valid zip file", "XML syntax error on line 1: …") said neither
// (tryout20: 21 of 60 workbooks with one byte changed). It is nil when
// every part unzips and every XML part reads to its end.
//
// It runs only after a failure, so a sound workbook is read no more
// often; every part it reads is bounded as checkParts bounds it.
func diagnose(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return &partError{"the workbook is damaged: the zip archive that holds its parts cannot be read (its list of parts is cut short or changed)" +
			"\n  fix: " + damagedFix}
	}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue // a folder
		}
		if err := partDamage(f); err != nil {
			return err
		}
	}
	return missingPart(zr)
}

// missingPart names a part every workbook holds, or the part a sheet the
// workbook lists is kept in, that zr does not have (a damaged name in the
// zip's directory loses a part: excelize said "EOF", or "sheet Sheet1
// does not exist" of a sheet it had just listed).
func missingPart(zr *zip.Reader) error {
	has := func(name string) bool {
		for _, f := range zr.File {
			if strings.EqualFold(strings.ReplaceAll(f.Name, "\\", "/"), name) {
				return true
			}
		}
		return false
	}
	missing := func(name, what string) error {
		return &partError{fmt.Sprintf("the workbook is damaged: it has no part %s, %s (the part's name in the zip archive may be what is damaged)"+
			"\n  fix: %s", clip(termsafe.QuoteName(name)), what, damagedFix)}
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels"} {
		if !has(name) {
			return missing(name, "which every workbook holds")
		}
	}
	wb, err := readBook(zr)
	var none *noPart
	if errors.As(err, &none) {
		what := "which lists its sheets"
		if strings.HasSuffix(none.name, ".rels") {
			what = "which says where its sheets are kept"
		}
		return missing(none.name, what)
	}
	if err != nil {
		return nil // damaged in a way diagnose has not found
	}
	for _, s := range wb.sheets {
		if !has(s.part) {
			return missing(s.part, fmt.Sprintf("where it keeps its sheet %s", clip(termsafe.QuoteName(s.name))))
		}
	}
	return nil
}

// partDamage reads one part of a workbook to its end, as XML when its
// name says it is, and names what stops the read, if anything.
func partDamage(f *zip.File) error {
	name := clip(termsafe.QuoteName(f.Name))
	rc, err := f.Open()
	if err != nil {
		if errors.Is(err, zip.ErrAlgorithm) {
			return &partError{fmt.Sprintf("its part %s is packed with a compression method (number %d) that spreadsheet programs do not use; the file is damaged or not from one"+
				"\n  fix: %s", name, f.Method, damagedFix)}
		}
		return &partError{fmt.Sprintf("the workbook is damaged: the zip archive's entry for its part %s cannot be read"+
			"\n  fix: %s", name, damagedFix)}
	}
	defer rc.Close()
	r := bufio.NewReader(checkedPart{rc, f.Name})
	if !xmlPart(f.Name) {
		_, err := io.Copy(io.Discard, &limitReader{r: r, n: maxUnzipped})
		return unpackFault(name, err)
	}
	if head, _ := r.Peek(4); utf16Head(head) {
		return &partError{fmt.Sprintf("its part %s is written in UTF-16, which import does not read (spreadsheet programs write UTF-8)"+
			"\n  fix: %s", name, resaveFix)}
	}
	g := newTextGuard(r)
	d := xmlDecoder(f.Name, g)
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if g.tripped {
			return runTooLong(f.Name)
		}
		if err != nil {
			if e := unpackFault(name, err); e != nil {
				return e
			}
			var se *xml.SyntaxError
			var pe *partError
			switch {
			case errors.As(err, &pe):
				return pe // an encoding not known
			case !errors.As(err, &se):
				// encoding/xml's other errors: "xml: unsupported
				// version "1S5h encoding="; only version 1.0 is supported".
				what := "its XML declaration (<?xml version=\"1.0\" …?>) is broken"
				if !strings.HasPrefix(err.Error(), "xml: unsupported version") {
					line, _ := d.InputPos()
					what = fmt.Sprintf("its XML cannot be read past line %d", line)
				}
				return &partError{fmt.Sprintf("its part %s is damaged: %s"+
					"\n  fix: %s", name, what, damagedFix)}
			}
			if e := entityError(f.Name, err); e != nil {
				return e
			}
			// The reader's own words after "XML syntax error on line
			// N:" say what broke ("expected /> in element").
			what := fmt.Sprintf("its XML is broken on line %d (%s)", se.Line, clip(termsafe.Plain(se.Msg)))
			switch se.Msg {
			case "invalid UTF-8":
				what = fmt.Sprintf("line %d holds bytes that are not UTF-8 text", se.Line)
			case "unexpected EOF":
				what = "its XML ends before its elements are closed"
			}
			return &partError{fmt.Sprintf("its part %s is damaged: %s"+
				"\n  fix: %s", name, what, damagedFix)}
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxXMLDepth {
				line, _ := d.InputPos()
				return tooDeep(f.Name, line)
			}
		case xml.EndElement:
			depth--
		}
	}
}

// unpackFault is the error for a part (named name, quoted) whose read
// failed with err: a part that does not unpack, or is not as the zip's
// directory says; nil for any other err.
func unpackFault(name string, err error) error {
	var pe *partError
	var corrupt flate.CorruptInputError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &pe):
		return pe
	case errors.As(err, &corrupt), errors.Is(err, io.ErrUnexpectedEOF):
		return &partError{fmt.Sprintf("its part %s is damaged: its packed (deflated) bytes do not unpack"+
			"\n  fix: %s", name, damagedFix)}
	}
	return nil
}

// xmlPart reports whether a part is XML by its name, as a spreadsheet
// program names its parts.
func xmlPart(name string) bool {
	name = strings.ToLower(name)
	return strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels")
}

// utf16Head reports whether a part begins as UTF-16 text does: a byte
// order mark, or "<?" with a zero byte beside each letter. encoding/xml
// (and so excelize) reads UTF-8 only up to the declaration, and called
// such a part "invalid UTF-8".
func utf16Head(head []byte) bool {
	return bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) ||
		bytes.HasPrefix(head, []byte("<\x00?\x00")) || bytes.HasPrefix(head, []byte("\x00<\x00?"))
}

// damage is the error to give for err, of a reader of the workbook
// (data): what diagnose finds damaged, or else, when err is in Go's
// words, that the workbook is damaged; nil when err is dutymap's own.
func damage(data []byte, err error) error {
	if d := diagnose(data); d != nil {
		return d
	}
	if rawError(err) {
		return &partError{"not a readable XLSX workbook: its parts are not what a spreadsheet program writes; the file is damaged or not from one" +
			"\n  fix: " + damagedFix}
	}
	return nil
}

// rawError reports whether err is in the words of Go's zip, flate or XML
// readers, or a bare end of input: true of a damaged file, but no help.
func rawError(err error) bool {
	var se *xml.SyntaxError
	var corrupt flate.CorruptInputError
	if errors.As(err, &se) || errors.As(err, &corrupt) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrAlgorithm) || errors.Is(err, zip.ErrChecksum) || errors.Is(err, zip.ErrInsecurePath) {
		return true
	}
	msg := err.Error()
	for _, raw := range []string{"zip: ", "flate: ", "XML syntax error", "unexpected EOF", "invalid UTF-8"} {
		if strings.Contains(msg, raw) {
			return true
		}
	}
	return msg == "EOF"
}
