package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// Ids may be written in any script (市场部, as docs/content-format.md
// allows, and an import of Chinese headers makes): the paths the JSON
// export gives them follow docs/export.schema.json as the ids do
// (tryout25 T17: the path patterns took ASCII only).
func TestExportJSONWithChineseIdsMatchesSchema(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "zh"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "zh", "信息部.md"), "---\nid: 信息部\nname: 信息部\n---\n## 运维工程师 {#运维工程师 .position}\n- 维护服务器。\n")
	writeFile(t, filepath.Join(dir, "zh", "说明.md"), "---\nid: 说明\nkind: topic\nname: 说明\nconcerns: [信息部]\n---\n## 要点 {#要点}\n- 服务器由信息部维护。\n")
	r := run(t, "--content", dir, "--builtin=false", "export", "--format", "json").ok(t)
	mustContain(t, r.out, `"path": "信息部/运维工程师/1"`, `"path": "说明/要点"`)
	if err := validateJSON(exportSchema(t), r.out); err != nil {
		t.Fatalf("export does not match docs/export.schema.json:\n%v", err)
	}
}
