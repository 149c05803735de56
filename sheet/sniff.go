package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
)

// Format is what a file to import holds, whatever its name says.
type Format int

const (
	FormatText   Format = iota // text: CSV, or anything else written in letters
	FormatXLSX                 // a zip holding an Excel workbook (XLSX, XLSM)
	FormatODS                  // a zip holding an OpenDocument spreadsheet
	FormatZip                  // another zip file
	FormatCFB                  // an OLE2 compound file: an .xls workbook, or a password-protected .xlsx
	FormatHTML                 // a web page (what some programs export as "Excel")
	FormatBinary               // none of these (NUL bytes: binary data, or UTF-16 without a byte order mark)
	// FormatDamagedZip is a file that starts as a zip but whose list of
	// parts cannot be read: cut short (a download or copy that stopped),
	// or damaged. It was told "a zip file that holds no workbook: unzip
	// it", which cannot be done.
	FormatDamagedZip
)

// Sniff tells what the file r (of size bytes) holds from its first bytes
// and, for a zip, its list of parts: a workbook saved under a .csv name
// read as CSV said "the header is not UTF-8 text" and suggested an
// encoding, and a CSV file under an .xlsx name said only "not a valid
// zip file".
func Sniff(r io.ReaderAt, size int64) Format {
	head := make([]byte, 512)
	n, _ := r.ReadAt(head, 0)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		zr, err := zip.NewReader(r, size)
		if err != nil {
			return FormatDamagedZip
		}
		for _, f := range zr.File {
			switch {
			case f.Name == "mimetype":
				if rc, err := f.Open(); err == nil {
					m, _ := io.ReadAll(io.LimitReader(rc, 100))
					rc.Close()
					if strings.Contains(string(m), "opendocument.spreadsheet") {
						return FormatODS
					}
				}
			case strings.EqualFold(f.Name, "xl/workbook.xml"), strings.EqualFold(f.Name, "[Content_Types].xml"):
				return FormatXLSX
			}
		}
		return FormatZip
	case bytes.HasPrefix(head, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
		return FormatCFB
	case bytes.HasPrefix(head, []byte("\xff\xfe")), bytes.HasPrefix(head, []byte("\xfe\xff")):
		return FormatText // UTF-16, with its byte order mark: NULs beside every letter
	case bytes.IndexByte(head, 0) >= 0:
		return FormatBinary
	}
	start := strings.ToLower(strings.TrimLeft(strings.TrimPrefix(string(head), "\ufeff"), " \t\r\n"))
	if strings.HasPrefix(start, "<!doctype html") || strings.HasPrefix(start, "<html") || strings.HasPrefix(start, "<table") {
		return FormatHTML
	}
	return FormatText
}
