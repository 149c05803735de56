package sheet

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/termsafe"
	"golang.org/x/text/unicode/norm"
)

// cellsAsTyped are description cells whose lines Markdown would read as
// something else: joined into one paragraph, or turned into a list,
// heading, quote, table, code block, rule or hidden link definition.
var cellsAsTyped = []string{
	"Notes:\n1、审核\n2、发布",
	"Steps:\n1. Review the draft.\n2) Publish it.",
	"- not a list\n* nor this\n+ nor this",
	"# not a heading\n## nor this\n#hashtag",
	"> not a quote\n>> nor this",
	"| a | b |\n|---|---|\n| 1 | 2 |",
	"a | b\n--|--\n:-: | -",
	"Title\n---\nTitle\n===\n***\n___\n- - -",
	"```\nnot code\n```\n~~~",
	"[1]: http://example.com\n[^n]: a footnote",
	"<div>not html</div>\n<!-- shown -->",
	"C:\\dir\\\nnext line",
	"\\# typed with a backslash\n\\- and this\n1\\. and this\n\\\\",
	"ends in a backslash \\\\\\\nand so on",
	"para one\n\npara two\nsame para",
	"two spaces at the end  \nnext",
	"第一行\n第二行",
	"one line, as it is",
	"1. one line that starts a list",
	"\\",
	"Intro\n\n    an indented paragraph\n\tand a tab",
	"Intro\n\n\ttabbed paragraph",
	"Intro\n\n&#32;   typed as a reference",
	"&#38;#9;\ttyped twice over",
	"&#32;x",
}

// Every cell comes back from its Markdown as it was: export writes what
// import read.
func TestCellMarkdownRoundTrip(t *testing.T) {
	for _, c := range cellsAsTyped {
		md := cellMarkdown(c)
		if got := markdownCell(md); got != c {
			t.Errorf("cell %q\nwritten %q\nexported %q", c, md, got)
		}
	}
}

// The Markdown holds no structure the cell did not: every line but the
// blank ones (and a paragraph's last) ends in a hard break, and no line
// starts a block.
func TestCellMarkdownEscapesStructure(t *testing.T) {
	for c, want := range map[string]string{
		"Notes:\n1、审核\n2、发布": "Notes:\\\n1、审核\\\n2、发布",
		"1. a\n2) b":         "1\\. a\\\n2\\) b",
		"- a\n* b\n+ c":      "\\- a\\\n\\* b\\\n\\+ c",
		"# a\n> b\n| c |":    "\\# a\\\n\\> b\\\n\\| c |",
		"a\n---\n===":        "a\\\n\\---\\\n\\===",
		"```\nx":             "\\```\\\nx",
		"[x]: y":             "\\[x]: y",
		"a\n\nb":             "a\n\nb",
		"a\\\nb":             "a\\\\\\\nb",
		"\\# a":              "\\\\# a",
		"1\\. a":             "1\\\\. a",
		"Sales #1 - good":    "Sales #1 - good",
		"  - indented a bit": "  \\- indented a bit",
		"a\n\n    b\n    c":  "a\n\n&#32;   b\\\n    c",
		"a\n\n\tb":           "a\n\n&#9;b",
	} {
		if got := cellMarkdown(c); got != want {
			t.Errorf("cellMarkdown(%q) = %q, want %q", c, got, want)
		}
	}
}

// A body written in Markdown is exported as the reader sees it: the lines
// of a paragraph joined (with no space between Chinese characters), hard
// breaks as line breaks, paragraphs kept apart.
func TestMarkdownCellOfWrittenBodies(t *testing.T) {
	for md, want := range map[string]string{
		"Agree the plan\nwith the director.": "Agree the plan with the director.",
		"审核\n发布":                             "审核发布",
		"one  \ntwo\\\nthree":                "one\ntwo\nthree",
		"a\n\nb\nc":                          "a\n\nb c",
		"**Bold** and `code`":                "**Bold** and `code`",
		"\\# not a heading":                  "# not a heading",
	} {
		if got := markdownCell(md); got != want {
			t.Errorf("markdownCell(%q) = %q, want %q", md, got, want)
		}
	}
}

// FuzzCellMarkdown checks the round trip on any text a cell can hold as
// import passes it on and the loader reads it: valid UTF-8 in NFC with LF
// line ends, trimmed, without references to control characters.
func FuzzCellMarkdown(f *testing.F) {
	for _, c := range cellsAsTyped {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, c string) {
		if !utf8.ValidString(c) || !norm.NFC.IsNormalString(c) || strings.ContainsAny(c, "\r\x00\ufffd") || strings.ContainsFunc(c, func(r rune) bool { return r >= 0xe000 && r <= 0xf8ff }) {
			return
		}
		if termsafe.DropControlRefs(c) != c {
			return // "&#1", "&#x1b": the loader reads the text without them
		}
		c = description(c)
		if got := markdownCell(cellMarkdown(c)); got != c {
			t.Errorf("cell %q\nwritten %q\nexported %q", c, cellMarkdown(c), got)
		}
	})
}

// A description whose first line reads like an attribute line (a code, a
// RACI letter, a Windows path) is the description it was meant to be, and
// import says nothing of a blank line in a file the user never wrote.
func TestDescriptionLikeAnAttributeIsNotNoted(t *testing.T) {
	for _, cell := range []string{"Code: S.9", "C:\\dir\\file", "负责：销售部", "Responsible: sales\nmore"} {
		res := importCSV(t, string(csvOf(t, [][]string{{"Department", "Section", "Description"}, {"A", "S", cell}})), Options{})
		if got := problemText(res); got != "" {
			t.Errorf("cell %q: import says:\n%s", cell, got)
		}
		if len(res.Files) != 1 {
			t.Fatalf("cell %q: %d files", cell, len(res.Files))
		}
		if md := string(res.Files[0].Data); !strings.Contains(md, "\n\n"+strings.Split(cell, "\n")[0]) {
			t.Errorf("cell %q: not written as the description:\n%s", cell, md)
		}
	}
}
