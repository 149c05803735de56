package sheet

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
)

// A Chinese row in a sheet read as English is noted by its row, with how
// to mark its language; marked so, it goes to zh/ and the note is gone
// (tryout27 P3). A duty naming a Chinese term among English words, and a
// Chinese sheet, are not noted.
func TestImportNotesAChineseRowReadAsEnglish(t *testing.T) {
	sheet := "Department,Position,Duty\n" +
		"Warehouse,Receiver,Check deliveries against the purchase order.\n" +
		"Warehouse,Shipper,Pack orders for 关系 customers.\n" +
		"仓库,收货员,按采购单核对到货。\n" +
		"仓库,收货员,上架。\n"
	res := importCSV(t, sheet, Options{GuessLang: true})
	mustOrg(t, res)
	want := "s.csv:4: note: column C (Duty): the text is Chinese, but the row is read as en: import wrote it as en content (also row 5)\n" +
		"  if the row is Chinese, add a Language column and write zh in it on this row (rows left blank keep en); if it translates another row, move its text to that row, in columns of their own such as Duty (zh); if the whole sheet is Chinese, import with --lang zh"
	if got := problemText(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}

	// As the fix says: a Language column, zh on the Chinese rows.
	marked := "Department,Position,Duty,Language\n" +
		"Warehouse,Receiver,Check deliveries against the purchase order.,\n" +
		"仓库,收货员,按采购单核对到货。,zh\n"
	res = importCSV(t, marked, Options{GuessLang: true})
	mustOrg(t, res)
	if got := problemText(res); strings.Contains(got, "is Chinese") {
		t.Errorf("noted once marked:\n%s", got)
	}
	if !slices.ContainsFunc(res.Files, func(f content.File) bool { return f.Name == "zh/仓库.md" }) {
		t.Errorf("the Chinese row is not in zh/: %v", fileNames(res.Files))
	}
	// Its Language cell left blank, the fix names that column.
	res = importCSV(t, strings.Replace(marked, ",zh\n", ",\n", 1), Options{GuessLang: true})
	for _, want := range []string{"s.csv:3: note: column C (Duty): the text is Chinese, but the row is read as en", "if the row is Chinese, write zh in its Language cell"} {
		if got := problemText(res); !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}

	if got := problemText(importCSV(t, "部门,岗位,职责\n仓库,收货员,按采购单核对到货。\n", Options{GuessLang: true})); strings.Contains(got, "is Chinese") {
		t.Errorf("a Chinese sheet is noted:\n%s", got)
	}
}

func fileNames(files []content.File) []string {
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	return names
}
