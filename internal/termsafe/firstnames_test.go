package termsafe

import (
	"strings"
	"testing"
)

// FirstNames lists n names, each cut to the cells given and quoted where
// a character does not show as itself, and counts the rest with its noun
// in the right number.
func TestFirstNames(t *testing.T) {
	for _, tc := range []struct {
		names []string
		n     int
		want  string
	}{
		{nil, 3, ""},
		{[]string{"a", "b"}, 3, "a, b"},
		{[]string{"a", "b", "c"}, 2, "a, b and 1 more sheet"},
		{[]string{"a", "b", "c", "d"}, 2, "a, b and 2 more sheets"},
		{[]string{"x\x1b[2Jy", "two\nlines"}, 2, `$'x\e[2Jy', two lines`},
		{[]string{strings.Repeat("长", 1000)}, 1, strings.Repeat("长", 4) + "…"},
	} {
		if got := FirstNames(tc.names, tc.n, 10, "more sheet", "more sheets"); got != tc.want {
			t.Errorf("FirstNames(%q, %d) = %q, want %q", tc.names, tc.n, got, tc.want)
		}
	}
}
