package cli

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/matrix"
)

// TestMatrixShared is the README's matrix: the duties marketing and sales
// split between them.
func TestMatrixShared(t *testing.T) {
	r := run(t, "matrix", "marketing", "sales", "--shared").ok(t)
	golden.RequireEqual(t, []byte(r.out))
}

func TestMatrixChinese(t *testing.T) {
	r := run(t, "matrix", "市场部", "销售部", "--shared", "--lang", "zh").ok(t)
	golden.RequireEqual(t, []byte(r.out))
}

func TestMatrixFormats(t *testing.T) {
	r := run(t, "matrix", "mkt", "--role", "informed", "--format", "csv").ok(t)
	if !strings.HasPrefix(r.out, "path,duty,marketing\nsales/feedback/1,") || strings.Count(r.out, "\n") != 5 {
		t.Errorf("csv:\n%s", r.out)
	}
	r = run(t, "matrix", "marketing/positions/manager", "--format", "json").ok(t)
	if !strings.Contains(r.out, `"path": "marketing/positions/manager",`) || !strings.Contains(r.out, `"cells": [
        "RA"
      ]`) {
		t.Errorf("json:\n%s", r.out)
	}
}

func TestMatrixErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"matrix", "--format", "xlsx"}, 2, `--format "xlsx": use md, csv or json`},
		{[]string{"matrix", "--role", "S"}, 2, `--role "S": use R, A, C or I`},
		{[]string{"matrix", "nowhere"}, 1, `no department matches "nowhere"`},
	} {
		r := run(t, tc.args...)
		if r.code != tc.code || !strings.Contains(r.err, tc.err) || r.out != "" {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, r.code, r.err, tc.code, tc.err)
		}
	}
}

// TestMatrixAmbiguousUnit: two positions of one name.
func TestMatrixAmbiguousUnit(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/a.md": "---\nid: a\nname: A\n---\n## Manager {#manager .position}\n- Lead.\n",
		"en/b.md": "---\nid: b\nname: B\n---\n## Manager {#manager .position}\n- Lead.\n",
	})
	r := run(t, "--builtin=false", "--content", dir, "matrix", "Manager")
	if r.code != 1 || !strings.Contains(r.err, "\"Manager\" could mean 2 units:\n  a/manager\n  b/manager\nChoose one by its path.") {
		t.Errorf("exit %d %q", r.code, r.err)
	}
	run(t, "--builtin=false", "--content", dir, "matrix", "a/manager").ok(t)
}

// TestSearchAsksARole: "who is accountable for pricing" answers with the
// accountable unit, not with every department whose duties mention
// "accounts": on standard error beside the duties, and with --owners.
func TestSearchAsksARole(t *testing.T) {
	r := run(t, "search", "who is accountable for pricing?", "--limit", "1", "--owners").ok(t)
	if !strings.HasPrefix(r.out, "Accountable: Marketing department  (") {
		t.Errorf("%s", r.out)
	}
	r = run(t, "search", "who is accountable for pricing?", "--limit", "1").ok(t)
	if !strings.Contains(r.err, "Accountable for these duties: Marketing department (") || strings.Contains(r.out, "Accountable") {
		t.Errorf("out %s\nerr %s", r.out, r.err)
	}
	r = run(t, "search", "who is accountable for applying the prices", "--limit", "1", "--owners").ok(t)
	if !strings.Contains(r.out, "Accountable: Marketing department") || !strings.Contains(r.out, "sales/field-execution/2") {
		t.Errorf("the A of sales' duty is marketing:\n%s", r.out)
	}
	r = run(t, "search", "谁批准价格", "--lang", "zh", "--limit", "1", "--json", "--owners").ok(t)
	if !strings.HasPrefix(r.out, `{"owner":"市场部","path":"marketing","department":"marketing",`) || !strings.Contains(r.out, `"role":"accountable"`) {
		t.Errorf("%s", r.out)
	}
	r = run(t, "search", "who is informed about competitors", "--limit", "1", "--owners").ok(t)
	if !strings.HasPrefix(r.out, "Informed: Marketing department") {
		t.Errorf("%s", r.out)
	}
	r = run(t, "search", "who is accountable for astronomy")
	if r.code != 1 || !strings.Contains(r.err, "no duty mentions") {
		t.Errorf("exit %d %q", r.code, r.err)
	}
}

