package cli

import (
	"path/filepath"
	"testing"
)

// TestValidateReportsCodesAndAliasesNoLookupReaches: a code that is a
// department's id, an alias that is a duty's code, a section's alias that
// is a department's name were never found by show (the department or the
// coded duty was, first) and passed validate; a department's alias that
// is a section's name hides the section from show. Each is reported at
// its line with a fix, the first three as errors; following the fixes,
// the folder validates without them.
func TestValidateReportsCodesAndAliasesNoLookupReaches(t *testing.T) {
	a := "---\nid: sales\nname: Sales\ncode: mkt\n---\n\n## Field {#field}\nAliases: marketing department\n\n- Visit customers.\n  Code: S-1\n\n## Pricing {#pricing}\n\n- Set prices.\n"
	b := "---\nid: mkt\nname: Marketing department\naliases: [S-1, pricing]\n---\n\n## Plans {#plans}\n\n- Plan campaigns.\n"
	dir := writeFiles(t, map[string]string{"en/sales.md": a, "en/mkt.md": b})
	sales, mkt := filepath.Join(dir, "en", "sales.md"), filepath.Join(dir, "en", "mkt.md")
	r := run(t, "validate", dir)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, r.out+r.err,
		mkt+`:4: alias "S-1" is the code of the duty sales/field/1 (`+sales+`:10): it finds that one, never the department mkt`+"\n"+
			`  fix: delete "S-1" from aliases:`+"\n",
		mkt+`:4: note: alias "pricing" of the department mkt is also the name of the section sales/pricing (`+sales+`:13): show pricing finds the department, not the section`+"\n",
		sales+`:4: code "mkt" is the id of the department mkt (`+mkt+`:2): show mkt finds that department, never the department sales`+"\n"+
			"  fix: give this department another code, or none\n",
		sales+`:7: alias "marketing department" is the name of the department mkt (`+mkt+`:3): it finds that one, never the section sales/field`+"\n"+
			`  fix: delete "marketing department" from the Aliases: line under this section`+"\n",
		"3 problems and 1 note found")
	writeFile(t, sales, "---\nid: sales\nname: Sales\n---\n\n## Field {#field}\n\n- Visit customers.\n  Code: S-1\n\n## Pricing {#pricing}\n\n- Set prices.\n")
	writeFile(t, mkt, "---\nid: mkt\nname: Marketing department\n---\n\n## Plans {#plans}\n\n- Plan campaigns.\n")
	if out := run(t, "validate", dir).ok(t).out; out != "ok: 2 departments, 3 sections, 3 duties\n" {
		t.Errorf("after the fixes:\n%s", out)
	}
}
