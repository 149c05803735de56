package ui

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestKeyHelpTranslated checks every binding shown in help has Chinese
// text in the Chinese key map, so help never mixes languages.
func TestKeyHelpTranslated(t *testing.T) {
	zh := Model{keys: DefaultKeyMap(model.Zh)}
	for _, group := range zh.FullHelp() {
		for _, b := range group {
			if d := b.Help().Desc; zhHelp[d] != "" && zhHelp[d] != d {
				t.Errorf("binding %q has no Chinese help", d)
			}
		}
	}
	if en := DefaultKeyMap(model.En); en.Up.Help().Desc != "up" || zh.keys.Up.Help().Desc != "上移" {
		t.Fatalf("en %q zh %q", en.Up.Help().Desc, zh.keys.Up.Help().Desc)
	}
}
