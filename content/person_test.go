package content

import "testing"

// A RACI reference that names no unit reads as a person's name when it is
// one the way Chinese and English duty tables write people — and not when
// it is a unit's name that does not exist yet (市场部, 王府井店), whose fix
// creates the department.
func TestLooksLikePerson(t *testing.T) {
	for ref, want := range map[string]bool{
		"张三": true, "王小明": true, "欧阳明": true, "王总": true, "李经理": true, "老张": true, "小李": true,
		"Mr Smith": true, "ms. lee": true, "zhang.san@example.com": true,
		"金融": false, "安全": false, "成本": false, "董事": false, "华东": false, "陈静": true,
		"市场部": false, "人事部": false, "仓库": false, "王府井店": false, "高新区": false, "张": false, "财务": false,
		"文员": false, "程序员": false, "会计师": false, "王工": true,
		"李律师": true, "张会计": true, "王工程师": true, "律师": false, "工程师": false, "高工程师": true,
		"John Smith": false, "Sales Support": false, "legal": false, "the board": false, "sales/selling": false,
	} {
		if got := looksLikePerson(ref, false); got != want {
			t.Errorf("looksLikePerson(%q) = %v, want %v", ref, got, want)
		}
	}
	// Under a key that names a person (Owner, 负责人), a capitalised name.
	if !looksLikePerson("John Smith", true) || looksLikePerson("the board", true) {
		t.Error("a capitalised English name under a person's key")
	}
}
