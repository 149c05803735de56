package sheet

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Under a memory limit (ulimit -d, 300 MB), a workbook whose sheet nests
// five million elements is refused with the message; it took 550 MB and,
// under a limit, the Go runtime died with "fatal error: out of memory"
// and a dump of every goroutine, which no recover catches (hostile16 #1).
// The test binary runs itself, limited, in a shell: RLIMIT_DATA counts
// the heap Go maps, not the address space it only reserves at start (1.2
// GB, which ulimit -v counts).
func TestXLSXUnderAMemoryLimit(t *testing.T) {
	if file := os.Getenv("DUTYMAP_TEST_DEEP_XLSX"); file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		_, _, _, err = XLSX(bytes.NewReader(data), "", "")
		fmt.Printf("XLSX says: %v\n", err)
		return
	}
	if testing.Short() {
		t.Skip("runs the test binary again")
	}
	if raceBuild {
		t.Skip("the race detector's runtime cannot start under the limit (it maps its shadow memory first)")
	}
	file := filepath.Join(t.TempDir(), "deep.xlsx")
	book := edited(t, smallBook, map[string]func(string) string{"xl/worksheets/sheet1.xml": func(x string) string {
		i := strings.LastIndex(x, "</sheetData>")
		return x[:i] + `<row r="3"><c r="A3" t="inlineStr"><is>` + strings.Repeat("<r>", 5_000_000) + `</is></c></row>` + x[i:]
	}})
	if err := os.WriteFile(file, book, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("sh", "-c", `ulimit -d 300000 && exec "$0" -test.run='^TestXLSXUnderAMemoryLimit$' -test.count=1`, os.Args[0])
	cmd.Env = append(os.Environ(), "DUTYMAP_TEST_DEEP_XLSX="+file)
	out, err := cmd.CombinedOutput()
	want := "XLSX says: its part xl/worksheets/sheet1.xml nests its elements more than 256 levels deep"
	if err != nil || !strings.Contains(string(out), want) || strings.Contains(string(out), "fatal error") {
		t.Errorf("%v; the limited run said:\n%.2000s", err, out)
	}
}
