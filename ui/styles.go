package ui

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/dutymap/dutymap/page"
)

// Styles is every style the UI uses, built from a small semantic palette
// for a dark or light background. It is rebuilt when the background becomes
// known and handed to every screen through shared, never kept in a package
// variable: each SSH session has its own.
//
// With NO_COLOR the palette is empty and meaning moves to attributes, which
// NO_COLOR allows: selection is reverse video, search matches are bold and
// underlined, the current find match is reverse and bold.
type Styles struct {
	Dark    bool
	NoColor bool

	// Header and key bar.
	Title, TitleDim           lipgloss.Style
	Status, StatusKey, Notice lipgloss.Style
	StatusDim, Border         lipgloss.Style
	// Outline draws the edges of content drawn as shapes (the chart's
	// boxes): content, not chrome, so at least the dim text's contrast
	// where Border, the panes' rule, may fade.
	Outline lipgloss.Style
	// OverlayBorder draws the border of dialogs.
	OverlayBorder lipgloss.Style
	// Backdrop dims the screen behind a dialog.
	Backdrop lipgloss.Style

	// Lists: the tree, search results, the picker, the comparison.
	Row, RowSelected, RowSelectedBlur lipgloss.Style
	Count, Marker, Heading, Label     lipgloss.Style
	Dash                              lipgloss.Style

	// Matches: characters a search matched, and find-in-page hits.
	Match, FindMatch, FindCurrent lipgloss.Style

	// Text fields.
	Prompt, Input, Placeholder, InputSelected lipgloss.Style

	// Escape spans of Match and Row, plain and selected, for the search
	// list's hot path; of Status and StatusKey for the key bar, drawn on
	// every frame.
	matchSpan, rowSpan, selMatchSpan, selRowSpan span
	statusSpan, statusKeySpan                    span
}

// NewStyles builds the styles for a dark or light background. noColor keeps
// only attributes (bold, reverse, underline, faint), for NO_COLOR.
func NewStyles(dark, noColor bool) *Styles {
	ld := lipgloss.LightDark(dark)
	pick := func(light, darkC string) color.Color {
		if noColor {
			return lipgloss.NoColor{}
		}
		return ld(lipgloss.Color(light), lipgloss.Color(darkC))
	}
	accent := pick("#5A3FC0", "#B7A6FF")
	fg := pick("#1F1F24", "#E6E6EA")
	dim := pick("#6B6B76", "#8D8D99")
	selBG := pick("#E3DDFB", "#3B3360")
	matchFG := pick("#A3470B", "#FFB86B")
	border := pick("#C8C8D0", "#44444F")
	outline := pick("#6B6B76", "#8D8D99") // the dim text's colour: ≥ 4.5:1 on either background

	s := &Styles{Dark: dark, NoColor: noColor}
	base := lipgloss.NewStyle()
	s.Title = base.Foreground(accent).Bold(true)
	s.TitleDim = base.Foreground(dim)
	s.Status = base.Foreground(dim)
	s.StatusKey = base.Foreground(accent).Bold(true)
	s.StatusDim = base.Foreground(dim)
	s.Notice = base.Foreground(matchFG).Bold(noColor)
	s.Border = base.Foreground(border)
	s.Outline = base.Foreground(outline)
	s.OverlayBorder = base.Foreground(accent)
	s.Backdrop = base.Foreground(border)

	s.Row = base.Foreground(fg)
	s.RowSelected = base.Foreground(fg).Background(selBG).Bold(true)
	s.RowSelectedBlur = base.Foreground(fg).Background(selBG)
	s.Count = base.Foreground(dim)
	s.Marker = base.Foreground(accent)
	s.Heading = base.Foreground(accent).Bold(true)
	s.Label = base.Foreground(dim).Bold(true)
	s.Dash = base.Foreground(dim)

	s.Match = base.Foreground(matchFG).Bold(true)
	s.FindMatch = base.Foreground(matchFG).Underline(true)
	s.FindCurrent = base.Foreground(matchFG).Reverse(true).Bold(true)

	s.Prompt = base.Foreground(accent).Bold(true)
	s.Input = base.Foreground(fg)
	s.Placeholder = base.Foreground(dim)
	s.InputSelected = base.Foreground(fg).Background(selBG)

	if noColor {
		s.Backdrop = base.Faint(true)
		s.RowSelected = base.Reverse(true).Bold(true)
		s.RowSelectedBlur = base.Reverse(true)
		s.Match = base.Bold(true).Underline(true)
		s.FindMatch = base.Bold(true).Underline(true)
		s.FindCurrent = base.Reverse(true).Bold(true)
		s.InputSelected = base.Reverse(true)
	}
	s.matchSpan, s.rowSpan = spanOf(s.Match), spanOf(s.Row)
	s.statusSpan, s.statusKeySpan = spanOf(s.Status), spanOf(s.StatusKey)
	selMatch := s.Match.Background(selBG)
	if noColor {
		selMatch = s.Match.Reverse(true)
	}
	s.selMatchSpan, s.selRowSpan = spanOf(selMatch), spanOf(s.RowSelected)
	return s
}

// GlamourStyle names the page style (package page) matching these styles:
// with NO_COLOR the monochrome one, which keeps bold, italic and underline.
func (s *Styles) GlamourStyle() string {
	switch {
	case s.NoColor:
		return page.StyleMono
	case s.Dark:
		return page.StyleDark
	default:
		return page.StyleLight
	}
}

// span is the escape sequences that open and close a style, so hot paths
// can wrap text without a full lipgloss render each time.
type span struct{ open, close string }

// spanOf renders one letter and keeps what surrounds it (a control
// character would not do: lipgloss renders underlines letter by letter and
// drops what it cannot draw). SGR sequences hold no letter "x".
func spanOf(s lipgloss.Style) span {
	r := s.Render("x")
	i := strings.IndexByte(r, 'x')
	if i < 0 {
		return span{}
	}
	return span{r[:i], r[i+1:]}
}
