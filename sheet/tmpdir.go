package sheet

import (
	"archive/zip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strings"

	"github.com/dutymap/dutymap/internal/memlimit"
	"github.com/dutymap/dutymap/internal/termsafe"
)

// excelize unzips a worksheet or the shared text of more than spillSize
// bytes into a temporary file (its StreamChunkSize); when no file can be
// made there (TMPDIR missing, read-only or full) it keeps the part in
// memory instead, without a word. Under a memory bound that could end in a
// Go fatal "out of memory" as the workbook is opened, or a memory problem
// whose fix (raise the limit, split the sheet) misses the cause. So when
// the temporary folder cannot be made, the parts excelize would have put
// there are counted: past the bound, import stops and names TMPDIR; within
// it, import goes on in memory, and a memory problem later says how
// TMPDIR would have helped (heldInMemory).
const spillSize = 16 << 20

// tempVar is the variable that chooses the temporary folder.
func tempVar() string {
	if runtime.GOOS == "windows" {
		return "TMP"
	}
	return "TMPDIR"
}

// inMemory is what excelize will hold in memory for want of a temporary
// folder (mkdirErr says why none could be made), or an error when that
// passes what the memory bound leaves.
func inMemory(zr *zip.Reader, mkdirErr error) (held string, err error) {
	var spill int64
	if zr != nil {
		for _, f := range zr.File {
			name := strings.ToLower(strings.ReplaceAll(f.Name, `\`, "/"))
			if size := int64(f.UncompressedSize64); size > spillSize &&
				(strings.HasPrefix(name, "xl/worksheets/sheet") || name == "xl/sharedstrings.xml") {
				spill += size
			}
		}
	}
	if spill == 0 {
		return "", nil // nothing for the folder: excelize keeps all in memory anyway
	}
	why := "cannot be written"
	var pe *fs.PathError
	switch {
	case errors.Is(mkdirErr, fs.ErrNotExist):
		why = "does not exist"
	case errors.As(mkdirErr, &pe):
		why = "cannot be written: " + pe.Err.Error() // "read-only file system", "no space left on device"
	}
	folder := fmt.Sprintf("%s (%s) %s", termsafe.QuoteName(os.TempDir()), tempVar(), why)
	setTo := fmt.Sprintf("set %s to a folder you can write with %d MB free (such as %s=/var/tmp)", tempVar(), memlimit.MB(spill), tempVar())
	bound := memoryBound()
	if bound.Most > 0 && heapInUse()+spill > bound.Most {
		return "", fmt.Errorf("the workbook's large sheets (%d MB of XML) are unzipped into the temporary folder, but %s; held in memory instead, they would need more than %s leaves (about %d MB)\n  fix: %s, or raise the limit (%s)",
			memlimit.MB(spill), folder, bound.From, memlimit.MB(bound.Most), setTo, bound.Raise)
	}
	return fmt.Sprintf("the temporary folder %s, so the workbook's large sheets (%d MB of XML) are held in memory: %s, or", folder, memlimit.MB(spill), setTo), nil
}

// heldRows is a sheet that holds in memory what it would have kept in a
// temporary folder (see inMemory): held is the start of a memory
// problem's fix that says so, "" when nothing is held so.
type heldRows interface{ heldInMemory() string }
