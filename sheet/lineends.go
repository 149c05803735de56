package sheet

import (
	"bufio"
	"bytes"
	"io"
)

// crLineEnds reads a file whose lines end in a carriage return alone
// (classic Mac OS; Excel for Mac's "CSV (Macintosh)") as if they ended in
// line feeds, as the loader reads content files: encoding/csv ends a
// line at LF only, so such a file was one row, its header every line of
// the sheet, and the fix given (add a Duty column) could not help. A file
// is read so when its first buffer (64 KB) holds a CR and no LF: a file
// with CR LF or LF line ends has an LF there unless its first line is
// longer than that (widthGuard then names the CR).
func crLineEnds(br *bufio.Reader) *bufio.Reader {
	head, _ := br.Peek(br.Size())
	if bytes.IndexByte(head, '\n') >= 0 || bytes.IndexByte(head, '\r') < 0 {
		return br
	}
	return bufio.NewReaderSize(crToLF{br}, br.Size())
}

// crToLF turns every carriage return into a line feed, the line ends of
// a file whose lines end in CR (a CR inside a quoted cell is a line break
// there too).
type crToLF struct{ r io.Reader }

func (c crToLF) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}
