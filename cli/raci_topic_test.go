package cli

import "testing"

// A RACI line naming a topic, or a section of one, gets a fix that names
// units, those the topic concerns: it used to say "name the department it
// belongs to (t)", t being the topic itself (hostile14 #11).
func TestRACINamingATopicGetsAFixThatWorks(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/a.md": "---\nid: a\nname: A\n---\n\n## W {#w}\n\n- Do.\n",
		"en/t.md": "---\nid: t\nkind: topic\nname: T\nconcerns: [a]\n---\n\n## P {#p}\nResponsible: a\nAccountable: t\n\n- Shared.\n  Informed: t/p\n",
	})
	r := run(t, "validate", dir)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	mustContain(t, r.out,
		"t.md:10: Accountable: \"t\" is a topic, not a unit: RACI lines name departments, positions and sub-departments\n"+
			"  fix: name a department, position or sub-department, such as one the topic concerns (a): a topic belongs to no department\n",
		"t.md:13: Informed: \"t/p\" is a section, not a unit: RACI lines name departments, positions and sub-departments\n"+
			"  fix: name a department, position or sub-department, such as one the topic concerns (a): a topic belongs to no department\n")
	// The fix, applied: a names the unit.
	writeFile(t, dir+"/en/t.md", "---\nid: t\nkind: topic\nname: T\nconcerns: [a]\n---\n\n## P {#p}\nResponsible: a\nAccountable: a\n\n- Shared.\n  Informed: a\n")
	run(t, "validate", dir).ok(t)
}
