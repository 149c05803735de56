package sheet

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Order tells UTF-16 without a byte order mark by the NULs of its
// ASCII characters, in either byte order, Chinese text with a NUL byte of
// its own (销 is U+9500) included, and takes UTF-8 and GB18030 text, with
// a stray NUL, for what it is.
func TestUTF16Order(t *testing.T) {
	encode := func(s string, big bool) []byte {
		var out []byte
		for _, u := range utf16.Encode([]rune(s)) {
			if big {
				out = append(out, byte(u>>8), byte(u))
			} else {
				out = append(out, byte(u), byte(u>>8))
			}
		}
		return out
	}
	const zh = "部门,岗位,职责\n销售部,销售员,拜访客户\n销售部,销售经理,销售\n"
	for _, c := range []struct {
		name string
		head []byte
		want string
	}{
		{"le", encode(zh, false), "utf-16le"},
		{"be", encode(zh, true), "utf-16be"},
		{"le english", encode("Department,Duty\r\nSales,Sell\r\n", false), "utf-16le"},
		{"bom", append([]byte{0xff, 0xfe}, encode(zh, false)...), "utf-16"},
		{"bom be", append([]byte{0xfe, 0xff}, encode(zh, true)...), "utf-16be"},
		{"utf-8", []byte(zh), ""},
		{"utf-8 with a NUL", []byte("Department,Duty\nSales,Sell\x00 things\n"), ""},
		{"gb18030", []byte("\xb2\xbf\xc3\xc5,\xd6\xb0\xd4\xf0\n"), ""},
		{"empty", nil, ""},
	} {
		if got := utf16Order(c.head); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// A header in Windows-1252 that is not UTF-8 and names no known column
// (French, with é) is read as Windows-1252, not as GB18030, which reads
// é and the letter after it as one Chinese character; a GB18030 header
// is read as GB18030.
func TestNotUTF8HeaderReadsInTheCleanEncoding(t *testing.T) {
	for _, c := range []struct{ sheet, want string }{
		{"D\xe9partement,T\xe2che,Poste\nVentes,Vendre,Vendeur\n", "read as Windows-1252 it says: Département, Tâche, Poste"},
		{"\xb2\xbf\xc3\xc5,\xd6\xb0\xd4\xf0\n\xcf\xfa\xca\xdb\xb2\xbf,\xb0\xdd\xb7\xc3\n", "read as GB18030 it says: 部门, 职责"},
	} {
		res := importCSV(t, c.sheet, Options{})
		if errs := res.Problems.Errors(); len(errs) != 1 || !strings.Contains(errs[0].String(), c.want) {
			t.Errorf("want %q, got:\n%s", c.want, res.Problems)
		}
	}
}

// A cell that is not UTF-8 under a UTF-8 header is read the same way:
// "Département" in Windows-1252 is not offered as GB18030.
func TestNotUTF8CellReadsInTheCleanEncoding(t *testing.T) {
	res := importCSV(t, "Department,Duty\nD\xe9veloppement,Vendre\n", Options{})
	if errs := res.Problems.Errors(); len(errs) != 1 || !strings.Contains(errs[0].String(), "read as Windows-1252 it says: Développement") {
		t.Errorf("got:\n%s", res.Problems)
	}
}

// The reading offered of text that is not UTF-8 is cut to one short line,
// whichever way it is guessed: a 240 KB cell in Windows-1252 was a 240 KB
// problem, and a header of 3,000 columns that no encoding reads cleanly a
// 35 KB one (a header another encoding reads cleanly was cut already).
func TestNotUTF8ReadingIsOneShortLine(t *testing.T) {
	var header []string
	for i := range 3000 {
		header = append(header, fmt.Sprintf("Col%d\x81", i))
	}
	for _, c := range []struct{ name, sheet, want string }{
		{"cell", "Department,Duty\nSales,\"" + strings.Repeat("Caf\xe9 au\nlait ", 20000) + "\"\n", "read as Windows-1252 it says: Café au lait Café au lait"},
		{"header", strings.Join(header, ",") + "\nSales,Sell\n", "read as Windows-1252 it says: Col0\ufffd, Col1\ufffd"},
	} {
		res := importCSV(t, c.sheet, Options{})
		errs := res.Problems.Errors()
		if len(errs) != 1 || !strings.Contains(errs[0].Msg, c.want) {
			t.Errorf("%s: want %q, got:\n%.400s", c.name, c.want, res.Problems)
			continue
		}
		if msg := errs[0].Msg; len(msg) > 300 || strings.Contains(msg, "\n") {
			t.Errorf("%s: the problem is %d bytes long, of %d lines: %.400q", c.name, len(msg), strings.Count(msg, "\n")+1, msg)
		}
	}
}
