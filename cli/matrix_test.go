package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
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
