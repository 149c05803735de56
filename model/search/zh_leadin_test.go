package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// After a lead-in, two words the dictionary tags as verbs are read by the
// index: 谁负责跟进回款 asks what 谁跟进回款 asks (跟进, which no duty says,
// is the verb; 回款 its object, answered through 货款), where it was rc 1
// with "no duty mentions 跟进 or 回款"; 谁负责工资发放 keeps 工资 the thing
// paid out (the synonym list uses it as a noun, and duties say it).
func TestChineseLeadInVerbPairReadByTheIndex(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"谁负责跟进回款", "由谁负责跟进回款", "谁跟进回款"} {
		res := find(t, ix, q, model.Zh, 20)
		os := res.Owners(1)
		if res.NoMention || !slices.Contains(res.Missing, "跟进") || len(os) == 0 || os[0].Department.ID != "sales" || os[0].Duties == 0 ||
			os[0].Proof.Node.Path != "sales/targets/2" {
			t.Errorf("%s: no mention %v, missing %q, owners %v; want 跟进 missing, 销售部 by sales/targets/2", q, res.NoMention, res.Missing, ownersProved(os))
		}
	}
	res := find(t, ix, "谁负责工资发放", model.Zh, 20)
	if os := res.Owners(1); res.NoMention || len(res.Missing) > 0 || len(os) == 0 || os[0].Department.ID != "hr" || os[0].Proof.Node.Path != "hr/responsibilities/3" {
		t.Errorf("谁负责工资发放: no mention %v, missing %q, owners %v; want 人力资源部 by hr/responsibilities/3", res.NoMention, res.Missing, ownersProved(os))
	}
}
