package ui

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// At 40 columns the checks' title was cut to "Ownersh…" for its counts,
// and a finding's place (the file and line to open) to "t/en/c…" for the
// check's name: the title and the place stay whole, the counts and the
// check's name give way.
func TestFindingsNarrowKeepTitleAndPlace(t *testing.T) {
	files := fstest.MapFS{
		"en/a.md": {Data: []byte("---\nid: a\nname: A\n---\n## S {#s}\n- Keep the ledgers balanced.\n")},
		"zh/a.md": {Data: []byte("---\nid: a\nname: 甲\n---\n## 乙 {#s}\n- 记好账目。\n")},
		"en/b.md": {Data: []byte("---\nid: b\nname: B\n---\n## S {#s}\n- Keep the ledgers balanced.\n")},
		"zh/b.md": {Data: []byte("---\nid: b\nname: 乙\n---\n## 乙 {#s}\n- 记好账目。\n")},
		"en/c.md": {Data: []byte("---\nid: c\nname: C\n---\n## S {#s}\n- Sign the cheques.\n  Accountable: a, b\n")},
		"zh/c.md": {Data: []byte("---\nid: c\nname: 丙\n---\n## 乙 {#s}\n- 签支票。\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "myorg", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	d := driveConfig(t, 40, 12, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
	d.keys("!")
	rows := strings.Split(d.screen(), "\n")
	if !strings.HasPrefix(rows[1], "Ownership checks found 2") {
		t.Errorf("the title line %q, want the title whole and the counts cut", rows[1])
	}
	if !strings.Contains(d.screen(), "…  myorg/en/c.md:7") {
		t.Errorf("the finding's place is not whole, its check's name cut:\n%s", d.screen())
	}
}
