package sheet

import (
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
