package cli

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

var updateDocs = flag.Bool("update-docs", false, "rewrite the checked examples of docs/cli.md from what the commands print now")

// docsMarker, on the line above a ```console block of docs/cli.md, makes
// its examples checked: each "$ dutymap …" line is run on the built-in
// content, as from a pipe, and the lines under it must be what it prints
// (standard output, then standard error). "$ echo $?" prints the status of
// the command before it; "| head -N" keeps its first N lines. Blocks
// without the marker (examples on a folder of one's own, elided output)
// are left alone.
const docsMarker = "<!-- output checked: go test ./cli -run TestDocExamples -update-docs -->"

// docFiles are the documents whose marked examples are checked.
var docFiles = []string{"../docs/cli.md"}

// TestDocExamples keeps the documentation's examples true to what dutymap
// prints (tryout14 nit 11: search examples said "12 duties" where the
// binary printed 8). A change of ranking or wording makes it fail; then
// `go test ./cli -run TestDocExamples -update-docs` rewrites the examples,
// and the diff is read before it is committed.
func TestDocExamples(t *testing.T) {
	for _, file := range docFiles {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc := string(data)
		got, stale, checked := regenerateExamples(t, file, doc)
		if checked == 0 {
			t.Errorf("%s: no example is marked %s", file, docsMarker)
		}
		switch {
		case got == doc:
		case *updateDocs:
			if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: rewrote %d examples", file, len(stale))
		default:
			t.Errorf("%s: %d of %d examples no longer match what dutymap prints; run  go test ./cli -run TestDocExamples -update-docs  and read the diff:\n\n%s",
				file, len(stale), checked, strings.Join(stale, "\n\n"))
		}
	}
}

// regenerateExamples returns doc with the output of each command of its
// marked blocks as dutymap prints it now, the commands whose output
// differs (with both outputs) and how many commands were run.
func regenerateExamples(t *testing.T, file, doc string) (string, []string, int) {
	t.Helper()
	lines := strings.Split(doc, "\n")
	var out, stale []string
	checked := 0
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		if lines[i] != docsMarker {
			continue
		}
		if i+1 >= len(lines) || lines[i+1] != "```console" {
			t.Fatalf("%s:%d: the marker is not followed by a ```console block", file, i+1)
		}
		i++
		out = append(out, lines[i])
		status := 0
		for i++; i < len(lines) && lines[i] != "```"; {
			cmd, ok := strings.CutPrefix(lines[i], "$ ")
			if !ok {
				t.Fatalf("%s:%d: a checked block must open with a command (\"$ dutymap …\"), not %q", file, i+1, lines[i])
			}
			at := i + 1
			var was []string
			for i++; i < len(lines) && lines[i] != "```" && !strings.HasPrefix(lines[i], "$ "); i++ {
				was = append(was, lines[i])
			}
			var printed string
			printed, status = runExample(t, file, at, cmd, status)
			now := strings.Split(strings.TrimSuffix(printed, "\n"), "\n")
			if printed == "" {
				now = nil
			}
			checked++
			if strings.Join(now, "\n") != strings.Join(was, "\n") {
				stale = append(stale, fmt.Sprintf("%s:%d: $ %s\n--- the document says:\n%s\n--- dutymap prints:\n%s",
					file, at, cmd, strings.Join(was, "\n"), strings.Join(now, "\n")))
			}
			out = append(out, "$ "+cmd)
			out = append(out, now...)
		}
		if i >= len(lines) {
			t.Fatalf("%s: a checked block is never closed", file)
		}
		out = append(out, lines[i])
	}
	return strings.Join(out, "\n"), stale, checked
}

// runExample runs one command line of a checked block and returns what it
// prints and its status; prev is the status of the command before it.
func runExample(t *testing.T, file string, line int, cmd string, prev int) (string, int) {
	t.Helper()
	if cmd == "echo $?" {
		return strconv.Itoa(prev) + "\n", 0
	}
	words, err := shellWords(cmd)
	if err != nil || len(words) == 0 || words[0] != "dutymap" {
		t.Fatalf("%s:%d: %q: a checked example runs dutymap (%v)", file, line, cmd, err)
	}
	args, head := words[1:], -1
	if k := indexOf(args, "|"); k >= 0 {
		pipe := args[k+1:]
		n, err := strconv.Atoi(strings.TrimPrefix(strings.Join(pipe[1:], ""), "-n"))
		if len(pipe) < 2 || pipe[0] != "head" || err != nil {
			t.Fatalf("%s:%d: %q: the only pipe a checked example may use is | head -N", file, line, cmd)
		}
		args, head = args[:k], n
		if n < 0 {
			head = -n // -5 read as a number
		}
	}
	r := invocation{args: args}.run(t)
	printed := r.out + r.err
	if head >= 0 {
		lines := strings.SplitAfter(r.out, "\n")
		printed = strings.Join(lines[:min(head, len(lines))], "")
		if r.code == 0 || r.code == 141 {
			r.code = 0 // head read what it wanted; a shell reports head's status
		}
	}
	return printed, r.code
}

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

// shellWords splits a command line as a POSIX shell does for the simple
// commands of the documents: words separated by blanks, '…' and "…"
// quoting, a backslash escaping the next character, and | a word of its
// own.
func shellWords(s string) ([]string, error) {
	var words []string
	var w strings.Builder
	inWord := false
	flush := func() {
		if inWord {
			words = append(words, w.String())
			w.Reset()
			inWord = false
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t':
			flush()
		case '|':
			flush()
			words = append(words, "|")
		case '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("a quote is not closed")
			}
			w.WriteString(s[i+1 : i+1+j])
			i, inWord = i+1+j, true
		case '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return nil, fmt.Errorf("a quote is not closed")
			}
			w.WriteString(s[i+1 : i+1+j])
			i, inWord = i+1+j, true
		case '\\':
			if i+1 < len(s) {
				i++
				w.WriteByte(s[i])
			}
			inWord = true
		case '#', '>', '<', '&', ';', '$', '`':
			if !inWord && c == '#' {
				return nil, fmt.Errorf("a comment")
			}
			return nil, fmt.Errorf("%q is more shell than a checked example runs", c)
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	flush()
	return words, nil
}
