package cli

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
)

// check lists at most --limit findings of each check, then a line with how
// many more there are and the command that lists them all, which does;
// the summary and the exit status count every finding, listed or not, in
// text and in JSON (res11 #6: 2.07 million double owners held 14 GB).
func TestCheckLimitsEachCheck(t *testing.T) {
	dir := t.TempDir()
	if err := synth.WriteDir(dir, 4_000, 1); err != nil { // about 1,200 look-alike double owners
		t.Fatal(err)
	}
	all := run(t, "--builtin=false", "--content", dir, "check", "--limit", "0")
	total := strings.Count(all.out, ": warning: double-owner: ")
	if all.code != exitFindings || total < 1_000 {
		t.Fatalf("--limit 0: exit %d, %d double-owner findings", all.code, total)
	}
	summary := lastLine(all.out)

	r := run(t, "--builtin=false", "--content", dir, "check", "--limit", "3")
	if r.code != exitFindings {
		t.Fatalf("exit %d, stderr %q", r.code, r.err)
	}
	if got := strings.Count(r.out, ": warning: double-owner: "); got != 3 {
		t.Errorf("%d double-owner findings listed with --limit 3", got)
	}
	if !strings.HasPrefix(all.out, strings.Join(strings.SplitAfter(r.out, "\n")[:6], "")) {
		t.Errorf("the 3 listed are not the first 3 of all:\n%s", r.out)
	}
	if lastLine(r.out) != summary {
		t.Errorf("summary %q, want every finding counted: %q", lastLine(r.out), summary)
	}
	more := regexp.MustCompile(`(?m)^dutymap check: (\d+) more double-owner findings not listed \(the first 3 are\); list them all with: dutymap (.*)$`).FindStringSubmatch(r.out)
	if more == nil {
		t.Fatalf("no line says how many more there are:\n%s", r.out)
	}
	if more[1] != strconv.Itoa(total-3) {
		t.Errorf("%s more, want %d", more[1], total-3)
	}
	them := run(t, strings.Fields(more[2])...)
	if got := strings.Count(them.out, ": warning: double-owner: "); got != total || them.code != exitFindings {
		t.Errorf("the command given (%s) lists %d findings, exit %d; want %d, exit 3", more[2], got, them.code, total)
	}

	j := run(t, "--builtin=false", "--content", dir, "check", "--limit", "3", "--format", "json")
	var rep jsonReport
	if err := json.Unmarshal([]byte(j.out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, j.out)
	}
	if len(rep.Findings) != 3 || rep.Summary.Limit != 3 || rep.Summary.Unlisted["double-owner"] != total-3 || rep.Summary.Warnings < total {
		t.Errorf("JSON: %d findings, summary %+v", len(rep.Findings), rep.Summary)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
