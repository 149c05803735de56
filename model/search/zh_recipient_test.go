package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A Chinese question that says whom the work goes to (after 给 or 向, or
// a coverb before the verb) asks who sends it: the unit that receives it
// is not the answer, however many of its duties hold the question's
// words. Each form of the question gets the same first owner.
func TestRecipientUnitIsNotTheAnswer(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ query, owner, receiver string }{
		{"谁把客户意见反馈给市场部", "销售部", "市场部"},
		{"谁反馈客户意见给市场部", "销售部", "市场部"},
		{"谁向市场部反馈", "销售部", "市场部"},
	} {
		got := ownersSeen(t, ix, c.query, model.Zh, 3)
		first := strings.SplitN(got, "\n", 2)[0]
		if !strings.HasPrefix(first, c.owner+" (") {
			t.Errorf("%s: owners\n%swant %s first", c.query, got, c.owner)
		}
		if strings.HasPrefix(first, c.receiver+" (") {
			t.Errorf("%s: the unit the work goes to, %s, answers it", c.query, c.receiver)
		}
	}
	// A position in the receiving department may hand it the work: 理货员
	// of 市场部 hands in its reports.
	if got := ownersSeen(t, ix, "谁把报表交给市场部", model.Zh, 1); !strings.HasPrefix(got, "市场部 › 理货员 (") {
		t.Errorf("谁把报表交给市场部: owners %s, want 市场部 › 理货员", got)
	}
	// A unit the question names as the doer is still named.
	if got := ownersSeen(t, ix, "谁负责财务", model.Zh, 1); !strings.HasPrefix(got, "财务部 (") {
		t.Errorf("谁负责财务: owners %s, want 财务部", got)
	}
}
