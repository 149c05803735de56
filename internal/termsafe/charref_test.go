package termsafe

import (
	"html"
	"strings"
	"testing"
)

// Every spelling of a reference to a control character that some renderer
// decodes is dropped, with or without ";", with leading zeros, in either
// case, past CommonMark's digit limits and wrapping around 32 bits as Go's
// html package does (fails if DropControlRefs reads only CommonMark's
// spelling, the one the loader knew before).
func TestDropControlRefsEverySpelling(t *testing.T) {
	for _, ref := range []string{
		"&#27;", "&#27", "&#x1b;", "&#x1b", "&#X1B", "&#x1B;", "&#0027", "&#x00001b", "&#x00000000001b;",
		"&#00000000027;", "&#4294967323", // 2^32+27: html.UnescapeString wraps it to ESC
		"&#x7f", "&#127", "&#x9d", "&#x9b;", "&#155;", "&#x202e", "&#8238", "&#1", "&#x8",
	} {
		in := "a " + ref + "[31mb"
		got := DropControlRefs(in)
		if got != "a [31mb" {
			t.Errorf("DropControlRefs(%q) = %q, want %q", in, got, "a [31mb")
		}
		if d := html.UnescapeString(got); Plain(d) != d {
			t.Errorf("%q still decodes to %q", got, d)
		}
	}
}

// References to text stay as written, and so does everything that is not
// a reference (fails if the scan drops more than control references).
func TestDropControlRefsKeepsText(t *testing.T) {
	for _, s := range []string{
		"", "R&D", "AT&T; Q&A", "&#", "&#x", "&#;", "&#x;", "&#65", "&#65;", "&#x41", "&#x5b;8m", "&#10;", "&#9",
		"&#x1bad;", "&#27a", "&amp;#27;", "&Tab;&NewLine;", "价格 &#20215;",
	} {
		want := s
		if s == "&#27a" {
			want = "a" // 27 then a letter that is no decimal digit: ESC, then "a"
		}
		if got := DropControlRefs(s); got != want {
			t.Errorf("DropControlRefs(%q) = %q, want %q", s, got, want)
		}
	}
}

// Taking a reference out never makes a new one of the text around it.
func TestDropControlRefsJoinsNoReference(t *testing.T) {
	for _, s := range []string{
		"&&#27;#27;[8m", "&#&#27;27;[8m", "&#x&#x1b;1b[8m", "&#x1&#27;b[8m", "&&#27&#27;#x1b;[8m",
		strings.Repeat("&", 50) + strings.Repeat("&#27;#27;", 50) + "[8m",
	} {
		got := DropControlRefs(s)
		if d := html.UnescapeString(got); Plain(d) != d || DropControlRefs(got) != got {
			t.Errorf("DropControlRefs(%q) = %q, which decodes to %q", s, got, d)
		}
	}
	if got := DropControlRefs("R&D&#27;[31m"); got != "R&D[31m" {
		t.Errorf("got %q: a fragment followed by no reference character needs no mark", got)
	}
}

func FuzzDropControlRefs(f *testing.F) {
	for _, s := range []string{"&#27;", "&&#27;#27;", "&#x&#x1b;1b", "a &#x1b&#x5b;8m b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := DropControlRefs(Plain(s))
		if d := html.UnescapeString(got); Plain(d) != d || DropControlRefs(got) != got {
			t.Errorf("DropControlRefs(%q) = %q, decodes to %q", s, got, d)
		}
	})
}
