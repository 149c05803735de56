package linebreak

import "testing"

// Two lines of a paragraph join with a space, or with none between two
// CJK characters or beside fullwidth punctuation; Between reads a page's
// source bytes as it reads strings.
func TestJoinReadsTheCharactersEitherSideOfTheBreak(t *testing.T) {
	for _, tc := range []struct{ left, right, want string }{
		{"plan the", "budget", "plan the budget"},
		{"编制预算，", "并报审批", "编制预算，并报审批"},
		{"编制预算", "并报审批", "编制预算并报审批"},
		{"负责", "budget", "负责 budget"},
		{"Plan the", "「预算」", "Plan the「预算」"},
		{"한국어", "문장", "한국어 문장"}, // Hangul spaces its words
		{"café", "crème", "café crème"},
	} {
		if got := Join(tc.left, tc.right); got != tc.want {
			t.Errorf("Join(%q, %q) = %q, want %q", tc.left, tc.right, got, tc.want)
		}
		if got, want := Between([]byte(tc.left), []byte(tc.right)), Between(tc.left, tc.right); got != want {
			t.Errorf("Between of bytes %q, %q = %q, of strings %q", tc.left, tc.right, got, want)
		}
	}
}

// Between reads bytes without copying them: a page's paragraphs are
// joined line by line over its whole source.
func TestBetweenBytesAllocatesNothing(t *testing.T) {
	left := []byte("a long line of a paragraph, longer than any stack buffer a conversion may use: 编制预算，")
	right := []byte("并报审批 and the rest of the page's source after it, which must not be copied either")
	if n := testing.AllocsPerRun(100, func() { _ = Between(left, right) }); n != 0 {
		t.Errorf("Between allocated %v times a call", n)
	}
}
