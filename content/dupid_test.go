package content

import (
	"strings"
	"testing"
)

// TestDuplicateIDBlamesTheFileNotNamedAfterIt: en/finance.md given the id
// of en/hr.md was read as hr, so that the first problems (an alias naming
// finance, zh/hr.md's lines compared with en/finance.md's, zh/finance.md
// "written in zh/ only") each had a fix that was wrong, and en/hr.md was
// told to change its right id (tryout17 #6). One problem remains, at the
// line to change, with the id to write.
func TestDuplicateIDBlamesTheFileNotNamedAfterIt(t *testing.T) {
	fin := "---\nid: hr\nname: Finance\naliases: [finance]\norder: 70\n---\n## Books {#books}\n- Keep the books.\n- Pay.\n"
	finZh := "---\nid: finance\nname: 财务部\norder: 70\n---\n## 账 {#books}\n- 记账。\n- 付款。\n"
	hr := "---\nid: hr\nname: HR\norder: 60\n---\n## People {#people}\n- Hire.\n"
	hrZh := "---\nid: hr\nname: 人事部\norder: 60\n---\n## 人 {#people}\n- 招聘。\n"
	_, ps := Check(layer(map[string]string{"en/finance.md": fin, "zh/finance.md": finZh, "en/hr.md": hr, "zh/hr.md": hrZh}))
	if len(ps) != 1 {
		t.Fatalf("want one problem, got:\n%s", ps)
	}
	got := ps[0].String()
	for _, want := range []string{`org/en/finance.md:2: duplicate id "hr": org/en/hr.md, named after it, has it too`, "fix: write  id: finance"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
}
