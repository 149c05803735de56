package cli

import (
	"strings"
	"testing"
)

// search --owners labels an owner named as the doer by another unit's
// duty with the article English gives the unit: "named in an Accounts
// duty", as the explorer does (search.NamedInNote).
func TestSearchOwnerNamedInAnAccountsDuty(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/accounts.md": "---\nid: accounts\nname: Accounts\n---\n\n## Work {#work}\n\n- Check the prices the sales department has set.\n",
		"en/sales.md":    "---\nid: sales\nname: Sales department\n---\n\n## Work {#work}\n\n- Visit the customers.\n",
	})
	r := run(t, "--content", dir, "--builtin=false", "search", "--owners", "--no-cache", "who sets the prices").ok(t)
	if want := "Sales department  (named in an Accounts duty)\n    accounts/work/1  Check the prices"; !strings.HasPrefix(r.out, want) {
		t.Errorf("got\n%s\nwant it to begin\n%s", r.out, want)
	}
}
