package sheet

import (
	"fmt"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// maxDocBytes is the most text one department may have in one language:
// the content file import writes for it must load, and the loader reads
// files of at most content.MaxFileSize bytes. A variable so that a test
// can lower it.
var maxDocBytes = content.MaxFileSize

// docSizes counts the text each department has in each language, as the
// rows add to it.
type docSizes struct {
	bytes map[*model.Node]*[model.NumLangs]int
	full  bool // a department passed maxDocBytes: reading stops
}

// rowOverhead is what a duty's line adds to its text in a content file
// ("- ", a line end, an id): the count stays below the file's size, so a
// department is stopped early only when its file is sure to be too large
// (the check of the written folder finds the rest).
const rowOverhead = 4

// grow adds a row's text to its department's, and stops the sheet at the
// row where one department's text in a language passes what its content
// file may hold, rather than after reading every row (a 200 MB sheet of
// one department was read whole, 3.5 GB of memory, before this was
// found).
func (b *builder) grow(doc *model.Node, texts []rowText, row int) {
	if b.size == nil {
		b.size = &docSizes{bytes: map[*model.Node]*[model.NumLangs]int{}}
	}
	sizes := b.size.bytes[doc]
	if sizes == nil {
		sizes = new([model.NumLangs]int)
		b.size.bytes[doc] = sizes
	}
	for _, t := range texts {
		n := rowOverhead + len(t.duty.text) + len(t.desc.text) + len(t.alias.text) + len(t.summary.text)
		for _, tc := range t.traits {
			n += len(tc.text)
		}
		l := model.TagLang(t.tag)
		if sizes[l] += n; sizes[l] > maxDocBytes {
			b.size.full = true
			b.problem(row, t.units[0].col, fmt.Sprintf("split %q into several departments (the rows of each named apart), or move long descriptions out of the sheet", doc.Title.In(l)),
				"by this row, the department %q has more than %d MB of text in %s, more than its content file may hold; import stopped here",
				doc.Title.In(l), maxDocBytes>>20, t.tag)
			return
		}
	}
}
