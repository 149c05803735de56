package analysis

import "testing"

func TestLatinWord(t *testing.T) {
	for _, c := range [][2]string{
		{"pri\u0441e", "price"},
		{"PRI\u0421E", "PRICE"},           // capitals stay capitals (smart case)
		{"\u0440r\u0456\u0441e", "price"}, // three of them
		{"pr\u03bfduct", "product"},
		{"customer\u2019s", "customer\u2019s"},
		{"c\u0430fé", "café"},                        // a Latin letter with an accent is Latin
		{"\u0441\u043e\u0440", "\u0441\u043e\u0440"}, // Cyrillic only: a Russian word
		{"pr\u0436ce", "pr\u0436ce"},                 // ж looks like no Latin letter
		{"\u03bf\u03c7\u03b9", "\u03bf\u03c7\u03b9"}, // Greek only
		{"定价", "定价"},
		{"price", "price"},
	} {
		if got := LatinWord(c[0]); got != c[1] {
			t.Errorf("LatinWord(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
