package page

import (
	"reflect"

	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
)

// Style names accepted by Terminal.
const (
	// StyleDark and StyleLight are Glamour's colour styles for a dark or a
	// light background.
	StyleDark  = "dark"
	StyleLight = "light"
	// StyleMono has no colour, only attributes (bold, italic, underline,
	// reverse): for NO_COLOR and monochrome terminals. It is StyleDark
	// with every colour removed, never raw Markdown.
	StyleMono = "mono"
	// StylePlain has no escape sequences at all: for TERM=dumb.
	StylePlain = "plain"
	// styleNoTTY is the name the explorer used for StyleMono.
	styleNoTTY = "notty"
)

// glamourStyle returns the Glamour style for a style name (StyleDark for
// an unknown name), with the typesetter's marks added: hangMark after
// every list bullet, heading prefix and at the start of every paragraph,
// where wrapped lines continue.
func glamourStyle(name string) ansi.StyleConfig {
	var c ansi.StyleConfig
	switch name {
	case StyleLight:
		c = styles.LightStyleConfig
	case StyleMono, StylePlain, styleNoTTY:
		c = monochrome(styles.DarkStyleConfig)
	default:
		c = styles.DarkStyleConfig
	}
	c.Paragraph.Prefix += hangMarkS
	c.Item.BlockPrefix += hangMarkS
	c.Enumeration.BlockPrefix += hangMarkS
	c.Task.Ticked += hangMarkS
	c.Task.Unticked += hangMarkS
	for _, h := range []*ansi.StyleBlock{&c.H1, &c.H2, &c.H3, &c.H4, &c.H5, &c.H6} {
		h.Prefix += hangMarkS
	}
	c.DefinitionTerm.BlockPrefix += hangMarkS
	// Glamour's 🠶 is missing from many terminal fonts.
	c.DefinitionDescription.BlockPrefix = "\n→ " + hangMarkS
	return c
}

// monochrome removes every colour from a style and keeps its attributes.
// The title, which colour styles set on a coloured band, is shown in
// reverse video instead, as the explorer shows its selection without
// colour.
func monochrome(c ansi.StyleConfig) ansi.StyleConfig {
	clearColours(reflect.ValueOf(&c).Elem())
	c.CodeBlock.Chroma = nil
	c.CodeBlock.Theme = ""
	yes := true
	c.H1.Inverse = &yes
	return c
}

var primitiveType = reflect.TypeFor[ansi.StylePrimitive]()

// clearColours sets Color and BackgroundColor to nil in every
// StylePrimitive inside v, however deeply embedded.
func clearColours(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == primitiveType {
			v.FieldByName("Color").SetZero()
			v.FieldByName("BackgroundColor").SetZero()
			return
		}
		for i := range v.NumField() {
			clearColours(v.Field(i))
		}
	case reflect.Pointer:
		if !v.IsNil() && v.Elem().Kind() == reflect.Struct {
			// Shared with Glamour's own styles: copy before changing.
			cp := reflect.New(v.Elem().Type())
			cp.Elem().Set(v.Elem())
			clearColours(cp.Elem())
			v.Set(cp)
		}
	}
}