// tryout11 #3: a role question whose work duties mention, but whose role
// no RACI line records (nobody is informed or consulted by default), says
// so, lists those duties and how to record the role; it never claims that
// no duty mentions the work. A role drawn from duties that mention a
// lesser word of the work is named, in part.
func TestSearchRoleNobodyRecorded(t *testing.T) {
	for _, tc := range []struct {
		args      []string
		duty, msg string
	}{
		{[]string{"search", "who must be told about prices?", "--owners"}, "marketing/responsibilities/8  ",
			"duties mention “prices”, but no RACI line says who is informed for them: record it with a line under the duty, such as  Informed: <unit>"},
		{[]string{"search", "价格需要通知谁", "--owners", "--lang", "zh"}, "marketing/responsibilities/8  ",
			"项职责提到“价格”，但都没有 RACI 行记录知会单位：在职责下加一行记录，如  知会：<单位>"}, // 需要 frames the request (tryout26 U7)
	} {
		r := run(t, tc.args...)
		if r.code != 1 || !strings.Contains(r.out, tc.duty) || !strings.Contains(r.err, tc.msg) || strings.Contains(r.err, "no duty mentions") || strings.Contains(r.err, "没有职责提到") {
			t.Errorf("%q: exit %d\nout %s\nerr %s\nwant exit 1, %s listed, %q", tc.args[1], r.code, r.out, r.err, tc.duty, tc.msg)
		}
	}
	// Without --owners the duties are the list, and the note beside them
	// is as true.
	r := run(t, "search", "who must be told about prices?", "--limit", "2").ok(t)
	if !strings.Contains(r.out, "marketing/") || !strings.Contains(r.err, "but no RACI line says who is informed") || strings.Contains(r.err, "nobody holds it") {
		t.Errorf("out %s\nerr %s", r.out, r.err)
	}
	r = run(t, "search", "who must be told about prices?", "--owners", "--json", "--limit", "1")
	if r.code != 1 || !strings.HasPrefix(r.out, `{"path":"`) || !strings.Contains(r.out, `"role":"informed"}`) {
		t.Errorf("--json: exit %d %s", r.code, r.out)
	}
	r = run(t, "search", "who is responsible for brand training?", "--owners", "--limit", "1").ok(t)
	if !strings.HasPrefix(r.out, "Responsible: Human resources department  (1 in part)") {
		t.Errorf("brand training: %s", r.out)
	}
	// Nothing mentions the work: no owner, the closest lines, as for
	// "who handles astronomy?".
	r = run(t, "search", "who is consulted on astronomy?", "--owners")
	if r.code != 1 || r.out != "" || !strings.HasPrefix(r.err, "dutymap search: no duty mentions “astronomy”") {
		t.Errorf("astronomy: exit %d %q", r.code, r.err)
	}
}

// TestMatrixTooLarge: a matrix of more cells than matrix prints is refused
// with its size and a smaller matrix that fits, which then works (8,000
// departments once ran the process, and a server over SSH, out of
// memory). The bound is lowered to the built-in organisation's size.
func TestMatrixTooLarge(t *testing.T) {
	defer func(n int) { matrix.MaxCells = n }(matrix.MaxCells)
	matrix.MaxCells = 2000 // the whole built-in matrix is larger; one department's is smaller
	r := run(t, "matrix", "--format", "csv")
	const want = "more than the 2000 it prints; name fewer units or keep fewer rows, such as:\n  dutymap matrix "
	if r.code != 1 || r.out != "" || !strings.Contains(r.err, "dutymap matrix: the matrix of the whole organisation is ") || !strings.Contains(r.err, want) {
		t.Fatalf("exit %d, stdout %d bytes, stderr %q", r.code, len(r.out), r.err)
	}
	try := strings.Fields(strings.TrimSpace(r.err[strings.Index(r.err, want)+len(want)-len("dutymap matrix "):]))
	if r := run(t, try[1:]...); r.code != 0 || !strings.HasPrefix(r.out, "path,") {
		t.Errorf("the fix %q: exit %d, stderr %q", try, r.code, r.err)
	}
	// Units named that are still too large: the same units, fewer rows.
	matrix.MaxCells = 40
	r = run(t, "matrix", "marketing", "sales")
	if r.code != 1 || !strings.Contains(r.err, "the matrix of marketing, sales is ") {
		t.Fatalf("exit %d, stderr %q", r.code, r.err)
	}
	if !strings.HasSuffix(r.err, "such as:\n  dutymap matrix marketing sales --shared\n") {
		t.Errorf("want the two departments' shared work suggested: %q", r.err)
	}
	if r := run(t, "matrix", "marketing", "sales", "--shared"); r.code != 0 {
		t.Errorf("the fix: exit %d, stderr %q", r.code, r.err)
	}
}

