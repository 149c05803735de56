package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The explorer and show judge colour from colourEnv alone: a variable
// colorprofile reads that the list misses (as ConEmuANSI, ANSICON and
// ANSICON_VER once were, read on Windows only) would be judged by neither.
// The test reads the variables from the colorprofile source the build uses,
// so that an upgrade reading a new one fails here.
func TestColourEnvIsWhatColorprofileReads(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/charmbracelet/colorprofile").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	files, _ := filepath.Glob(filepath.Join(dir, "env*.go"))
	if len(files) == 0 {
		t.Skipf("no colorprofile source in %q", dir)
	}
	read := regexp.MustCompile(`(?:env\[|\.get\(|\.lookup\()"(\w+)"`)
	var names []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range read.FindAllStringSubmatch(string(src), -1) {
			names = append(names, m[1])
		}
	}
	if !slices.Contains(names, "TERM") || !slices.Contains(names, "ConEmuANSI") {
		t.Fatalf("read %v from %v: the pattern no longer finds colorprofile's variables", names, files)
	}
	for _, n := range names {
		// TTY_FORCE says "this is a terminal", which show says itself.
		if n != "TTY_FORCE" && !slices.Contains(colourEnv, n) {
			t.Errorf("colorprofile reads %s, which colourEnv lacks", n)
		}
	}
}
