package sheet

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/content"
)

// TestImportUntranslatedCell (tryout12 #7): a duty cell left in the other
// language is noted at its own row and column, the one to change (the
// English cell for Chinese text in duty_en, not the duty_zh cell beside
// it), naming the cell that holds the other language's text (a
// spreadsheet user never sees the files), and the import goes on.
func TestImportUntranslatedCell(t *testing.T) {
	org, err := content.Load(content.Dir("testdata/lines"))
	if err != nil {
		t.Fatal(err)
	}
	rows := Table(org, allLangs(org))
	r := slices.IndexFunc(rows, func(r []string) bool { return r[0] == "finance/money/1" })
	colEn, colZh := ColumnName(slices.Index(rows[0], "duty_en")), ColumnName(slices.Index(rows[0], "duty_zh"))
	for _, tc := range []struct{ column, value, want string }{
		{"duty_en", "记账。", `s.csv:%d: note: column %s (duty_en): duty "记账。" is not translated (same as column ` + colZh + ` (duty_zh))` +
			"\n  write it in English here"},
		{"duty_zh", "Keep the books.", `s.csv:%d: note: column %s (duty_zh): duty "Keep the books." is not translated (same as column ` + colEn + ` (duty_en))` +
			"\n  write it in Chinese here"},
	} {
		c := slices.Index(rows[0], tc.column)
		if r < 0 || c < 0 {
			t.Fatalf("no row finance/money/1 or column %s", tc.column)
		}
		bad := make([][]string, len(rows))
		for i, row := range rows {
			bad[i] = slices.Clone(row)
		}
		bad[r][c] = tc.value
		res := importCSV(t, string(csvOf(t, bad)), Options{})
		notes := notes(res)
		want := fmt.Sprintf(tc.want, r+1, ColumnName(c))
		if len(notes) != 1 || notes[0] != want || res.Files == nil {
			t.Errorf("%s=%q: want the one note %q, files written; got %d files:\n%q", tc.column, tc.value, want, len(res.Files), notes)
		}
	}
}

// TestImportUntranslatedColumn: a duty_zh column that repeats duty_en for
// a whole department is one note, naming cells, not files.
func TestImportUntranslatedColumn(t *testing.T) {
	res := importCSV(t, "department_en,department_zh,section_en,section_zh,duty_en,duty_zh\n"+
		"Finance,财务部,Money,资金,Keep the books.,Keep the books.\n"+
		"Finance,财务部,Money,资金,Pay the suppliers.,Pay the suppliers.\n"+
		"Sales,销售部,Selling,销售,Visit customers.,拜访客户。\n", Options{})
	want := []string{`s.csv:2: note: column F (duty_zh): none of the 2 duties of "finance" is translated: each is in English, as at column E (duty_en)` +
		"\n  write them in Chinese, from here down to row 3, column F (duty_zh)"}
	if got := notes(res); !slices.Equal(got, want) || res.Files == nil {
		t.Errorf("want the notes\n%q\ngot (%d files):\n%q", want, len(res.Files), got)
	}
}
