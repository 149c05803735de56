package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// casesDir holds the shared failing cases (../shared/cases from the
// repository root); tests of them skip when it is absent, as on a clean
// clone. Each case also has a self-contained test beside the code it
// guards (content/yaml_test.go, content/layers_test.go, init_test.go).
const casesDir = "../../shared/cases/files"

func sharedCase(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(casesDir, name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s is absent", dir)
	}
	return dir
}

// Each test below runs the case as its README says and checks what the
// README expects.

func TestCaseYAMLOctalOrder(t *testing.T) {
	dir := sharedCase(t, "19-yaml-octal-order")
	out := run(t, "--builtin=false", "--content", dir, "export", "--format", "json").ok(t).out
	var doc struct{ Departments []struct{ ID string } }
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range doc.Departments {
		ids = append(ids, d.ID)
	}
	if got := strings.Join(ids, " "); got != "audit budget cashier design" {
		t.Errorf("departments in order %q, want audit budget cashier design (order: 010 is ten)", got)
	}
}

func TestCaseYAMLAliasInTraits(t *testing.T) {
	dir := sharedCase(t, "20b-yaml-alias-in-traits")
	mustContain(t, run(t, "validate", dir).ok(t).out, "ok: 1 department,")
	page := run(t, "--builtin=false", "--content", dir, "show", "ops").ok(t).out
	if strings.Count(page, "Keep daily work running smoothly.") != 2 {
		t.Errorf("focus: *obj should show the objective's sentence:\n%s", page)
	}
}

func TestCaseContentMissingSilent(t *testing.T) {
	sharedCase(t, "content-missing-silent")
	missing := filepath.Join(t.TempDir(), "no-such-folder")
	mustContain(t, run(t, "--content", missing, "search", "price").fails(t, 1).err, missing+": no such folder")
	// Likewise a folder without a language folder, over the built-in content.
	empty := writeFiles(t, map[string]string{"README.txt": "not content"})
	mustContain(t, run(t, "--content", empty, "search", "price").fails(t, 1).err, "no content files")
	r := invocation{args: []string{"search", "price"}, env: map[string]string{ContentEnv: missing}}.run(t)
	if r.code != 1 || !strings.Contains(r.err, "no such folder") {
		t.Errorf("$%s naming a missing folder: exit %d\n%s", ContentEnv, r.code, r.err)
	}
}

func TestCaseLayerKindChange(t *testing.T) {
	dir := sharedCase(t, "layer-kind-change")
	r := run(t, "--content", dir, "validate")
	if r.code != 1 || !strings.Contains(r.out, `"marketing" is a department in built-in; this layer cannot make it a topic`) {
		t.Errorf("exit %d:\n%s%s", r.code, r.out, r.err)
	}
}

func TestCaseInitEmptyDirArg(t *testing.T) {
	sharedCase(t, "init-empty-dir-arg")
	TestInitEmptyDirArgument(t)
}
