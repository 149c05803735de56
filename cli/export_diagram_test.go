package cli

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestExportDiagrams exports every test organisation as Mermaid and DOT in
// each language choice: a flowchart or digraph, a box per department, the
// built-in organisation's marketing ⇄ sales loop with what goes each way,
// and, where Graphviz is installed, a DOT graph that dot lays out. The
// diagram package's tests read both formats back in full.
func TestExportDiagrams(t *testing.T) {
	for _, tc := range exportCases {
		for _, format := range []string{"mermaid", "dot"} {
			t.Run(tc.name+" "+format, func(t *testing.T) {
				r := run(t, append([]string{"export", "--format", format}, tc.flags...)...).ok(t)
				assertPlain(t, format, r.out)
				head := map[string]string{"mermaid": "flowchart TB\n", "dot": "digraph dutymap {\n"}[format]
				if !strings.HasPrefix(r.out, head) {
					t.Fatalf("does not start with %q:\n%s", head, r.out)
				}
				if strings.HasPrefix(tc.name, "builtin") {
					want := map[string][]string{
						"builtin all": {"Marketing department", "市场部", "What marketing gives sales", "销售部向市场部反馈什么"},
						"builtin en":  {"Marketing department", "174 duties", "What marketing gives sales", "9 items"},
						"builtin zh":  {"市场部", "174 项职责", "市场部向销售部提供什么", "9 项"},
					}[tc.name]
					for _, w := range want {
						if !strings.Contains(r.out, w) {
							t.Errorf("%s: %q missing:\n%s", tc.name, w, r.out)
						}
					}
					loop := map[string]string{"mermaid": "d1 -->|", "dot": `"d1" -> "d2" [label=`}[format]
					// The way back, in DOT from the first arrow's tail (dir=back), so
					// that Graphviz keeps the two labels apart.
					back := map[string]string{"mermaid": "| d1\n", "dot": `"d1" -> "d2" [dir=back, label=`}[format]
					if !strings.Contains(r.out, loop) || !strings.Contains(r.out, back) {
						t.Errorf("no marketing ⇄ sales loop:\n%s", r.out)
					}
				}
				if format == "dot" {
					layOut(t, r.out)
				}
			})
		}
	}
}

func TestExportDiagramPositions(t *testing.T) {
	without := run(t, "export", "--format", "mermaid", "--lang", "en").ok(t).out
	with := run(t, "export", "--format", "mermaid", "--lang", "en", "--positions").ok(t).out
	for _, w := range []string{"subgraph c1 [", "Marketing manager<br>", "The furniture company's scheme", "d1 --- d1p"} {
		if strings.Contains(without, w) || !strings.Contains(with, w) {
			t.Errorf("%q should be in the diagram with --positions only", w)
		}
	}
	layOut(t, run(t, "export", "--format", "dot", "--positions").ok(t).out)
	r := run(t, "export", "--format", "csv", "--positions").fails(t, 2)
	if !strings.Contains(r.err, "--positions is for diagrams") {
		t.Errorf("--positions with csv: %q", r.err)
	}
}

// TestReadmePicture checks that docs/org-chart.svg, the picture the README
// shows, is Graphviz's drawing of today's built-in organisation: its source
// docs/org-chart.dot is what export writes now.
func TestReadmePicture(t *testing.T) {
	src, err := os.ReadFile("../docs/org-chart.dot")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("../docs/org-chart.svg"); err != nil {
		t.Fatal(err)
	}
	now := run(t, "export", "--format", "dot", "--lang", "en").ok(t).out
	if string(src) != now {
		t.Fatal("docs/org-chart.dot is not today's export; remake the README's picture:\n" +
			"  go run . export --format dot --lang en > docs/org-chart.dot && dot -Tsvg docs/org-chart.dot > docs/org-chart.svg")
	}
}

// layOut runs dot -Tsvg on a DOT graph, or says it cannot where Graphviz
// is not installed (.ci/run installs it).
func layOut(t *testing.T, src string) {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		t.Log("dot (graphviz) is not installed: not laid out")
		return
	}
	cmd := exec.Command(path, "-Tsvg")
	cmd.Stdin = strings.NewReader(src)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || errb.Len() > 0 || !strings.Contains(out.String(), "</svg>") {
		t.Fatalf("dot -Tsvg: %v\n%s", err, errb.String())
	}
}
