package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/sheet"
)

// bench100kSheet is a CSV of 100,000 duty rows in two languages (a row
// per duty, its department and sections named in each), from the
// generated organisation the other benchmarks use.
func bench100kSheet(b *testing.B) []byte {
	b.Helper()
	org := synth.Generate(100_000, 1)
	table := sheet.Table(org, model.Langs[:])
	rows := [][]string{table[0]}
	for _, r := range table[1:] {
		if r[1] == "duty" {
			rows = append(rows, r)
		}
	}
	if len(rows) != 100_001 {
		b.Fatalf("%d rows", len(rows)-1)
	}
	var buf bytes.Buffer
	if err := sheet.WriteCSV(&buf, slices.Values(rows)); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkImport100k is `dutymap import` of a 100,000-row CSV file: read,
// build, write the content folder in memory, load it to check it, write it
// to disk (budget: 2 s).
func BenchmarkImport100k(b *testing.B) {
	benchImport(b, bench100kSheet(b))
}

// benchImport runs `dutymap import` of the CSV text csv, written to a
// file first, once per loop, into the same folder (--force), and fails
// on an exit status other than 0 with what the import said.
func benchImport(b *testing.B, csv []byte) {
	b.Helper()
	dir := b.TempDir()
	file := filepath.Join(dir, "org.csv")
	if err := writeBytes(file, csv); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, "org")
	var stderr bytes.Buffer
	b.ResetTimer()
	for b.Loop() {
		stderr.Reset()
		if code := Run([]string{"import", file, "--out", out, "--force"}, IO{Out: io.Discard, Err: &stderr}); code != 0 {
			b.Fatalf("exit %d:\n%s", code, stderr.String())
		}
	}
}

func writeBytes(name string, data []byte) error { return os.WriteFile(name, data, 0o644) }
