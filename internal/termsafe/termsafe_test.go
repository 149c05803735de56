package termsafe

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Each case is text that would act on the terminal; only the text and,
// for KeepSGR, its colours may come out, byte for byte.
var cases = []struct{ name, in, sgr, plain string }{
	{"colour kept for terminals only", "\x1b[1;31mred\x1b[0m", "\x1b[1;31mred\x1b[0m", "red"},
	{"colon sub-parameters are SGR", "\x1b[38:2::1:2:3mx\x1b[m", "\x1b[38:2::1:2:3mx\x1b[m", "x"},
	{"OSC 8 link becomes text", "\x1b]8;;https://e.example\x1b\\label\x1b]8;;\x1b\\", "label", "label"},
	{"OSC 52 clipboard write", "a\x1b]52;c;aGk=\x07b", "ab", "ab"},
	{"window title", "\x1b]2;owned\x07x", "x", "x"},
	{"screen clear and cursor move", "\x1b[2J\x1b[10;10Hx", "x", "x"},
	{"DCS and APC", "\x1bPq#0;2;0\x1b\\\x1b_Gf=100\x1b\\ok", "ok", "ok"},
	{"reset and bell", "\x1bc\aok\n", "ok\n", "ok\n"},
	{"unterminated OSC swallows the rest", "x\x1b]52;c;aGk=", "x", "x"},
	{"CAN cancels a control string", "a\x1b]2;t\x18b", "ab", "ab"},
	{"ESC inside a string starts the next sequence", "a\x1b]2;t\x1b[31mb", "a\x1b[31mb", "ab"},
	// The modifyOtherKeys set and query of the entity-csi case: they end in
	// "m" but are not SGR (a private marker), so they must not pass.
	{"XTMODKEYS is not SGR", "Set \x1b[>4;2mprices", "Set prices", "Set prices"},
	{"XTQMODKEYS is not SGR", "Query \x1b[?4m keys", "Query  keys", "Query  keys"},
	{"intermediate byte is not SGR", "a\x1b[1 mb", "ab", "ab"},
	{"three-byte escape", "a\x1b(0b\x1b#8c", "abc", "abc"},
	{"control byte inside CSI ends it", "a\x1b[3\nb", "a\nb", "a\nb"},
	{"C0 and DEL", "a\rb\x00c\x7fd\te", "abcd\te", "abcd\te"},
	{"C1 code points", "a\u0085b\u009cc\u0080d", "abcd", "abcd"},
	// A C1 introducer (U+009B CSI, U+009D OSC, U+0090 DCS, U+0098 SOS,
	// U+009E PM, U+009F APC) starts a sequence as ESC and a byte do: it
	// goes whole, its parameters and string too, never as SGR.
	{"C1 CSI takes its parameters", "a\u009b31mred\u009b0m b", "ared b", "ared b"},
	{"C1 CSI with a private marker", "a\u009b?25lb\u009b2 qc", "abc", "abc"},
	{"C1 CSI ends at a byte out of place", "a\u009b3\nb", "a\nb", "a\nb"},
	{"C1 OSC ended by C1 ST", "a\u009d0;owned\u009cb", "ab", "ab"},
	{"C1 OSC ended by BEL", "a\u009d52;c;aGk=\ab", "ab", "ab"},
	{"C1 OSC ended by ESC backslash", "a\u009d8;;http://e/\x1b\\link\u009d8;;\u009c b", "alink b", "alink b"},
	{"C1 DCS ended by C1 ST", "a\u0090q#0;2;0\u009cb", "ab", "ab"},
	{"C1 SOS ended by C1 ST", "a\u0098text\u009cb", "ab", "ab"},
	{"C1 PM ended by BEL", "a\u009eprivacy\ab", "ab", "ab"},
	{"C1 APC ended by ESC backslash", "a\u009fGf=100\x1b\\b", "ab", "ab"},
	{"C1 string cancelled by CAN", "a\u009d2;t\x18b", "ab", "ab"},
	{"C1 ST ends an ESC string", "a\x1b]2;t\u009cb", "ab", "ab"},
	{"C1 string keeps 东, whose last byte is 0x9c", "a\u009d2;东 owned\u009cb", "ab", "ab"},
	{"unterminated C1 OSC swallows the rest", "x\u009d52;c;aGk=", "x", "x"},
	{"raw 8-bit C1 is invalid UTF-8", "a\x9b2Jb\x97", "a\uFFFD2Jb\uFFFD", "a\uFFFD2Jb\uFFFD"},
	{"bidi overrides and isolates", "abc\u202edef\u2066g\u2069", "abcdefg", "abcdefg"},
	// hostile16 #6: the marks reorder what is shown as the overrides do.
	{"bidi marks go, zero-width joiners stay", "a\u200fb\u200dc\u200ed\u061ce", "ab\u200dcde", "ab\u200dcde"},
	{"tag characters go", "tag\U000E0041\U000E0042x\U000E007F", "tagx", "tagx"},
	{"an emoji flag keeps its tags", "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F!", "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F!", "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F!"},
	{"tags after a flag's end go", "\U0001F3F4\U000E0067\U000E007F\U000E0041", "\U0001F3F4\U000E0067\U000E007F", "\U0001F3F4\U000E0067\U000E007F"},
	// An invalid byte becomes U+FFFD, which ends the flag: the tag after it
	// goes (found by FuzzFilters in CI).
	{"an invalid byte ends a flag", "\U0001F3F4\xa7\U000E007F", "\U0001F3F4\uFFFD", "\U0001F3F4\uFFFD"},
	{"plain CJK untouched", "市场部 › 职责", "市场部 › 职责", "市场部 › 职责"},
}

