package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func writeFile(t *testing.T, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeFiles writes files (relative path: text) into a new temporary
// folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		writeFile(t, filepath.Join(dir, name), text)
	}
	return dir
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// editLines applies fn to a file's lines.
func editLines(t *testing.T, name string, fn func([]string) []string) {
	t.Helper()
	lines := strings.Split(readFile(t, name), "\n")
	writeFile(t, name, strings.Join(fn(lines), "\n"))
}

// insertAfterFirstDuty adds a duty after the first list item below the
// heading with the given id, and returns the new line's number.
func insertAfterFirstDuty(t *testing.T, name, sectionID, duty string) int {
	t.Helper()
	at := 0
	editLines(t, name, func(lines []string) []string {
		inSection := false
		for i, l := range lines {
			if strings.HasPrefix(l, "#") {
				inSection = strings.Contains(l, "{#"+sectionID)
			}
			if inSection && strings.HasPrefix(l, "- ") {
				at = i + 1
				return append(lines[:at], append([]string{"- " + duty}, lines[at:]...)...)
			}
		}
		t.Fatalf("%s has no duty under {#%s}", name, sectionID)
		return nil
	})
	return at + 1
}

var countRe = regexp.MustCompile(`(\d+) duties`)

func dutyCount(t *testing.T, validateOut string) int {
	t.Helper()
	m := countRe.FindStringSubmatch(validateOut)
	if m == nil {
		t.Fatalf("validate printed no count:\n%s", validateOut)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// TestInitEditValidate follows a user who starts from the built-in content,
// makes two mistakes while adding a duty, and fixes them as told.
func TestInitEditValidate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my org")
	r := run(t, "init", dir).ok(t)
	mustContain(t, r.out, "Wrote ", "dutymap --builtin=false validate '"+dir+"'", "dutymap --content '"+dir+"' --builtin=false")
	// The step as printed: a copy of the built-in content, checked alone,
	// is ok without notes of ids it shares with the built-in content.
	if ok := run(t, "--builtin=false", "validate", dir).ok(t); ok.err != "" || !strings.Contains(ok.out, "checked alone") {
		t.Errorf("the printed check says:\n%s%s", ok.out, ok.err)
	}
	for _, f := range []string{"sources.yaml", "en/marketing.md", "zh/marketing.md"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatalf("init did not write %s: %v", f, err)
		}
	}
	before := dutyCount(t, run(t, "validate", dir).ok(t).out)

	// Add a duty in English only, and misspell a trait.
	en, zh := filepath.Join(dir, "en", "marketing.md"), filepath.Join(dir, "zh", "marketing.md")
	insertAfterFirstDuty(t, en, "responsibilities", "Bake a cake for the sales team every Friday.")
	traitLine := 0
	editLines(t, en, func(lines []string) []string {
		for i, l := range lines {
			if strings.HasPrefix(l, "  objective:") {
				lines[i] = strings.Replace(l, "objective", "objectve", 1)
				traitLine = i + 1
				break
			}
		}
		return lines
	})
	if traitLine == 0 {
		t.Fatal("en/marketing.md has no objective trait")
	}

	r = run(t, "validate", dir)
	if r.code != 1 {
		t.Fatalf("validate of broken content exited %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	enFile := filepath.ToSlash(filepath.Join(dir, "en", "marketing.md"))
	mustContain(t, r.out,
		fmt.Sprintf("%s:%d: trait \"objectve\" is not a known dimension", enFile, traitLine),
		"fix: did you mean objective? write objective in place of “objectve”",
		"duties",
		"2 problems found")
	// Other commands refuse the broken content too, with the same report.
	mustContain(t, run(t, "--content", dir, "--builtin=false", "show", "marketing").fails(t, 1).err, "objectve")

	// Fix both: the trait's name, and the Chinese twin of the new duty.
	editLines(t, en, func(lines []string) []string {
		lines[traitLine-1] = strings.Replace(lines[traitLine-1], "objectve", "objective", 1)
		return lines
	})
	insertAfterFirstDuty(t, zh, "responsibilities", "每周五为销售团队烤一个蛋糕。")
	r = run(t, "validate", dir).ok(t)
	if after := dutyCount(t, r.out); after != before+1 {
		t.Errorf("validate counts %d duties after adding one to %d", after, before)
	}

	// The new duty is the second one of the section, in both languages.
	flags := []string{"--content", dir, "--builtin=false"}
	mustContain(t, run(t, append(flags, "show", "marketing/responsibilities/2")...).ok(t).out, "# Bake a cake for the sales team every Friday.\n")
	mustContain(t, run(t, append(flags, "--lang", "zh", "show", "marketing/responsibilities/2")...).ok(t).out, "# 每周五为销售团队烤一个蛋糕。\n")
}

func TestInitWritesEveryBuiltinFile(t *testing.T) {
	dir := t.TempDir() // exists and is empty: allowed
	r := run(t, "init", dir).ok(t)
	n := 0
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, _ error) error {
		if !d.IsDir() {
			n++
		}
		return nil
	})
	mustContain(t, r.out, fmt.Sprintf("Wrote %d files to %s.", n, dir))
	if n < 20 {
		t.Errorf("only %d files written", n)
	}
	// The copy is the built-in organisation, byte for byte in its exports.
	mine := run(t, "--content", dir, "--builtin=false", "export", "--format", "csv").ok(t).out
	if builtin := run(t, "export", "--format", "csv").ok(t).out; mine != builtin {
		t.Error("the initialised folder exports differently from the built-in content")
	}
}

func TestInitRefusesNonEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "notes.txt")
	writeFile(t, mine, "my own notes")
	writeFile(t, filepath.Join(dir, "en", "marketing.md"), "my edits")

	r := run(t, "init", dir).fails(t, 1)
	mustContain(t, r.err, "not empty", "--force")
	if got := readFile(t, filepath.Join(dir, "en", "marketing.md")); got != "my edits" {
		t.Fatal("init overwrote a file without --force")
	}

	run(t, "init", dir, "--force").ok(t)
	if readFile(t, mine) != "my own notes" {
		t.Error("--force removed or changed a file it does not own")
	}
	if readFile(t, filepath.Join(dir, "en", "marketing.md")) == "my edits" {
		t.Error("--force did not restore en/marketing.md")
	}
	run(t, "validate", dir).ok(t)
}

func TestInitUsageErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	writeFile(t, file, "x")
	mustContain(t, run(t, "init", file).fails(t, 1).err, "is a file")
	mustContain(t, run(t, "init").fails(t, 2).err, "expected DIR", "example: dutymap init myorg")
}

// TestInitEmptyDirArgument is ../shared/cases/files/init-empty-dir-arg:
// init ” once wrote into the current folder, over the user's files.
func TestInitEmptyDirArgument(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "en", "marketing.md"), "mine")
	t.Chdir(dir)
	for _, arg := range []string{"", " "} {
		mustContain(t, run(t, "init", arg).fails(t, 2).err, "folder name is empty")
	}
	mustContain(t, run(t, "init", ".").fails(t, 1).err, "not empty", "--force")
	if got := readFile(t, filepath.Join(dir, "en", "marketing.md")); got != "mine" {
		t.Fatalf("the user's file was overwritten: %q", got)
	}
}

// TestInitForceNeverWritesThroughALink: --force replaces files, but never
// writes through a symbolic link, to a file or a folder, inside or outside
// DIR; nothing at all is written when one is in the way.
func TestInitForceNeverWritesThroughALink(t *testing.T) {
	outside := t.TempDir()
	victim := filepath.Join(outside, "victim.txt")
	writeFile(t, victim, "precious")
	for _, tc := range []struct{ name, link, target string }{
		{"file link", "sources.yaml", victim},
		{"folder link", "zh", outside},
		{"link inside DIR", "en/marketing.md", "../notes.txt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "notes.txt"), "notes")
			os.MkdirAll(filepath.Join(dir, "en"), 0o755)
			if err := os.Symlink(tc.target, filepath.Join(dir, tc.link)); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			msg := run(t, "init", dir, "--force").fails(t, 1).err
			mustContain(t, msg, tc.link+" is a symbolic link", "nothing was written")
			if strings.Contains(msg, "Check that you may write") {
				t.Errorf("a link in the way is not a permission problem (tryout N19):\n%s", msg)
			}
			if readFile(t, victim) != "precious" || readFile(t, filepath.Join(dir, "notes.txt")) != "notes" {
				t.Fatal("a file behind a link was overwritten")
			}
			if entries, _ := os.ReadDir(outside); len(entries) != 1 {
				t.Errorf("init wrote outside DIR: %d entries in the link's target", len(entries))
			}
			if _, err := os.Stat(filepath.Join(dir, "en", "sales.md")); err == nil {
				t.Error("init wrote some files before refusing")
			}
		})
	}
	t.Run("DIR itself a link", func(t *testing.T) {
		link := filepath.Join(t.TempDir(), "link")
		if err := os.Symlink(outside, link); err != nil {
			t.Skip(err)
		}
		mustContain(t, run(t, "init", link, "--force").fails(t, 1).err, "is a symbolic link")
	})
}

