package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestDutyCountFixShowsThePairs: a duty added to one language's list only
// shifts every twin after it. The fix shows both lists paired as they are
// now, numbered, each duty at its file and line, so that the first pair
// saying different things shows where the twin goes (tryout25 T16: "make
// both lists the same length (…:14)" named neither, and appending the twin
// at the end left every translation shifted, validate silent).
func TestDutyCountFixShowsThePairs(t *testing.T) {
	en := fmA + "## S {#s}\n- Pay suppliers.\n- Keep the books.\n- Pay tax.\n"
	zh := fmAZh + "## 乙 {#s}\n- 记账。\n- 纳税。\n"
	_, ps := Check(layer(map[string]string{"en/a.md": en, "zh/a.md": zh}))
	want := `org/zh/a.md:5: "乙" has 2 duties here but 3 in org/en/a.md
  fix: duties are twinned by their order, and the Chinese list has no twin for 1 duty: add each twin at the same place as its duty (or delete the duty that has none). Paired as they are now:
      1.  org/en/a.md:6  Pay suppliers.
          org/zh/a.md:6  记账。
      2.  org/en/a.md:7  Keep the books.
          org/zh/a.md:7  纳税。
      3.  org/en/a.md:8  Pay tax.
          org/zh/a.md    (none)`
	if len(ps) != 1 || ps[0].String() != want {
		t.Fatalf("got:\n%s\nwant:\n%s", ps, want)
	}
	// Done as it says, the twin at the place of its duty: no problem.
	fixed := strings.Replace(zh, "- 记账。\n", "- 向供应商付款。\n- 记账。\n", 1)
	org, after := Check(layer(map[string]string{"en/a.md": en, "zh/a.md": fixed}))
	if len(after) != 0 {
		t.Fatalf("after the fix:\n%s", after)
	}
	if got := org.Node("a/s/1").Title; got.In(0) != "Pay suppliers." || !strings.Contains(fmt.Sprint(got), "向供应商付款") {
		t.Errorf("duty 1 twinned as %q", got)
	}
}

// TestDutyCountFixIsBounded: a long section shows the first pairs, cut to
// a width, and says how many more there are.
func TestDutyCountFixIsBounded(t *testing.T) {
	var en, zh strings.Builder
	en.WriteString(fmA + "## S {#s}\n")
	zh.WriteString(fmAZh + "## 乙 {#s}\n")
	for i := range 50 {
		fmt.Fprintf(&en, "- Duty %d %s.\n", i+1, strings.Repeat("long ", 20))
		if i < 49 {
			fmt.Fprintf(&zh, "- 职责%d%s。\n", i+1, strings.Repeat("很长", 20))
		}
	}
	_, ps := Check(layer(map[string]string{"en/a.md": en.String(), "zh/a.md": zh.String()}))
	if len(ps) != 1 {
		t.Fatalf("got:\n%s", ps)
	}
	fix := ps[0].Fix
	for _, s := range []string{"\n      1.  org/en/a.md:6   Duty 1 long long", "…\n", "\n     40.  org/en/a.md:45  Duty 40 ", "\n    … 10 more in the longer list"} {
		if !strings.Contains(fix, s) {
			t.Errorf("the fix lacks %q:\n%s", s, fix)
		}
	}
	if strings.Contains(fix, "Duty 41 ") {
		t.Errorf("the fix shows more than 40 pairs:\n%s", fix)
	}
}
