package sheet

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/internal/termsafe"
	"golang.org/x/net/html/charset"
)

// maxXMLDepth bounds how deeply a workbook's XML parts nest their
// elements: libxml2's default bound (xmlParserMaxDepth, 256). A worksheet
// nests six deep (worksheet, sheetData, row, c, is, r, t), a drawing or a
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

// checkParts refuses a workbook before any XML decoder (scan's, or
// excelize's, which decodes every part it uses whole) reads it:
//   - when the sizes its zip directory declares add up to more than
//     maxUnzipped: archive/zip fails a part longer than it declares, so
//     the sum bounds what can be read, and a 6.9 MB file of 2 GB of rows
//     was refused only after 55 s of reading its sheet;
//   - when one of its parts nests deeper than maxXMLDepth, or holds more
//     than maxDocBytes between two tags (which encoding/xml gathers whole
//     into one token), except in a worksheet or the shared text: there
//     scan refuses the run with a message that names its cell, and reads
//     no further.
//
// Every part is read, whatever its name (a workbook's relationships may
// name any part as its sheet); one that is not XML (a picture) stops its
// read at once, as it stops the decoders.
func checkParts(zr *zip.Reader) error {
	var total uint64
	for _, f := range zr.File {
		if total += min(f.UncompressedSize64, maxUnzipped+1); total > maxUnzipped {
			return unzipsTooLarge()
		}
	}
	for _, f := range zr.File {
		if err := checkNesting(f); err != nil {
			return err
		}
	}
	return nil
}

// checkNesting reads a part as encoding/xml reads it for excelize (in the
// encoding its XML declaration names, through the same charset readers),
// with RawToken, which keeps nothing for an open element, and counts how
// deep the elements nest.
func checkNesting(f *zip.File) error {
	if strings.HasSuffix(f.Name, "/") {
		return nil // a folder
	}
	rc, err := f.Open()
	if err != nil {
		return nil // a part that cannot be read: so its reader says, if it needs it
	}
	defer rc.Close()
	g := newTextGuard(rc)
	d := xml.NewDecoder(g)
	d.CharsetReader = charset.NewReaderLabel
	const damaged = "; the file is damaged or not from one\n  fix: open it in a spreadsheet program and save it again, or save the sheet as CSV (UTF-8) and import that"
	name := clip(termsafe.QuoteName(f.Name))
	depth := 0
	for {
		tok, err := d.RawToken()
		if g.tripped {
			if scanned(f.Name) {
				return nil
			}
			return fmt.Errorf("its part %s holds more than %d MB between two tags, far more than a spreadsheet program writes"+damaged,
				name, maxDocBytes>>20)
		}
		if err != nil {
			return nil // the end, or not XML: where the decoders stop too
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxXMLDepth {
				line, _ := d.InputPos()
				return fmt.Errorf("its part %s nests its elements more than %d levels deep (line %d), far deeper than a spreadsheet program writes"+damaged,
					name, maxXMLDepth, line)
			}
		case xml.EndElement:
			depth = max(depth-1, 0)
		}
	}
}

// scanned reports whether part is one whose runs of text scan (or
// scanShared) bounds itself: a worksheet where excelize keeps them, or
// the shared text, which excelize reads from this path only.
func scanned(part string) bool {
	part = strings.ToLower(part)
	return strings.HasPrefix(part, "xl/worksheets/") || part == "xl/sharedstrings.xml"
}