func TestKeepSGR(t *testing.T) {
	for _, tc := range cases {
		if got := KeepSGR(tc.in); got != tc.sgr {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.sgr)
		}
		if v := Check(KeepSGR(tc.in), true); v != "" {
			t.Errorf("%s: %s", tc.name, v)
		}
	}
}

func TestPlain(t *testing.T) {
	for _, tc := range cases {
		if got := Plain(tc.in); got != tc.plain {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.plain)
		}
		if v := Check(Plain(tc.in), false); v != "" {
			t.Errorf("%s: %s", tc.name, v)
		}
	}
}

// Check must itself see what it guards against, or every test built on it
// would pass vacuously.
func TestCheckFindsEachKind(t *testing.T) {
	for _, s := range []string{"\x1b[2J", "\x1b[>4;2m", "\x1b]0;t\a", "\r", "\u009b", "\xff", "\u202e"} {
		if Check("ok "+s, true) == "" {
			t.Errorf("Check passed %q", s)
		}
	}
	if v := Check("\x1b[31mred\x1b[m\n\tok", true); v != "" {
		t.Errorf("Check refused SGR: %s", v)
	}
	if Check("\x1b[31mred", false) == "" {
		t.Error("Check let SGR into plain text")
	}
}

// writeChunks writes s through a Writer cut into pieces of n bytes.
func writeChunks(t *testing.T, s string, n int, keepSGR bool) string {
	t.Helper()
	var b bytes.Buffer
	w := NewPlainWriter(&b)
	if keepSGR {
		w = NewTerminalWriter(&b)
	}
	for i := 0; i < len(s); i += n {
		if _, err := w.Write([]byte(s[i:min(i+n, len(s))])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A sequence or a character cut between two writes is filtered as if it
// had come in one piece: an OSC 52 split after its ESC must not leak its
// payload as text, and a CJK character split mid-rune stays whole.
func TestWriterJoinsSplitSequences(t *testing.T) {
	all := ""
	for _, tc := range cases {
		all += tc.in + "|"
	}
	all += "tail \x1b[1m市场\x1b[0m"
	for _, keep := range []bool{true, false} {
		want := filterString(all, keep)
		for n := 1; n <= 7; n++ {
			if got := writeChunks(t, all, n, keep); got != want {
				t.Errorf("keepSGR=%v, %d-byte writes:\n got %q\nwant %q", keep, n, got, want)
			}
		}
	}
}

// An escape sequence that never ends is not held forever.
func TestWriterBoundsPending(t *testing.T) {
	var b bytes.Buffer
	w := NewTerminalWriter(&b)
	w.Write([]byte("a\x1b]52;c;"))
	w.Write([]byte(strings.Repeat("A", 2*maxPending)))
	w.Write([]byte("after"))
	if len(w.pending) > maxPending {
		t.Fatalf("holds %d bytes", len(w.pending))
	}
	w.Flush()
	if got := b.String(); got != "aafter" {
		t.Fatalf("got %q", got)
	}
}

type failingWriter struct{ n int }

var errFull = errors.New("no space left on device")

func (f *failingWriter) Write(p []byte) (int, error) {
	f.n++
	return 0, errFull
}

// The first write error sticks: later writes and Flush report it without
// writing again, so a command that ignored one error still sees it.
func TestWriterKeepsFirstError(t *testing.T) {
	fw := &failingWriter{}
	w := NewPlainWriter(fw)
	if _, err := w.Write([]byte("a")); !errors.Is(err, errFull) {
		t.Fatalf("got %v", err)
	}
	if _, err := w.Write([]byte("b")); !errors.Is(err, errFull) || fw.n != 1 {
		t.Fatalf("second write: %v after %d writes", err, fw.n)
	}
	if !errors.Is(w.Flush(), errFull) || !errors.Is(w.Err(), errFull) {
		t.Fatal("Flush and Err forget the error")
	}
}

func FuzzFilters(f *testing.F) {
	for _, tc := range cases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, keep := range []bool{true, false} {
			out := filterString(s, keep)
			if v := Check(out, keep); v != "" {
				t.Fatalf("keepSGR=%v: %s in %q from %q", keep, v, out, s)
			}
			if filterString(out, keep) != out {
				t.Fatalf("keepSGR=%v: not idempotent on %q", keep, s)
			}
			if len(s) < 200 {
				for n := 1; n <= 3; n++ {
					if got := writeChunks(t, s, n, keep); got != out {
						t.Fatalf("keepSGR=%v: %d-byte writes give %q, whole gives %q", keep, n, got, out)
					}
				}
			}
		}
	})
}

// A name that does not show as itself is quoted the way bash reads it back
// ($'…'), so the report shows the real name and cannot be forged by one.
func TestQuoteName(t *testing.T) {
	for in, want := range map[string]string{
		"en/sales.md":     "en/sales.md",
		"en/市场 部.md":      "en/市场 部.md",
		"it's.md":         "it's.md",
		"evil\nok: 99.md": `$'evil\nok: 99.md'`,
		"\x1b]52;c;RklMRU5BTUU=\a\x1b]2;OWNED\ax.md": `$'\e]52;c;RklMRU5BTUU=\x07\e]2;OWNED\x07x.md'`,
		"a\u202eb'c\\.md": `$'a\u202eb\'c\\.md'`,
		"bad\x9b\xff.md":  `$'bad\x9b\xff.md'`,
		"c1\u009b.md":     `$'c1\u009b.md'`,
	} {
		if got := QuoteName(in); got != want {
			t.Errorf("QuoteName(%q) = %s, want %s", in, got, want)
		}
		if v := Check(QuoteName(in), false); v != "" || strings.Contains(QuoteName(in), "\n") {
			t.Errorf("QuoteName(%q): %s", in, v)
		}
	}
}

// AppendRemoved names the bidi marks and the tag characters Plain takes
// out, and not the tags of an emoji flag, which it keeps (hostile16 #6).
func TestAppendRemovedMarksAndTags(t *testing.T) {
	got := AppendRemoved(nil, "\U0001F3F4\U000E0067\U000E007F x\u200fy\U000E0041", 6)
	if want := []rune{0x200f, 0xe0041}; !slices.Equal(got, want) {
		t.Errorf("got %U, want %U", got, want)
	}
	for _, r := range []rune{0x200e, 0x200f, 0x061c, 0xe0041, 0xe007f} {
		if !Removed(r) {
			t.Errorf("Removed(%U) = false", r)
		}
	}
}

// AppendRemoved names what Plain takes out of texts, each code point once
// in order of first use, across several texts, up to the limit.
func TestAppendRemoved(t *testing.T) {
	runes := AppendRemoved(nil, "a\x1b]0;t\x07b\x1b", 6)
	runes = AppendRemoved(runes, "\u202e\x07x\u0085\t\n", 6)
	if want := []rune{0x1b, 0x07, 0x202e, 0x85}; !slices.Equal(runes, want) {
		t.Errorf("got %U, want %U", runes, want)
	}
	if got := AppendRemoved(runes, "\x01\x02\x03", 6); !slices.Equal(got, []rune{0x1b, 0x07, 0x202e, 0x85, 0x01, 0x02}) {
		t.Errorf("past the limit: %U", got)
	}
}

// clean's pass over three-byte characters without decoding them answers
// as decoding each does, for every lead byte it takes and the bytes
// around it: valid characters, broken ones, cut-off ones, and the
// neighbours whose characters Plain removes (U+202A–U+202E and U+2066–
// U+206F lead with 0xE2).
func TestCleanPassesChineseAsDecoded(t *testing.T) {
	decoded := func(s string) bool {
		var fl flag
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r < utf8.RuneSelf && size == 1 && r != utf8.RuneError {
				fl = 0
				if r == esc || isC0(byte(r)) {
					return false
				}
				i++
				continue
			}
			if (r == utf8.RuneError && size == 1) || removedRune(r) || !fl.keeps(r) {
				return false
			}
			i += size
		}
		return true
	}
	tails := []string{"", "\x80", "\xbf", "\x80\x80", "\xbf\xbf", "\x7f\x80", "\x80\xc0", "\xc0\x80", "\x80\x80a"}
	for lead := 0xe0; lead <= 0xef; lead++ {
		for second := 0x70; second <= 0xc5; second++ {
			for _, tail := range tails {
				for _, around := range [][2]string{{"", ""}, {"价", "格"}, {"\U0001F3F4", "\U000E0067"}, {"a", "\x1b"}} {
					s := around[0] + string([]byte{byte(lead), byte(second)}) + tail + around[1]
					if got, want := clean(s, false), decoded(s); got != want {
						t.Errorf("clean(%q) = %v, want %v", s, got, want)
					}
				}
			}
		}
	}
	for _, s := range []string{"会同财务部推广客户信用额度，并提出改进建议。", "价\u202e格", "价\u2066格", "价\u200f格", "　全角"} {
		if got, want := clean(s, false), decoded(s); got != want {
			t.Errorf("clean(%q) = %v, want %v", s, got, want)
		}
	}
}
