package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// field is a one-line text field (bubbles' textinput) with the habits of
// a browser's address bar: opened again on an earlier text, the text is
// selected, so typing or pasting replaces it, backspace clears it, and an
// arrow key keeps it and moves the cursor. The search box, the picker and
// find in page are fields.
type field struct {
	in       textinput.Model
	selected bool
}

// fieldKeys are the editing keys every field has, for the help overlay.
// ctrl+v is left out on purpose: it would read the clipboard of the
// machine dutymap runs on, which over SSH is not the user's; the
// terminal's own paste arrives as a paste event and always works.
func fieldKeys(w *words) []key.Binding {
	f := w.field
	return []key.Binding{
		bind("ctrl+u", f.clearStart, "ctrl+u"),
		bind("ctrl+w", f.deleteWord, "ctrl+w", "alt+backspace"),
		bind("ctrl+a/e", f.startEnd, "ctrl+a", "ctrl+e", "home", "end"),
		bind("alt+←/→", f.wordMove, "alt+left", "alt+right"),
	}
}

func newField(limit int) field {
	in := textinput.New()
	in.CharLimit = limit
	in.Prompt = ""
	km := textinput.DefaultKeyMap()
	// Movement keys belong to the screens (up/down move through lists,
	// ctrl+k moves up in search as in fzf); ctrl+v is explained above.
	for _, b := range []*key.Binding{&km.Paste, &km.DeleteAfterCursor, &km.NextSuggestion, &km.PrevSuggestion, &km.AcceptSuggestion} {
		b.SetEnabled(false)
	}
	in.KeyMap = km
	// A steady cursor from the start: a blinking one keeps a timer
	// running and redraws the screen twice a second.
	st := textinput.DefaultStyles(true)
	st.Cursor.Blink = false
	in.SetStyles(st)
	return field{in: in}
}

// focus gives the field the keyboard with text in it, selected when
// selectAll is set.
func (f *field) focus(text string, selectAll bool) tea.Cmd {
	f.in.SetValue(text)
	f.in.CursorEnd()
	f.selected = selectAll && text != ""
	return f.in.Focus()
}

func (f *field) blur() {
	f.in.Blur()
	f.selected = false
}

func (f *field) value() string { return f.in.Value() }

func (f *field) setStyles(st *Styles) {
	s := textinput.DefaultStyles(st.Dark)
	if st.NoColor {
		s = textinput.Styles{Cursor: s.Cursor}
		s.Cursor.Color = nil
	}
	s.Focused.Prompt = st.Prompt
	s.Focused.Text = st.Input
	s.Focused.Placeholder = st.Placeholder
	s.Blurred.Prompt = st.StatusDim
	s.Blurred.Text = st.StatusDim
	// A steady cursor: no blink timer to keep alive, and stable screens.
	s.Cursor.Blink = false
	f.in.SetStyles(s)
}

// update feeds a key or a paste to the field and reports whether its text
// changed.
func (f *field) update(msg tea.Msg) (bool, tea.Cmd) {
	before := f.in.Value()
	if f.selected {
		switch msg := msg.(type) {
		case tea.PasteMsg:
			f.in.SetValue("")
		case tea.KeyPressMsg:
			km := f.in.KeyMap
			switch {
			case key.Matches(msg, km.DeleteCharacterBackward, km.DeleteCharacterForward, km.DeleteWordBackward, km.DeleteBeforeCursor):
				f.in.SetValue("")
				f.selected = false
				return before != "", nil
			case msg.Text != "" && msg.Mod&^ansiShift == 0:
				f.in.SetValue("")
			}
		}
		f.selected = false
	}
	var cmd tea.Cmd
	f.in, cmd = f.in.Update(msg)
	return f.in.Value() != before, cmd
}

// ansiShift is the one modifier typed text may carry (capitals).
const ansiShift = tea.ModShift

// size sets the prompt and the width, in cells, of prompt and text.
func (f *field) size(cw cells, prompt string, w int) {
	f.in.Prompt = prompt
	f.in.SetWidth(max(w-cw.width(prompt)-1, 1))
	// textinput scrolls its text only when the cursor moves: after a
	// resize it would keep the narrow window's scroll, the text's start
	// hidden beside blank cells.
	f.in.SetCursor(f.in.Position())
}

// view draws the prompt and the text in exactly w cells.
func (f *field) view(cw cells, st *Styles, w int) string {
	if f.selected {
		text := cw.truncate(f.in.Value(), f.in.Width(), "…")
		return cw.pad(st.Prompt.Render(f.in.Prompt)+st.InputSelected.Render(text), w)
	}
	return cw.pad(f.in.View(), w)
}
