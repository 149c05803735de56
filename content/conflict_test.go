package content

import (
	"strings"
	"testing"
)

// TestMergeConflictIsTheOneProblemTold: a file holding both versions of a
// merge is told as that, and not also as the quote nested 7 deep, the
// heading or the YAML fault its marker lines make (hunt27 H1).
func TestMergeConflictIsTheOneProblemTold(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"body":         one("## S {#s}\n<<<<<<< HEAD\n- Set prices.\n=======\n- Set prices and discounts.\n>>>>>>> feature\n"),
		"front matter": {"en/a.md": "---\nid: a\n<<<<<<< HEAD\nname: A\n=======\nname: B\n>>>>>>> feature\n---\n## S {#s}\n- d\n"},
		"description":  one("Text.\n<<<<<<< HEAD\nOld text.\n=======\nNew text.\n>>>>>>> feature\n\n## S {#s}\n- d\n"),
		"CRLF":         one(strings.ReplaceAll("## S {#s}\n<<<<<<< HEAD\n- a\n=======\n- b\n>>>>>>> feature\n", "\n", "\r\n")),
		"groups.yaml":  {"en/a.md": okEnGrouped, "groups.yaml": "<<<<<<< HEAD\n- id: front\n  name: Front\n=======\n- id: front\n  name: Front office\n>>>>>>> feature\n"},
	} {
		_, ps := Check(layer(files))
		if len(ps) != 1 || !strings.Contains(ps[0].Msg, "a merge conflict is left unresolved") {
			t.Errorf("%s: want the conflict alone, got:\n%s", name, ps)
		}
	}
}

// TestMarkerLikeLinesAreNoConflict: the text of a marker outside a
// conflict's shape is not one: a heading's ======= underline, longer or
// glued runs, and markers shown inside a fenced code block.
func TestMarkerLikeLinesAreNoConflict(t *testing.T) {
	for name, body := range map[string]string{
		"setext underline": "Title\n=======\n\n## S {#s}\n- d\n",
		"eight <s":         "## S {#s}\n- d\n\n  <<<<<<<< x\n",
		"glued label":      "<<<<<<<HEAD\n\n## S {#s}\n- d\n",
		"fenced example":   "Resolve them:\n\n```\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> feature\n```\n\n## S {#s}\n- d\n",
		"tilde fence":      "~~~~\n<<<<<<< HEAD\n```\n=======\n>>>>>>> b\n~~~~\n\n## S {#s}\n- d\n",
		"deep quote":       "## S {#s}\n- d\n\n  > > > > > > > x\n\n>>>>>>> quoted\n",
	} {
		_, ps := Check(layer(one(body)))
		for _, p := range ps {
			if strings.Contains(p.Msg, "merge conflict") {
				t.Errorf("%s: %s", name, p)
			}
		}
	}
}
