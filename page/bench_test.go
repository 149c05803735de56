package page_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

// benchPage is the Markdown of a built-in page.
func benchPage(b *testing.B, path string, lang model.Lang) string {
	b.Helper()
	org, err := content.Load(content.Builtin())
	if err != nil {
		b.Fatal(err)
	}
	return page.Render(org, org.Node(path), page.Options{Lang: lang})
}

// BenchmarkTerminalDepartment renders the largest built-in page, the
// marketing department (description, traits table, sections), for an
// 80-column terminal: preparation, Glamour and typesetting.
func BenchmarkTerminalDepartment(b *testing.B) {
	for _, lang := range model.Langs {
		md := benchPage(b, "marketing", lang)
		b.Run(lang.Code(), func(b *testing.B) {
			for b.Loop() {
				page.Terminal(md, page.StyleDark, 80)
			}
		})
	}
}

// BenchmarkTerminalDuty renders a duty's page, the most common one.
func BenchmarkTerminalDuty(b *testing.B) {
	md := benchPage(b, "marketing/positions/manager/3", model.En)
	for b.Loop() {
		page.Terminal(md, page.StyleDark, 80)
	}
}

// BenchmarkPrepare is the text preparation alone, on the largest page.
func BenchmarkPrepare(b *testing.B) {
	md := benchPage(b, "marketing", model.En)
	for b.Loop() {
		page.Prepare(md)
	}
}

// BenchmarkTerminalTooLarge is the page of
// ../shared/cases/resources/render-pileup-oom: 100,000 one-word paragraphs
// (1.2 MB), past the limits, shown as plain text. Glamour took 13 s and
// 1.5 GB on it.
func BenchmarkTerminalTooLarge(b *testing.B) {
	var md strings.Builder
	md.WriteString("# Paragraphs department\n\n")
	for i := range 100000 {
		md.WriteString("Para " + strconv.Itoa(i) + "\n\n")
	}
	s := md.String()
	b.ReportAllocs()
	for b.Loop() {
		page.Terminal(s, page.StyleDark, 80)
	}
}
