package cli

import (
	"strings"
	"testing"
)

// A name written with symbols finds the duty that says it, first and
// alone, not the one with the same letters and other symbols: "c++" was
// "c", and listed "Build C# tooling." first (hunt27).
func TestSearchNamesWrittenWithSymbols(t *testing.T) {
	dir := writeFiles(t, map[string]string{"en/x.md": "---\nid: x\nname: Xdept\n---\n\n## Work {#work}\n\n" +
		"- Build C# tooling.\n- Write C++ services.\n- Handle F# scripts.\n- Patch the .NET servers.\n- Run the Node.js gateway.\n" +
		"- Plan R&D spending.\n- Test I/O throughput.\n- Run the network.\n"})
	for q, want := range map[string]string{"c++": "Write C++ services.", "c#": "Build C# tooling.", "F#": "Handle F# scripts.",
		".NET": "Patch the .NET servers.", "node.js": "Run the Node.js gateway.", "r&d": "Plan R&D spending.", "i/o": "Test I/O throughput."} {
		r := searchIn(t, dir, q).ok(t)
		if !strings.HasSuffix(strings.TrimSpace(r.out), "› "+want) || strings.Count(r.out, "\n") != 1 || r.err != "" {
			t.Errorf("%q: want only %q, got\n%s%s", q, want, r.out, r.err)
		}
	}
}
