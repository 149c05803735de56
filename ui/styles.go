package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles is every style the UI uses, built from a small palette for a dark
// or light background. It is rebuilt when the background becomes known.
type Styles struct {
	Dark    bool
	NoColor bool

	App, Title, TitleDim           lipgloss.Style
	Row, RowSelected, RowDim       lipgloss.Style
	Count, Marker, Leaf            lipgloss.Style
	Border, BorderFocused          lipgloss.Style
	Status, StatusKey, StatusDim   lipgloss.Style
	Match, MatchCurrent            lipgloss.Style
	Prompt, Input, Placeholder     lipgloss.Style
	Heading, Label, Cell, Dash     lipgloss.Style
	Error, Notice, Overlay, HelpBG lipgloss.Style

	// Escape spans of Match and Row, for the search list's hot path.
	matchSpan, rowSpan span
}

// NewStyles builds the styles for a dark or light background. noColor keeps
// only attributes (bold, reverse, underline), for NO_COLOR.
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
	errFG := pick("#B00020", "#FF6E6E")

	s := &Styles{Dark: dark, NoColor: noColor}
	base := lipgloss.NewStyle()
	s.App = base
	s.Title = base.Foreground(accent).Bold(true)
	s.TitleDim = base.Foreground(dim)
	s.Row = base.Foreground(fg)
	s.RowSelected = base.Foreground(fg).Background(selBG).Bold(true)
	if noColor {
		s.RowSelected = base.Reverse(true)
	}
	s.RowDim = base.Foreground(dim)
	s.Count = base.Foreground(dim)
	s.Marker = base.Foreground(accent)
	s.Leaf = base.Foreground(dim)
	s.Border = base.Foreground(border)
	s.BorderFocused = base.Foreground(accent)
	s.Status = base.Foreground(dim)
	s.StatusKey = base.Foreground(accent).Bold(true)
	s.StatusDim = base.Foreground(dim)
	s.Match = base.Foreground(matchFG).Bold(true).Underline(noColor)
	s.MatchCurrent = base.Foreground(matchFG).Bold(true).Reverse(true)
	s.Prompt = base.Foreground(accent).Bold(true)
	s.Input = base.Foreground(fg)
	s.Placeholder = base.Foreground(dim)
	s.Heading = base.Foreground(accent).Bold(true)
	s.Label = base.Foreground(dim).Bold(true)
	s.Cell = base.Foreground(fg)
	s.Dash = base.Foreground(dim)
	s.Error = base.Foreground(errFG).Bold(true)
	s.Notice = base.Foreground(matchFG)
	s.Overlay = base.Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.HelpBG = base
	s.matchSpan, s.rowSpan = spanOf(s.Match), spanOf(s.Row)
	return s
}

// GlamourStyle names the Glamour style matching these styles.
func (s *Styles) GlamourStyle() string {
	switch {
	case s.NoColor:
		return "notty"
	case s.Dark:
		return "dark"
	default:
		return "light"
	}
}
