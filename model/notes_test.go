package model

import "testing"

// A description's editor's notes, in either language, are left out
// whole (every line of their paragraph); the rest stays as written.
func TestWithoutEditorNotes(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Plain text.\n", "Plain text.\n"},
		{"Intro.\n\n**Editor's note:** see the\nspecialist (complaints).\n\nMore.\n", "Intro.\n\n\nMore.\n"},
		{"**编者注**：投诉归\n客服专员。\n\n- 正文。\n", "\n- 正文。\n"},
		{"Text that quotes **Editor's note:** mid-paragraph stays.\n", "Text that quotes **Editor's note:** mid-paragraph stays.\n"},
		{"  **Editor's note:** indented\n  \n  kept\n", "  \n  kept\n"},
	} {
		if got := WithoutEditorNotes(c.body); got != c.want {
			t.Errorf("WithoutEditorNotes(%q) = %q, want %q", c.body, got, c.want)
		}
	}
}
