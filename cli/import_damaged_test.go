package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// goWords are what Go's zip, flate and XML readers (and a bare end of
// input) say of a damaged file: true, but they tell a user neither what
// is wrong nor what to do.
var goWords = regexp.MustCompile(`flate: |zip: |xml: |XML syntax error|unexpected EOF|\bEOF\b|invalid UTF-8|CharsetReader|runtime error|goroutine`)

// A workbook with one byte changed anywhere imports (the byte did not
// matter), or is refused with one plain message that names the file and
// gives a fix; never Go's own words ("flate: corrupt input before offset
// 9", "unexpected EOF", "zip: not a valid zip file", "XML syntax error on
// line 1: …": 21 of 60 such workbooks, tryout20), a panic or a hang. The
// workbook is built here, its bytes damaged one at a time, every
// stride-th (a prime, so the damage falls on every kind of byte: zip
// headers, deflated data, the directory).
func TestImportDamagedWorkbooksSayWhatIsDamaged(t *testing.T) {
	f := excelize.NewFile()
	for i, row := range [][]any{{"Department", "Position", "Duty"}, {"Sales", "Manager", "Visit customers."}, {"Sales", "Clerk", "Send the invoices."}, {"Finance", "Accountant", "Close the books."}} {
		if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &row); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	f.Close()
	book := buf.Bytes()
	dir := t.TempDir()
	file := filepath.Join(dir, "damaged.xlsx")
	stride := 7
	if testing.Short() {
		stride = 61
	}
	refused := 0
	for at := 0; at < len(book); at += stride {
		damaged := bytes.Clone(book)
		damaged[at] ^= 0x5a
		if err := os.WriteFile(file, damaged, 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, fmt.Sprintf("org%d", at))
		r := run(t, "import", file, "--out", out)
		if r.code == 0 {
			continue
		}
		refused++
		msg := r.err
		switch {
		case r.code != 1:
			t.Errorf("byte %d changed: exit %d, want 1:\n%s", at, r.code, msg)
		case goWords.MatchString(msg):
			t.Errorf("byte %d changed: Go's words %q reach the user:\n%s", at, goWords.FindString(msg), msg)
		case !strings.Contains(msg, "dutymap import: "+file) && !strings.Contains(msg, file+"[Sheet1]:"):
			t.Errorf("byte %d changed: the message does not name the file:\n%s", at, msg)
		case !strings.Contains(msg, "\n  fix: "):
			t.Errorf("byte %d changed: no fix:\n%s", at, msg)
		}
	}
	if refused == 0 {
		t.Fatalf("no damaged copy was refused: the test damages nothing")
	}
	t.Logf("%d of %d damaged copies refused", refused, (len(book)+stride-1)/stride)
}