// Names from the command line that hold control characters are shown
// quoted, as the shell would take them back ($'…'), in every message of
// --content, init and import: not with the characters silently dropped,
// which names another path.
func TestArgumentNamesQuotedInMessages(t *testing.T) {
	dir := t.TempDir()
	odd := filepath.Join(dir, "\x1b[2Jnope")
	quoted := "$'" + filepath.Join(dir, `\e[2Jnope`) + "'"
	mustContain(t, run(t, "--content", odd, "show", "sales").fails(t, 1).err, quoted+": no such folder")
	mustContain(t, run(t, "import", odd+".csv").fails(t, 1).err, "cannot read $'"+filepath.Join(dir, `\e[2Jnope.csv`)+"'")
	r := run(t, "init", odd).ok(t)
	mustContain(t, r.out, " files to "+quoted+".", "dutymap --builtin=false validate "+quoted)
	mustContain(t, run(t, "init", odd).fails(t, 1).err, quoted+" already exists")
}

// TestInitLayeredOverBuiltin: the folder init writes, used as the README
// says without --builtin=false, is layered over the built-in content and
// loads: the built-in documents it replaces are not checked against
// themselves (their RACI lines were compared unresolved: "Accountable:
// differs … (市场部 here, marketing there)").
func TestInitLayeredOverBuiltin(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "org")
	run(t, "init", dir).ok(t)
	mustContain(t, run(t, "--content", dir, "search", "price").ok(t).out, "Set the product's price.")
	run(t, "--content", dir, "validate").ok(t)
}

// A path the file system refuses is quoted in the error's first line as
// in its second: the output filter took the escape sequence and the rest
// of the path's component out of it (hostile12 #9).
func TestInitQuotesThePathInTheError(t *testing.T) {
	if info, err := os.Stat("/proc/self"); err != nil || !info.IsDir() {
		t.Skip("no /proc, where mkdir fails even for root")
	}
	r := run(t, "init", "/proc/\x1b[2J/x").fails(t, 1)
	want := "dutymap init: mkdir $'/proc/\\e[2J': no such file or directory; nothing was written\nCheck that you may write to $'/proc/\\e[2J/x', or choose another folder.\n"
	if r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
}

// A department file deleted: validate's fixes for the topics and relations
// that name it keep the content true (remove the id from concerns:,
// delete the relation, or restore the file), and following them gives
// content that validates; a close spelling still gets "did you mean"
// (tryout14 #9: the fix said to write another department's id there).
func TestValidateAfterADepartmentIsDeleted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "org")
	run(t, "init", dir).ok(t)
	for _, f := range []string{"zh", "en/sales.md"} {
		if err := os.RemoveAll(filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	en := filepath.ToSlash(filepath.Join(dir, "en")) + "/"
	r := run(t, "validate", dir)
	if r.code != 1 {
		t.Fatalf("validate exited %d, want 1", r.code)
	}
	mustContain(t, r.out,
		en+"collaboration.md:7: \"sales\" is not a known department\n  fix: remove “sales” from concerns: (or restore "+en+"sales.md)\n",
		en+"marketing-to-sales.md:8: \"sales\" is not a known department\n  fix: delete this relation ("+en+"marketing-to-sales.md) or restore the department ("+en+"sales.md)\n",
		en+"sales-to-marketing.md:7: \"sales\" is not a known department\n  fix: delete this relation ("+en+"sales-to-marketing.md) or restore the department ("+en+"sales.md)\n",
		// verify8 #2: the Overlaps note says the department is gone.
		en+"operations.md:29: note: Overlaps: \"sales/exhibition-sales/3\" names no duty: there is no department \"sales\", so the overlap is not acknowledged\n  delete this line (or restore "+en+"sales.md)\n")
	if strings.Contains(r.out, "use the id: of a department file") {
		t.Errorf("a fix still says to put another department's id in sales's place:\n%s", r.out)
	}

	// Follow the fixes: sales out of every concerns: list, the relations
	// deleted.
	for _, rel := range []string{"marketing-to-sales.md", "sales-to-marketing.md"} {
		if err := os.Remove(filepath.Join(dir, "en", rel)); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "en", "*.md"))
	for _, f := range files {
		editLines(t, f, func(lines []string) []string {
			for i, l := range lines {
				if strings.HasPrefix(l, "concerns:") {
					lines[i] = strings.NewReplacer(", sales]", "]", "[sales, ", "[").Replace(l)
				}
			}
			return lines
		})
	}
	if r = run(t, "validate", dir); r.code != 0 {
		t.Errorf("the fixes followed, validate still says:\n%s", r.out)
	}

	// A close spelling of a department there is still a typo.
	dir = filepath.Join(t.TempDir(), "org2")
	run(t, "init", dir).ok(t)
	for _, lang := range []string{"en", "zh"} {
		editLines(t, filepath.Join(dir, lang, "collaboration.md"), func(lines []string) []string {
			for i, l := range lines {
				lines[i] = strings.Replace(l, "concerns: [marketing, sales]", "concerns: [marketing, slaes]", 1)
			}
			return lines
		})
	}
	mustContain(t, run(t, "validate", dir).out, "collaboration.md:7: \"slaes\" is not a known department\n  fix: did you mean sales?")
}

