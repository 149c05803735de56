package sheet

import (
	"io"
	"strings"
	"testing"
)

// separatorsReader is a CSV file of head, then a row of n separators made
// as it is read, then tail; read counts the bytes taken from it.
type separatorsReader struct {
	head, tail string
	n, read    int
}

func (r *separatorsReader) Read(p []byte) (int, error) {
	k := 0
	for k < len(p) {
		switch pos := r.read; {
		case pos < len(r.head):
			p[k] = r.head[pos]
		case pos < len(r.head)+r.n:
			p[k] = ','
		case pos < len(r.head)+r.n+len(r.tail):
			p[k] = r.tail[pos-len(r.head)-r.n]
		default:
			if k == 0 {
				return 0, io.EOF
			}
			return k, nil
		}
		r.read++
		k++
	}
	return k, nil
}

// A CSV row of millions of cells is refused at the cell past the bound,
// before the rest of it is read: encoding/csv makes a row's cells at
// once, and a line of 60 million commas took 4.8 GB (fails without
// widthGuard: the whole row is read, 2 MB here).
func TestImportStopsAtARowTooWide(t *testing.T) {
	r := &separatorsReader{head: "Department,Duty\nSales,Sell.\nSales,Buy", n: 2_000_000, tail: "\nSales,Plan.\n"}
	rows, err := CSV(r, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	res := Read(rows, Options{Name: "s.csv"})
	want := "s.csv:3: the row has more than 16384 cells, as many as a worksheet has columns; import read no further\n" +
		"  fix: delete the row's cells right of the header's last column (often a run of separators a program left at the end of the line)"
	if got := problemText(res); got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
	if r.read > 1<<20 {
		t.Errorf("read %d bytes of the file before refusing the row", r.read)
	}
}

// Separators and line breaks inside quoted cells are text, not cells: a
// description of 20,000 commas is read, and so are rows after a quoted
// cell holding a doubled quote and a line break.
func TestImportCountsOnlyCellsOutsideQuotes(t *testing.T) {
	commas := strings.Repeat(",", 20_000)
	text := "Department,Duty,Description\n" +
		"Sales,Sell.,\"" + commas + "\"\n" +
		"Sales,\"Buy \"\"cheap\"\",\nthen sell\",x\n" +
		"Sales,Plan.,\"a,\r\nb\"\n"
	res := importCSV(t, text, Options{})
	if len(res.Problems.Errors()) > 0 {
		t.Fatal(res.Problems)
	}
	if res.Rows != 3 {
		t.Errorf("%d rows read, want 3", res.Rows)
	}
}

// A file whose lines end in a carriage return alone is read with CR as
// the line end (see crLineEnds); when a line feed among its first lines
// says otherwise, the rest of the file is one row to CSV: the fix says
// so, rather than blaming separators.
func TestImportNamesCROnlyLineEnds(t *testing.T) {
	text := strings.Repeat("Sales,Sell.\r", 20_000)
	// (The one duty on every row is one duty, and a note says so.)
	if res := importCSV(t, "Department,Duty\r"+text, Options{}); len(res.Problems.Errors()) > 0 || res.Rows != 20_000 {
		t.Errorf("CR line ends: %d rows, problems:\n%s", res.Rows, problemText(res))
	}
	res := importCSV(t, "Department,Duty\n"+text, Options{})
	want := "s.csv:2: the row has more than 16384 cells, as many as a worksheet has columns; import read no further\n" +
		"  fix: its lines end in a carriage return alone, which CSV does not read as a line end: save the file with Windows (CR LF) or Unix (LF) line ends, or as XLSX"
	if got := problemText(res); got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
}
