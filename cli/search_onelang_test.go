package cli

import (
	"strings"
	"testing"
)

// F17: a query no duty mentions, written in one language, while
// departments are written only in the other: search says so and what to
// try, as the explorer does (search.OneLanguage.Note), in the interface's
// language; with nothing close, or before the closest. Words of the
// content's own language say nothing of it.
func TestSearchNoMatchSaysDepartmentsAreInOneLanguage(t *testing.T) {
	en := writeFiles(t, map[string]string{
		"en/kitchen.md": "---\nid: kitchen\nname: Kitchen\n---\n\n## Baking {#baking}\n\n- Bake the bread.\n",
		"en/shop.md":    "---\nid: shop\nname: Shop\n---\n\n## Selling {#selling}\n\n- Sell the bread.\n",
	})
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--content", en, "--builtin=false", "search", "--no-cache", "工资"},
			"dutymap search: no duty mentions “工资”, and nothing comes close. The content is written in English only; try English words\n"},
		{[]string{"--content", en, "--builtin=false", "--lang", "zh", "search", "--no-cache", "工资"},
			"dutymap search：没有职责提到“工资”，也没有相近的内容。内容只用英文写成，请试试英文词\n"},
		{[]string{"--content", en, "--builtin=false", "search", "--no-cache", "zebra"},
			"dutymap search: no duty mentions “zebra”, and nothing comes close\n"},
	} {
		r := run(t, c.args...).fails(t, 1)
		if r.err != c.want {
			t.Errorf("%q:\n%s\nwant\n%s", c.args, r.err, c.want)
		}
	}
	// The closest follow the note: 收银 (cashier) is in no duty of the
	// built-in content, and the layer's two departments are English. 烤面包
	// is 烤 (bake, a verb of its own) and 面包 (bread), neither of them in
	// the built-in content: 面包's closest are the texts whose words begin
	// with its head 包, as for 面包 alone.
	r := run(t, "--content", en, "search", "--no-cache", "烤面包")
	want := "dutymap search: no duty mentions “烤” or “面包”. 2 departments are written in English only; try English words. Closest:\n  "
	if r.code != 1 || !strings.HasPrefix(r.err, want) {
		t.Errorf("烤面包: exit %d\n%s\nwant it to begin\n%s", r.code, r.err, want)
	}
	r = run(t, "--content", en, "search", "--no-cache", "收银")
	want = "dutymap search: no duty mentions “收银”. 2 departments are written in English only; try English words. Closest:\n  "
	if r.code != 1 || !strings.HasPrefix(r.err, want) {
		t.Errorf("收银: exit %d\n%s\nwant it to begin\n%s", r.code, r.err, want)
	}
}
