package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A role question asked as the asker's next step is read as the passive
// one the docs list (tryoutb26 B11, B3): "whom should we consult on store
// displays" is "who should be consulted on store displays", answered by
// the units a Consulted: line names, not by the unit arranging the
// displays; 门店陈列要跟谁商量 is 门店陈列要咨询谁; 谁对定价负责 and 门店陈列由谁
// 负责 ask for the responsible units as "who is responsible for …" does.
// Each is compared with its twin on the built-in organisation, whose
// RACI lines name Marketing consulted on the displays and informed of
// the competitors.
func TestSpokenRoleQuestions(t *testing.T) {
	ix := builtin(t)
	holders := func(q string, lang model.Lang) (model.RACIRole, []string) {
		t.Helper()
		rq, ok := AsksRole(q)
		if !ok {
			t.Errorf("%q is not read as a role question", q)
			return 0, nil
		}
		var out []string
		for _, h := range find(t, ix, rq.Work, lang, 0).Holders(rq.Role, 3) {
			out = append(out, h.Unit.Path)
		}
		return rq.Role, out
	}
	for _, c := range []struct {
		query, twin string
		lang        model.Lang
		role        model.RACIRole
		first       string
	}{
		{"whom should we consult on store displays", "who should be consulted on store displays", model.En, model.Consulted, "marketing"},
		{"who must we consult on store displays?", "who should be consulted on store displays", model.En, model.Consulted, "marketing"},
		{"who do I need to consult about store displays", "who should be consulted on store displays", model.En, model.Consulted, "marketing"},
		{"whom to consult on store displays", "who should be consulted on store displays", model.En, model.Consulted, "marketing"},
		{"who should I check with about store displays", "who should be consulted on store displays", model.En, model.Consulted, "marketing"},
		{"who should I notify about competitors", "who is notified about competitors", model.En, model.Informed, "marketing"},
		{"who do we tell about competitors", "who is notified about competitors", model.En, model.Informed, "marketing"},
		{"who do we inform about competitors?", "who is notified about competitors", model.En, model.Informed, "marketing"},
		{"which team to notify about competitors", "who is notified about competitors", model.En, model.Informed, "marketing"},
		{"what team do we notify about competitors", "who is notified about competitors", model.En, model.Informed, "marketing"},
		{"who should we keep posted on competitors", "who is notified about competitors", model.En, model.Informed, "marketing"},
		{"who do we ask to approve prices", "who approves prices", model.En, model.Accountable, "marketing"},
		{"门店陈列要跟谁商量", "门店陈列要咨询谁", model.Zh, model.Consulted, "marketing"},
		{"竞争对手的情况要抄送谁", "竞争对手的情况要通知谁", model.Zh, model.Informed, "marketing"},
		{"竞争对手的情况要报告给谁", "竞争对手的情况要通知谁", model.Zh, model.Informed, "marketing"},
		{"定价谁签字", "谁批准定价", model.Zh, model.Accountable, "marketing"},
		{"门店陈列需要谁同意", "谁批准门店陈列", model.Zh, model.Accountable, "sales"},
		{"谁对门店陈列负责", "who is responsible for store displays", model.Zh, model.Responsible, "sales"},
		{"门店陈列由谁负责", "who is responsible for store displays", model.Zh, model.Responsible, "sales"},
	} {
		role, got := holders(c.query, c.lang)
		_, want := holders(c.twin, c.lang)
		if role != c.role || len(got) == 0 || got[0] != c.first {
			t.Errorf("%q: %v %v, want %v held by %s first", c.query, role, got, c.role, c.first)
		}
		if c.role != model.Responsible && !slices.Equal(got, want) {
			t.Errorf("%q: holders %v; %q: %v", c.query, got, c.twin, want)
		}
	}
}

// The subject of a verb of consulting or telling is the one doing it:
// "who consults on store displays", 谁报告竞争对手情况 ask who does that
// work; "who do we ask to set prices" asks who sets them; 谁负责 is the
// everyday who-question in Chinese, 谁负责对账 too (对 of 对账, no 对…负责),
// and 由哪个部门负责 asks for a department, as the department questions
// answer it.
func TestSpokenRoleNeedsTheAskerAsSubject(t *testing.T) {
	for _, q := range []string{
		"who consults on store displays", "who notifies the dealers", "who tells the customers about prices",
		"who do we ask to set prices", "who asked for the budget", "consult the dealers on store displays",
		// "Who should I ask about X" is the app's own question as a
		// newcomer puts it, a request's frame: who does X (verify26 V7).
		"who should I ask about pricing", "who can I ask about complaints", "who do we ask about the budget",
		"谁负责定价", "谁负责对账", "谁报告竞争对手情况", "谁同意", "谁对定价",
		"售后服务由哪个部门负责",                                                            // which department: answered by departments
		"whom should we consult",                                                 // no work asked about
		"what do we tell customers about returns", "how do I notify the dealers", // what is told, how: no unit asked for
	} {
		if rq, ok := AsksRole(q); ok {
			t.Errorf("AsksRole(%q) = %+v, want no role question", q, rq)
		}
	}
}
