package sheet

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
)

// A unit named at length gets an id cut to what the loader reads
// (content.MaxID), at a word's end: an 80-word department name made a
// 424-byte id, refused with the fix to write a shorter "id:" in a file
// the sheet's user never wrote (hunt25).
func TestLongNamesMakeIDsTheLoaderReads(t *testing.T) {
	en := "Department of " + strings.Repeat("very ", 80) + "long names"
	zh := "部门" + strings.Repeat("很长的名字", 60)
	res := importCSV(t, "Department,Section,Duty\n"+en+",Field,Sell things.\n"+zh+",Field,Buy things.\n", Options{})
	if res.Files == nil {
		t.Fatalf("nothing written:\n%s", problemText(res))
	}
	org := loadFiles(t, res.Files)
	if len(org.Departments) != 2 {
		t.Fatalf("%d departments", len(org.Departments))
	}
	for _, d := range org.Departments {
		if len(d.ID) > content.MaxID || len(d.ID) < content.MaxID-8 || strings.HasSuffix(d.ID, "-") {
			t.Errorf("id %q: %d bytes, want up to %d, cut at a word's end", d.ID, len(d.ID), content.MaxID)
		}
	}
}
