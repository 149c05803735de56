package ui

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// tryout19 §9: L on English-only content said "This organisation has no
// content in 中…" at 40 columns, the language it lacks cut off. The notice
// is worded to fit the narrowest usual window whole.
func TestNoLanguageNoticeFitsFortyColumns(t *testing.T) {
	files := fstest.MapFS{
		"en/a.md": {Data: []byte("---\nid: a\nname: A\n---\n## S {#s}\n- Decide the prices of the company's products.\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	d := driveConfig(t, 40, 12, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
	d.keys("L")
	if bar := strings.TrimSpace(barLine(d.screen())); bar != "This organisation has no 中文 content." {
		t.Fatalf("the notice at 40 columns reads %q", bar)
	}
}
