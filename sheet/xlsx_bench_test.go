package sheet

import (
	"bytes"
	"slices"
	"strconv"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
	"github.com/xuri/excelize/v2"
)

// book100k is a workbook of the 100,000 duties of the generated
// organisation the other benchmarks use. As exported, it is dutymap's
// table (a row per duty, its department and sections named in each, most
// of its 40-odd columns empty); merged, it is laid out as people lay out
// an org sheet: department, section, duty and code, with the department
// and the section merged down the rows they cover.
func book100k(b *testing.B, merged bool) []byte {
	b.Helper()
	org := synth.Generate(100_000, 1)
	table := sheet100k(b, org)
	var buf bytes.Buffer
	if !merged {
		if err := WriteXLSX(&buf, slices.Values(table)); err != nil {
			b.Fatal(err)
		}
		return buf.Bytes()
	}
	col := func(name string) int {
		for i, h := range table[0] {
			if h == name {
				return i
			}
		}
		b.Fatalf("no column %s", name)
		return 0
	}
	dept, sect, duty, code := col(colDepartment+"_en"), col(colSection+"_en"), col(colDuty+"_en"), col(colCode)
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	if err := sw.SetRow("A1", []any{"Department", "Section", "Duty", "Code"}); err != nil {
		b.Fatal(err)
	}
	// merge merges column c from row top down to row bottom.
	merge := func(c string, top, bottom int) {
		if bottom > top {
			if err := sw.MergeCell(c+strconv.Itoa(top), c+strconv.Itoa(bottom)); err != nil {
				b.Fatal(err)
			}
		}
	}
	deptTop, sectTop := 2, 2
	for i, r := range table[1:] {
		row := i + 2
		vals := []any{nil, nil, r[duty], r[code]}
		if row == 2 || r[dept] != table[i][dept] {
			merge("A", deptTop, row-1)
			deptTop, vals[0] = row, r[dept]
		}
		if row == 2 || r[dept] != table[i][dept] || r[sect] != table[i][sect] {
			merge("B", sectTop, row-1)
			sectTop, vals[1] = row, r[sect]
		}
		cell, _ := excelize.CoordinatesToCellName(1, row)
		if err := sw.SetRow(cell, vals); err != nil {
			b.Fatal(err)
		}
	}
	merge("A", deptTop, len(table))
	merge("B", sectTop, len(table))
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	if _, err := f.WriteTo(&buf); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// sheet100k is the table of the organisation's duty rows.
func sheet100k(b *testing.B, org *model.Org) [][]string {
	table := Table(org, model.Langs[:])
	rows := [][]string{table[0]}
	for _, r := range table[1:] {
		if r[1] == "duty" {
			rows = append(rows, r)
		}
	}
	if len(rows) != 100_001 {
		b.Fatalf("%d rows", len(rows)-1)
	}
	return rows
}

// BenchmarkXLSX100k reads a 100,000-duty workbook as dutymap import does
// (the rows and the organisation they describe, not the files written).
func BenchmarkXLSX100k(b *testing.B) {
	for _, tc := range []struct {
		name   string
		merged bool
	}{{"exported", false}, {"merged", true}} {
		b.Run(tc.name, func(b *testing.B) {
			book := book100k(b, tc.merged)
			b.SetBytes(int64(len(book)))
			b.ResetTimer()
			for b.Loop() {
				rows, _, _, err := XLSX(bytes.NewReader(book), "", "")
				if err != nil {
					b.Fatal(err)
				}
				res := Read(rows, Options{Name: "org.xlsx"})
				if errs := res.Problems.Errors(); len(errs) > 0 {
					b.Fatalf("problems:\n%s", res.Problems)
				}
			}
		})
	}
}
