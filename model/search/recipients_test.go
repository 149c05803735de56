package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A department an English question names after "to" or "for" receives
// the work and does not answer for it (tryout24 H17), as 市场部 of
// 谁向市场部反馈销售情况 does not: "who reports sales figures to
// marketing" is answered by Sales, which sends marketing its reports,
// not by the marketing positions that analyse sales figures. Words after
// "to" or "for" that name no unit stay what the work is about.
func TestEnglishRecipientIsNoOwner(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ query, lang, owner string }{
		{"who reports sales figures to marketing", "en", "sales"},
		{"who sends reports to the marketing department", "en", "sales"},
		{"谁向市场部反馈销售情况", "zh", "sales"},
	} {
		lang := model.En
		if c.lang == "zh" {
			lang = model.Zh
		}
		os := find(t, ix, c.query, lang, 5).Owners(1)
		if len(os) == 0 || os[0].Department.ID != c.owner {
			t.Errorf("%q: owners %v, want %s first", c.query, ownerNames(os), c.owner)
		}
	}
	// What follows "to" names no unit: it is what the work is for.
	ix = New(model.NewOrg([]*model.Node{
		dept("sales", "Sales", "Sell to customers.", "Report sales to finance."),
		dept("finance", "Finance", "Keep the books."),
	}, nil))
	if os := find(t, ix, "who sells to customers", model.En, 5).Owners(1); len(os) == 0 || os[0].Department.ID != "sales" {
		t.Errorf("who sells to customers: owners %v, want sales", ownerNames(os))
	}
	if r := ix.englishRecipients(makePlan(Parse("who sells to customers"))); r.words[len(r.words)-1].recipient {
		t.Error("who sells to customers: customers, which names no unit, is read as a recipient")
	}
	if r := ix.englishRecipients(makePlan(Parse("who reports sales to finance"))); !r.words[len(r.words)-1].recipient {
		t.Error("who reports sales to finance: finance, a department's id, is not read as the recipient")
	}
}
