package model

import "strings"

// EditorNoteLabel starts an editor's note, in each language: a paragraph
// of a description that says how the knowledge base reads its sources
// (a garble corrected, a cross-reference the sources do not make), not
// who does what (docs/builtin-content.md).
var EditorNoteLabel = Text{"**Editor's note:**", "**编者注**："}

// WithoutEditorNotes is a description without its editor's notes (in
// either language's label), for search: a note that sends the reader
// elsewhere ("complaints are the customer service specialist's") must not
// make the section it stands in an answer (tryout25 T12). Pages show
// notes as written.
func WithoutEditorNotes(body string) string {
	if !strings.Contains(body, EditorNoteLabel[En]) && !strings.Contains(body, EditorNoteLabel[Zh]) {
		return body
	}
	var b strings.Builder
	inNote, start := false, true // in a note's paragraph; at a paragraph's start
	for line := range strings.Lines(body) {
		text := strings.TrimSpace(line)
		switch {
		case text == "":
			inNote, start = false, true
		case start:
			inNote = strings.HasPrefix(text, EditorNoteLabel[En]) || strings.HasPrefix(text, EditorNoteLabel[Zh])
			start = false
		}
		if !inNote {
			b.WriteString(line)
		}
	}
	return b.String()
}
