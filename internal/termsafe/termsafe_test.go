package termsafe

import "testing"

// Each case is a sequence that would act on the terminal; only the styled
// text may come out, byte for byte.
func TestKeepSGR(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"colour kept", "\x1b[1;31mred\x1b[0m", "\x1b[1;31mred\x1b[0m"},
		{"OSC 8 link becomes text", "\x1b]8;;https://e.example\x1b\\label\x1b]8;;\x1b\\", "label"},
		{"OSC 52 clipboard write", "a\x1b]52;c;aGk=\x07b", "ab"},
		{"window title", "\x1b]2;owned\x07x", "x"},
		{"screen clear and cursor move", "\x1b[2J\x1b[10;10Hx", "x"},
		{"DCS and APC", "\x1bPq#0;2;0\x1b\\\x1b_Gf=100\x1b\\ok", "ok"},
		{"reset and bell", "\x1bc\aok\n", "ok\n"},
		{"unterminated OSC swallows the rest", "x\x1b]52;c;aGk=", "x"},
		{"plain CJK untouched", "市场部 › 职责", "市场部 › 职责"},
	} {
		if got := KeepSGR(tc.in); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func FuzzKeepSGR(f *testing.F) {
	f.Add("\x1b]8;;u\x1b\\t\x1b]8;;\x1b\\\x1b[31mx")
	f.Fuzz(func(t *testing.T, s string) {
		out := KeepSGR(s)
		for i := 0; i < len(out); i++ {
			if out[i] == esc && (i+1 >= len(out) || out[i+1] != '[') {
				t.Fatalf("non-CSI escape left in %q", out)
			}
		}
		if KeepSGR(out) != out {
			t.Fatalf("not idempotent on %q", s)
		}
	})
}