// The smaller matrix tooLarge suggests repeats the flags the user gave, so
// that it works pasted as printed (verify8 #7: "dutymap matrix d0" without
// --content read the built-in content, where d0 is no department).
func TestMatrixTooLargeRepeatsTheFlags(t *testing.T) {
	defer func(n int) { matrix.MaxCells = n }(matrix.MaxCells)
	all := run(t, "--content", myorg, "--builtin=false", "matrix", "--format", "csv").ok(t).out
	matrix.MaxCells = strings.Count(all, "\n") // fewer cells than the whole matrix has
	r := run(t, "--content", myorg, "--builtin=false", "matrix", "--format", "csv").fails(t, 1)
	want := "such as:\n  dutymap --builtin=false --content " + myorg + " matrix --format csv "
	i := strings.Index(r.err, want)
	if i < 0 {
		t.Fatalf("want %q in %q", want, r.err)
	}
	try := strings.Fields(r.err[i+len("such as:\n"):])
	if r := run(t, try[1:]...); r.code != 0 || r.out == "" {
		t.Errorf("the fix %q: exit %d, stderr %q", try, r.code, r.err)
	}
}

// Over SSH the suggestion is the ssh command: "dutymap matrix" is not what
// the user types there.
func TestMatrixTooLargeInASession(t *testing.T) {
	defer func(n int) { matrix.MaxCells = n }(matrix.MaxCells)
	matrix.MaxCells = 22
	var out, errb strings.Builder
	code := runFor([]string{"matrix"}, IO{Out: &out, Err: &errb, Getenv: func(string) string { return "" }},
		&hosting{org: loadBakery(t), runProgram: func(tea.Model) error { return nil }})
	if code != 1 || !strings.Contains(errb.String(), "such as:\n  ssh HOST matrix ") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

// A matrix that keeps no row says so, with what to leave out, instead of
// printing an empty table and the legend with exit 0 (verify8 #7); csv
// and json keep their empty shape for programs.
func TestMatrixWithNoRow(t *testing.T) {
	r := run(t, "matrix", "finance", "--role", "C").fails(t, 1)
	if r.out != "" || r.err != "dutymap matrix: no duty of finance gives a unit the role C (consulted): the matrix has no row; leave out --role to see every role\n" {
		t.Errorf("stdout %q, stderr %q", r.out, r.err)
	}
	mustContain(t, run(t, "matrix", "finance", "--shared").fails(t, 1).err, "no duty of finance is shared by two units or more (--shared): the matrix has no row; leave out --shared")
	if r := run(t, "matrix", "finance", "--role", "C", "--format", "csv").ok(t); r.out != "path,duty,finance\n" {
		t.Errorf("csv: %q", r.out)
	}
	run(t, "matrix", "finance").ok(t)
}

// tryout23 G8: --role with --shared keeps the split rows where a unit
// holds the role, with every letter of them: marketing's C beside the
// sales department's RA, whom it shares the work with (the sales column
// was dropped, leaving a column of Cs that said nothing of the split).
// --role alone still keeps only its letter.
func TestMatrixRoleOfSharedWorkKeepsBothSides(t *testing.T) {
	r := run(t, "matrix", "marketing", "--role", "C", "--shared").ok(t)
	mustContain(t, r.out, "| Duty | Marketing department | Sales department |\n",
		"| Arrange how the products are displayed in the stores. | C | RA |\n")
	if strings.Contains(r.out, "| A | R |") {
		t.Errorf("a row where no unit is consulted is kept:\n%s", r.out)
	}
	r = run(t, "matrix", "marketing", "--role", "C").ok(t)
	mustContain(t, r.out, "| Arrange how the products are displayed in the stores. | C |")
	if strings.Contains(r.out, "RA") {
		t.Errorf("--role C alone shows other letters:\n%s", r.out)
	}
}
