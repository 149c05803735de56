package content

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
)

// Every decoding step of the loader ends in clean text: raw bytes, YAML
// escapes, YAML !!binary and Markdown entities.

func TestCleanRemovesWhatDecodesToControl(t *testing.T) {
	for in, want := range map[string]string{
		"a\x1b]52;c;aGk=\x07b":           "ab",
		"Set &#27;[>4;2mprices":          "Set [>4;2mprices",
		"&#x1B;[2J&#x1b;c":               "[2Jc",
		"&#155;2J &#x9b; &#0000155;":     "2J  ",
		"a&#x202e;b&#8238;c&#x2066;d":    "abcd",
		"R&amp;D &#38; &#x26; &#9; &lt;": "R&amp;D &#38; &#x26; &#9; &lt;",
		"bad \x9b byte \xff":             "bad \uFFFD byte \uFFFD",
		"C1 \u009b2J and \u0085":         "C1  and ",
		"line\r\nnext\ttab":              "line\nnext\ttab",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecodeEntities(t *testing.T) {
	for in, want := range map[string]string{
		"R&amp;D and &lt;b&gt; and &copy;": "R&D and <b> and ©",
		"&amp;amp; is written so":          "&amp; is written so",
		"AT&T and Q&A; &nosuch; &copy":     "AT&T and Q&A; &nosuch; &copy",
		`\&amp; stays`:                     `&amp; stays`,
		`Ticket \#`:                        "Ticket #",
		`\*not emphasis\* and \\`:          `*not emphasis* and \`,
		`C:\Users\x and 市\场 \`:             `C:\Users\x and 市\场 \`,
		"&#x5E02;&#22330;":                 "市场",
		"&#27;[31mred &#x202e;":            "red ",
		"&#0; &#xD800; &#x110000;":         "\uFFFD \uFFFD \uFFFD",
	} {
		if got := decodeEntities(in); got != want {
			t.Errorf("decodeEntities(%q) = %q, want %q", in, got, want)
		}
	}
}

// Entities in the Markdown body are decoded once, at load, so the tree,
// search and export hold "R&D" (the hostile/entity-amp case showed
// "R&amp;D" there and "R&D" on the page). The YAML name is taken as
// written: YAML has no entities.
func TestLoadDecodesEntitiesOfMarkdownTitles(t *testing.T) {
	org, err := Load(oneFile("---\nid: a\nname: Tom &amp; Jerry\n---\n## R&amp;D {#rd}\n- R&amp;D and &lt;b&gt; and &copy;\n- Set &#27;[>4;2mprices\n"))
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		"a":      "Tom &amp; Jerry",
		"a/rd":   "R&D",
		"a/rd/1": "R&D and <b> and ©",
		"a/rd/2": "Set [>4;2mprices",
	} {
		if got := org.Node(path).Title.In(model.En); got != want {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
}

// YAML escapes ("\e", "\x9b") decode to control bytes after the file was
// cleaned; each value is cleaned again (the yaml-error-echo case).
// !!binary values, which decoded to control bytes and invalid UTF-8 (the
// binary-tag-c1 case), are refused (hostile16 #7), and their messages are
// clean too.
func TestLoadCleansDecodedYAML(t *testing.T) {
	_, binary := Check(oneFile("---\nid: a\nname: A\naliases: [!!binary /2ZvbyCA/w==]\nsummary: !!binary WJsySp01MjtjO1NFRkRTMFZFnFk=\n---\n## S {#s}\n- d\n"))
	if errs := binary.Errors(); len(errs) != 2 || !strings.Contains(errs.Error(), "aliases: !!binary is a YAML tag") || termsafe.Check(errs.Error(), false) != "" {
		t.Errorf("want the two !!binary values refused, got:\n%s", binary)
	}
	org, err := Load(oneFile("---\nid: a\nname: \"A\\ec\\e[2J\\x9b\\u202e\"\n---\n## S {#s}\n- d\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := org.Department("a")
	for _, s := range append([]string{d.Title.In(model.En), d.Summary().In(model.En)}, d.Aliases()[model.En]...) {
		if v := termsafe.Check(s, false); v != "" {
			t.Errorf("%s in %q", v, s)
		}
	}
}

// A name, heading, duty or alias made only of invisible characters would
// be a row without a name in the tree (the hostile/invisible-name case):
// each is reported where it is written, naming the code points.
func TestInvisibleNamesAreProblems(t *testing.T) {
	_, err := Load(oneFile("---\nid: a\nname: \"\\u200b\\u200c\\u2060\"\naliases: [\"\\u3164\", ok]\n---\n## \u200d\u00ad {#s}\n- \ufe0f\u0301 \u2800\n- fine\n"))
	if err == nil {
		t.Fatal("invisible names accepted")
	}
	report := err.Error()
	for _, want := range []string{
		"org/en/a.md:3: the name is invisible: it holds only invisible characters (U+200B U+200C U+2060)",
		"org/en/a.md:4: an alias is invisible",
		"org/en/a.md:6: the heading is invisible",
		"org/en/a.md:7: the duty is invisible",
		"fix: write it with visible letters, or remove it",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if strings.Contains(report, ":8:") {
		t.Errorf("a visible duty was reported:\n%s", report)
	}
}

// Text that only looks unusual is visible: emoji sequences with joiners,
// right-to-left script, a name with a zero-width space inside.
func TestVisible(t *testing.T) {
	for _, s := range []string{"👩\u200d💻", "مرحبا", "a\u200bb", "市场部", "·"} {
		if !visible(s) {
			t.Errorf("%q counted invisible", s)
		}
	}
	for _, s := range []string{"\u200b", " \u3000\t", "\u115f\u1160", "\ufeff", "\u034f"} {
		if visible(s) {
			t.Errorf("%q counted visible", s)
		}
	}
}