// A department deleted that RACI lines name: the fix is first to delete
// the line (or create the file again), before naming the units that exist
// (another department there would be valid and false); following every fix gives content that
// validates (verify8 #2).
func TestValidateRACIAfterADepartmentIsDeleted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "org")
	run(t, "init", dir).ok(t)
	for _, f := range []string{"zh", "en/marketing.md"} {
		if err := os.RemoveAll(filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	en := filepath.ToSlash(filepath.Join(dir, "en")) + "/"
	r := run(t, "validate", dir)
	if r.code != 1 {
		t.Fatalf("validate exited %d, want 1", r.code)
	}
	raci := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(en) + `sales\.md:(\d+): (Accountable|Consulted|Responsible|Informed): "marketing" names no unit\n  fix: (.*)$`)
	found := raci.FindAllStringSubmatch(r.out, -1)
	if len(found) == 0 {
		t.Fatalf("no RACI line naming marketing reported:\n%s", r.out)
	}
	drop := map[int]bool{}
	for _, m := range found {
		// Deleting the line comes first: another department in its place
		// would be valid and false; the units that exist are named after
		// it, and the file that would bring the department back.
		if !strings.HasPrefix(m[3], "no unit is called marketing: delete this line; or name a unit that exists") ||
			!strings.HasSuffix(m[3], "; or create "+en+"marketing.md with the lines  id: marketing  and  name: Marketing") {
			t.Errorf("line %s: fix %q", m[1], m[3])
		}
		n, _ := strconv.Atoi(m[1])
		drop[n] = true
	}

	// Follow every fix: the RACI lines deleted, marketing out of concerns:,
	// the relations deleted.
	editLines(t, filepath.Join(dir, "en", "sales.md"), func(lines []string) []string {
		var out []string
		for i, l := range lines {
			if !drop[i+1] {
				out = append(out, l)
			}
		}
		return out
	})
	for _, m := range regexp.MustCompile(`fix: delete this relation \(([^)]*)\)`).FindAllStringSubmatch(r.out, -1) {
		os.Remove(m[1])
	}
	files, _ := filepath.Glob(filepath.Join(dir, "en", "*.md"))
	for _, f := range files {
		editLines(t, f, func(lines []string) []string {
			for i, l := range lines {
				if strings.HasPrefix(l, "concerns:") {
					lines[i] = strings.NewReplacer(", marketing]", "]", "[marketing, ", "[").Replace(l)
				}
			}
			return lines
		})
	}
	if r = run(t, "validate", dir); r.code != 0 {
		t.Errorf("the fixes followed, validate still says:\n%s", r.out)
	}

	// Two units on the line: remove the one that is gone.
	editLines(t, filepath.Join(dir, "en", "sales.md"), func(lines []string) []string {
		for i, l := range lines {
			if strings.HasPrefix(l, "- ") {
				return slices.Insert(lines, i+1, "  Consulted: finance, marketing")
			}
		}
		t.Fatal("no duty in sales.md")
		return nil
	})
	mustContain(t, run(t, "validate", dir).out, `Consulted: "marketing" names no unit`+"\n  fix: no unit is called marketing: remove “marketing” from this line; or name a unit that exists")
}

