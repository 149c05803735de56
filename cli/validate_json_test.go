package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestValidateJSON: validate --json prints one object an editor or a CI
// job reads (tryout24 H25): the problems with severity, file, line,
// message and fix, exit 1; valid content is valid with its counts, exit
// 0; a folder valid alone but not over the built-in content carries the
// note that says so. check --json on invalid content prints the same
// problems beside no findings, exit 1 (it printed nothing on stdout).
func TestValidateJSON(t *testing.T) {
	bad := writeFiles(t, map[string]string{
		"en/ops.md": "---\nid: ops\nname: Operations\n---\n\n# Top\n\n#### Too deep\n\n- Run the store.\n  Accountble: ops\n",
	})
	var rep jsonValidation
	r := exits(t, run(t, "validate", bad, "--json"), 1)

	if err := json.Unmarshal([]byte(r.out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.out)
	}
	if rep.Valid || rep.Summary.Errors != len(rep.Problems)-rep.Summary.Notes || rep.Summary.Errors < 2 {
		t.Fatalf("report: %+v", rep)
	}
	var lines []int
	for _, p := range rep.Problems {
		if p.Severity == "error" {
			if !strings.HasSuffix(p.File, "ops.md") || p.Message == "" || p.Fix == "" {
				t.Errorf("problem: %+v", p)
			}
			lines = append(lines, p.Line)
		}
	}
	if !slices.Contains(lines, 8) || !slices.Contains(lines, 11) {
		t.Errorf("error lines %v, want 8 (the heading) and 11 (Accountble)", lines)
	}
	if r := run(t, "validate", bad); r.code != 1 || !strings.Contains(r.out, "ops.md:8: heading skips a level") {
		text := r.out
		t.Errorf("text form:\n%s", text)
	}

	good := writeFiles(t, map[string]string{"en/ops.md": "---\nid: ops\nname: Operations\n---\n\n## Store {#store}\n\n- Run the store.\n"})
	rep = jsonValidation{}
	if err := json.Unmarshal([]byte(run(t, "--builtin=false", "validate", good, "--format", "json").ok(t).out), &rep); err != nil {
		t.Fatal(err)
	}
	if !rep.Valid || len(rep.Problems) != 0 || rep.Notes == nil || rep.Content != "1 department, 1 section, 1 duty" {
		t.Errorf("valid content: %+v", rep)
	}

	// Valid alone, not over the built-in content: a sales department
	// whose alias is a built-in department's id.
	over := writeFiles(t, map[string]string{"en/shop.md": "---\nid: shop\nname: Shop\naliases: [marketing]\n---\n\n## Selling {#selling}\n\n- Sell.\n"})
	rep = jsonValidation{}
	r = exits(t, run(t, "validate", over, "--json"), 1)

	if err := json.Unmarshal([]byte(r.out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.out)
	}
	if rep.Valid || len(rep.Problems) == 0 || len(rep.Notes) != 1 || strings.HasPrefix(rep.Notes[0], "dutymap") || !strings.Contains(rep.Notes[0], "alone is valid") {
		t.Errorf("over the built-in content: %+v", rep)
	}

	var chk struct {
		Checks   []string      `json:"checks"`
		Findings []any         `json:"findings"`
		Problems []jsonProblem `json:"problems"`
	}
	r = exits(t, run(t, "--builtin=false", "check", bad, "--json"), 1)

	if err := json.Unmarshal([]byte(r.out), &chk); err != nil {
		t.Fatalf("check --json on invalid content, not JSON: %v\n%s", err, r.out)
	}
	if len(chk.Checks) == 0 || chk.Findings == nil || len(chk.Findings) != 0 || len(chk.Problems) < 2 {
		t.Errorf("check --json: %+v", chk)
	}
	if !strings.Contains(r.err, "the content has problems") {
		t.Errorf("check's message on stderr:\n%s", r.err)
	}
}

// exits fails the test unless the command exited with code and said so
// on standard error (its report, text or JSON, is on standard output).
func exits(t *testing.T, r result, code int) result {
	t.Helper()
	if r.code != code || r.err == "" {
		t.Fatalf("exit %d, want %d with a message\nstdout:\n%s\nstderr:\n%s", r.code, code, r.out, r.err)
	}
	return r
}
