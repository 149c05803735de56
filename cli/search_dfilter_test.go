package cli

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/sshtest"
	"github.com/dutymap/dutymap/serve"
)

// A d: filter repeated is one filter, resolved once: 40,000 of them (370 KB
// of arguments) took 11 s and 1.9 GB, 80,000 ran out of memory
// (hostile14 #3). The answer is that of the filter given once.
func TestSearchRepeatedDeptFiltersAreOne(t *testing.T) {
	dir := searchOrg(t)
	once := searchIn(t, dir, "prices", "d:sales").ok(t)
	args := []string{"prices"}
	for range 5000 {
		args = append(args, "d:sales", "D:Sales", "dept:sales")
	}
	many := searchIn(t, dir, args...).ok(t)
	if many.out != once.out || many.err != once.err {
		t.Errorf("15,000 d:sales filters:\n%s%s\nwant, as with one:\n%s%s", many.out, many.err, once.out, once.err)
	}
}

// More departments than a search narrows to is refused with the bound and
// a fix, exit 2, locally and over SSH alike.
func TestSearchTooManyDeptFilters(t *testing.T) {
	args := []string{"search", "price"}
	for i := range 21 {
		args = append(args, fmt.Sprintf("d:dept%d", i))
	}
	r := run(t, args...).fails(t, 2)
	want := "dutymap search: the query names 21 departments with d:, and a search narrows to at most 20\n  fix: name fewer departments, or leave d: out: every result names its department\n"
	if r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
	if r := run(t, args[:len(args)-1]...); strings.Contains(r.err, "narrows to") { // 20 are read
		t.Errorf("20 d: filters refused:\n%s", r.err)
	}

	st := startServe(t, serve.Config{RateLimit: 1000}, options{builtin: true})
	remote := sshtest.Exec(t, st.client(), strings.Join(args, " "))
	if remote.Code != 2 || remote.Err != want || remote.Out != "" {
		t.Errorf("over SSH: exit %d, stdout %q, stderr %q; want exit 2 and %q", remote.Code, remote.Out, remote.Err, want)
	}
}
