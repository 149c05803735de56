package search

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// ownersSeen is what `dutymap search --owners` shows of the first n
// owners: each unit's name, how many of its duties match, and the duty
// that proves it.
func ownersSeen(t *testing.T, ix *Index, query string, lang model.Lang, n int) string {
	t.Helper()
	var b strings.Builder
	for _, o := range find(t, ix, query, lang, 20).Owners(n) {
		if o.Unlisted() {
			fmt.Fprintf(&b, "%s (no duties listed)\n", o.Name(lang))
			continue
		}
		fmt.Fprintf(&b, "%s (%d) %s %s\n", o.Name(lang), o.Duties, o.Proof.Node.Path, o.Proof.Node.Title[lang])
	}
	return b.String()
}

// A question that puts its object before the verb with 把 or 将 (the
// disposal construction) asks what the plain form asks: 谁把市场动态反馈给
// 市场部 is 谁反馈市场动态给市场部. Read as the plain form is read, 把's
// object is not the verb, and the verb's recipient not its object.
func TestDisposalQuestionAsksAsThePlainForm(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ disposal, plain, owner, proof string }{
		{"谁把市场动态反馈给市场部", "谁反馈市场动态给市场部", "销售部", "sales/feedback/2"},
		{"谁把报表交给市场部", "谁交报表给市场部", "市场部 › 理货员", "marketing/positions/compilation-scheme/merchandiser/9"},
		{"谁将产品送达终端", "谁送达产品到终端", "销售部", "sales/in-store/1"},
		{"谁把售后服务做好", "谁做好售后服务", "市场部", "marketing/roles/public-relations/6"},
	} {
		got, want := ownersSeen(t, ix, c.disposal, model.Zh, 1), ownersSeen(t, ix, c.plain, model.Zh, 1)
		if !strings.HasPrefix(got, c.owner+" (") || !strings.Contains(got, c.proof) {
			t.Errorf("%s: first owner %swant %s, proved by %s", c.disposal, got, c.owner, c.proof)
		}
		if got != want {
			t.Errorf("%s is answered by %sbut %s by %s", c.disposal, got, c.plain, want)
		}
	}
}