// validate given a spreadsheet says to import it, and the two commands of
// the fix work from where they are run (tryout14 nit 3: "not a directory /
// give a folder").
func TestValidateASpreadsheet(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, "acme sheet.csv", "Department,Duty\nSales,Visit customers.\n")
	r := run(t, "validate", "acme sheet.csv")
	if r.code != 1 {
		t.Fatalf("exit %d", r.code)
	}
	want := "acme sheet.csv: is a spreadsheet, not a content folder\n  fix: import it, then validate the folder it writes: dutymap import 'acme sheet.csv' && dutymap validate 'acme sheet'\n1 problem found\n"
	if r.out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", r.out, want)
	}
	run(t, "import", "acme sheet.csv").ok(t)
	mustContain(t, run(t, "validate", "acme sheet").ok(t).out, "ok: 1 department")

	writeFile(t, "notes.md", "# Notes\n")
	mustContain(t, run(t, "validate", "notes.md").out, "notes.md: is a file, not a content folder\n")
}

// A spreadsheet given where a content folder is read (--content, check,
// $DUTYMAP_CONTENT) gets validate's fix: import it, then the same command
// line on the folder it writes, which works pasted as printed (verify8 #5b:
// "cannot read the folder: not a directory / give a folder that you may
// read").
func TestContentASpreadsheet(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, "acme.csv", "Department,Duty\nFinance,Pay the bills.\n")
	const head = "dutymap: the content has problems:\nacme.csv: is a spreadsheet, not a content folder\n  fix: import it, then read the folder it writes: dutymap import acme.csv && "
	for _, tc := range []struct {
		inv  invocation
		then string
	}{
		{invocation{args: []string{"--content", "acme.csv", "show", "finance"}}, "dutymap --content acme show finance"},
		{invocation{args: []string{"--content=acme.csv", "--builtin=false", "check"}}, "dutymap --content=acme --builtin=false check"},
		{invocation{args: []string{"search", "pay"}, env: map[string]string{ContentEnv: "acme.csv"}}, "DUTYMAP_CONTENT=acme dutymap search pay"},
		{invocation{args: []string{"--content", "acme.csv", "export", "--format", "json"}}, "dutymap --content acme export --format json"},
	} {
		r := tc.inv.run(t)
		if r.code != 1 || r.err != head+tc.then+"\n1 problem found\n" {
			t.Errorf("%q: exit %d, stderr:\n%s\nwant:\n%s%s", tc.inv.args, r.code, r.err, head, tc.then)
		}
	}
	mustContain(t, run(t, "check", "acme.csv").fails(t, 1).err, "acme.csv: is a spreadsheet, not a content folder\n  fix: import it, then check the folder it writes: dutymap import acme.csv && dutymap check acme\n")

	// The fix, followed.
	run(t, "import", "acme.csv").ok(t)
	mustContain(t, run(t, "--content", "acme", "show", "finance").ok(t).out, "Pay the bills.")
	run(t, "check", "acme").ok(t)
}

// The fix for a spreadsheet given as content works when the folder import
// would write already exists (tryout28 P5: import refuses a folder that is
// not empty, so "dutymap import org.csv && …" failed after a first
// import): a folder an import wrote is read as it is, or written again
// with --force; another folder of that name sends import to a new one.
// Each fix, run as printed, reads the sheet's content.
func TestContentASpreadsheetBesideItsFolder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, "acme.csv", "Department,Duty\nFinance,Pay the bills.\n")
	run(t, "import", "acme.csv").ok(t)
	r := run(t, "--content", "acme.csv", "show", "finance").fails(t, 1)
	want := "  fix: acme holds what an earlier import wrote: dutymap --content acme show finance; or import the sheet again over it first: dutymap import acme.csv --force && dutymap --content acme show finance\n"
	mustContain(t, r.err, want)
	run(t, "import", "acme.csv", "--force").ok(t)
	mustContain(t, run(t, "--content", "acme", "show", "finance").ok(t).out, "Pay the bills.")

	if err := os.RemoveAll("acme"); err != nil {
		t.Fatal(err)
	}
	writeFile(t, "acme/notes.txt", "not content\n")
	writeFile(t, "acme-2/old.txt", "taken too\n")
	if r = run(t, "validate", "acme.csv"); r.code != 1 {
		t.Errorf("validate acme.csv: exit %d", r.code)
	}
	mustContain(t, r.out, "  fix: import it into a new folder (acme is taken), then validate the folder it writes: dutymap import acme.csv --out acme-3 && dutymap validate acme-3\n")
	run(t, "import", "acme.csv", "--out", "acme-3").ok(t)
	mustContain(t, run(t, "validate", "acme-3").ok(t).out, "ok: 1 department")
}
