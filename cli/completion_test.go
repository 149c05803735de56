package cli

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// dutymap completion writes cobra's scripts, and the shell's requests
// (__complete) are answered with the departments of the content the
// command line chooses, positions after "id/", and the values of --format,
// --lang and --theme (tryout21 F18).
func TestShellCompletion(t *testing.T) {
	for shell, want := range map[string]string{
		"bash": "# bash completion V2 for dutymap", "zsh": "#compdef dutymap",
		"fish": "complete -c dutymap", "powershell": "Register-ArgumentCompleter",
	} {
		if r := run(t, "completion", shell).ok(t); !strings.Contains(r.out, want) {
			t.Errorf("completion %s lacks %q:\n%.300s", shell, want, r.out)
		}
	}
	complete := func(args ...string) []string {
		t.Helper()
		r := run(t, append([]string{"__complete"}, args...)...).ok(t)
		lines := strings.Split(strings.TrimSuffix(r.out, "\n"), "\n")
		if last := lines[len(lines)-1]; last != ":4" { // no file names
			t.Errorf("%q: directive %q, want :4", args, last)
		}
		return lines[:len(lines)-1]
	}
	same := func(what string, got []string, want ...string) {
		t.Helper()
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\n%s\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	same("show mar", complete("show", "mar"), "marketing\tMarketing department")
	same("show 市", complete("show", "市"), "市场部\tmarketing")
	same("show marketing/positions/m", complete("show", "marketing/positions/m"), "marketing/positions/manager\tMarketing manager")
	same("show in Chinese", complete("--lang", "zh", "show", "mar"), "marketing\t市场部")
	same("show a second ref", complete("show", "marketing", ""))
	// compare: two departments, the one given not offered again.
	if got := complete("compare", "marketing", ""); len(got) == 0 || strings.Contains(strings.Join(got, "\n"), "marketing\t") {
		t.Errorf("compare marketing <tab>:\n%s", strings.Join(got, "\n"))
	}
	same("a folder's own", complete("--content", myorg, "--builtin=false", "matrix", "k"), "kitchen\tKitchen")
	same("search --format", complete("search", "--format", ""), "text", "json")
	same("matrix --format", complete("matrix", "--format", ""), "md", "csv", "json")
	same("export --format", complete("export", "--format", ""), "md", "json", "csv", "xlsx", "mermaid", "dot")
	same("--lang", complete("--lang", ""), "en\tEnglish", "zh\t中文")
	same("--theme", complete("show", "--theme", ""), "dark", "light", "auto")
	// Over SSH there is no completion: the client's shell never runs it.
	if got, _, refusal := sessionArgs([]string{"completion", "bash"}, model.En); got != nil || !strings.Contains(refusal, "completion is not available over SSH") {
		t.Errorf("completion over SSH: %q %q", got, refusal)
	}
}
