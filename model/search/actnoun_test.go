package search

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// loadFiles loads a content folder of the given files (path: text).
func loadFiles(t *testing.T, files map[string]string) *Index {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	return New(org)
}

// tryout28's own organisation, in English: its duties say the work with
// their verbs, its positions are named after what their holders are.
var tryout28Files = map[string]string{
	"en/engineering.md": "---\nid: engineering\nname: Engineering\n---\n\n## QA engineer {#qa-engineer .position}\n\n" +
		"- Test every release before it ships.\n- Keep the list of known defects up to date.\n\n" +
		"## Backend developer {#backend-developer .position}\n\n- Fix bugs reported by customers.\n",
	"en/it.md": "---\nid: it-operations\nname: IT operations\n---\n\n## System administrator {#system-administrator .position}\n\n" +
		"- Back up the servers every night.\n- Set up laptops for new starters.\n- Renew the software licences.\n",
	"en/support.md": "---\nid: customer-support\nname: Customer support\n---\n\n## Support lead {#support-lead .position}\n\n" +
		"- Escalate outages to IT operations.\n\n## Support agent {#support-agent .position}\n\n- Issue refunds for faulty orders.\n" +
		"  Accountable: Customer support\n  Consulted: Legal\n",
	"en/facilities.md": "---\nid: facilities\nname: Facilities\n---\n\n## Office manager {#office-manager .position}\n\n" +
		"- Book meeting rooms and travel for staff.\n",
	"en/legal.md": "---\nid: legal\nname: Legal\n---\n\n## Contract counsel {#contract-counsel .position}\n\n" +
		"- Review supplier contracts before signing.\n  Accountable: Legal\n" +
		"- Register the company's trademarks.\n- Handle data protection requests from customers.\n",
	"en/hr.md": "---\nid: people\nname: People team\n---\n\n## Hiring {#hiring}\nAccountable: people/head\n\n" +
		"- Write job adverts.\n- Interview candidates.\n- Send offer letters.\n\n" +
		"## Head of people {#head .position}\n\n- Approve new headcount.\n",
}

// A noun that names the work its duty does with a verb is that work
// (tryout28 Y14, Y2): a plural that no text holds as a noun ("tests"),
// a noun made by a suffix of action ("escalations", "bookings",
// "renewal", "registration"), a phrasal verb's noun written as one word
// ("backups", "setup"). Each is answered by the duty, in full, with a
// note where it is met through another word; none says no duty mentions
// it.
func TestNounOfActionMeetsItsVerb(t *testing.T) {
	ix := loadFiles(t, tryout28Files)
	for _, c := range []struct {
		query, owner, proof, via string // via: the word a note says it is matched through, "" for none
	}{
		{"who does the tests", "engineering/qa-engineer", "Test every release before it ships.", ""},
		{"who handles the tests", "engineering/qa-engineer", "Test every release before it ships.", ""},
		{"who does the bookings", "facilities/office-manager", "Book meeting rooms and travel for staff.", "book"},
		{"who handles escalations", "customer-support/support-lead", "Escalate outages to IT operations.", "escalate"},
		{"who handles trademark registration", "legal/contract-counsel", "Register the company's trademarks.", "register"},
		{"who does the backup", "it-operations/system-administrator", "Back up the servers every night.", "back up"},
		{"who does backups", "it-operations/system-administrator", "Back up the servers every night.", "back up"},
		{"who does laptop setup", "it-operations/system-administrator", "Set up laptops for new starters.", "set up"},
		{"who handles licence renewal", "it-operations/system-administrator", "Renew the software licences.", "renew"},
	} {
		res := find(t, ix, c.query, model.En, 0)
		os := res.Owners(1)
		if len(os) == 0 || os[0].Position == nil || os[0].Position.Path != c.owner || os[0].Duties != 1 || os[0].Proof.Node.Title.In(model.En) != c.proof {
			t.Errorf("%q: owners %v, want %s (1 duty) proved by %q", c.query, ownerNames(os), c.owner, c.proof)
		}
		if len(res.Missing) > 0 || res.NoMention {
			t.Errorf("%q: missing %v (no mention %v), want none", c.query, res.Missing, res.NoMention)
		}
		var via []string
		for _, th := range res.Through {
			via = append(via, th.Via...)
		}
		if c.via != "" && !slices.Contains(via, c.via) {
			t.Errorf("%q: matched through %v, want %q among them", c.query, res.Through, c.via)
		}
	}
}

// The verb of the noun is another word beside a text that holds the
// noun as a noun: "File the letters" is no personnel files while a duty
// keeps them (tryout24 H20 stays).
func TestVerbOfNounBesideTheNoun(t *testing.T) {
	ix := New(model.NewOrg([]*model.Node{
		dept("hr", "Human resources", "Keep the personnel files."),
		dept("office", "Office", "File the letters."),
		dept("qa", "QA", "Test every release."),
	}, nil))
	if full, partial := matches(find(t, ix, "who keeps the files", model.En, 0), "File the letters."); full || partial {
		t.Error("who keeps the files: “File the letters.” is a match beside “Keep the personnel files.”")
	}
	if full, _ := matches(find(t, ix, "who does the tests", model.En, 0), "Test every release."); !full {
		t.Error("who does the tests: “Test every release.”, the only text saying test, is no match")
	}
}

// A section named by its work ("## Hiring") answers the question that
// asks for nothing but that work's verb, as it answers "who does the
// hiring" (tryout28 Y17): People team, all three duties.
func TestSectionNamedByTheVerbAsked(t *testing.T) {
	ix := loadFiles(t, map[string]string{
		"en/hr.md": tryout28Files["en/hr.md"],
		"zh/hr.md": "---\nid: people\nname: 人事组\n---\n\n## 招聘 {#hiring}\n批准：people/head\n\n" +
			"- 撰写招聘广告。\n- 面试候选人。\n- 发送录用通知书。\n\n## 人事主管 {#head .position}\n\n- 审批新增编制。\n",
		"en/facilities.md": tryout28Files["en/facilities.md"],
	})
	for _, q := range []string{"who hires", "who is hiring", "who recruits", "who does the hiring", "谁招人", "谁来招聘", "招聘归谁管"} {
		lang := model.En
		if q[0] >= 0x80 {
			lang = model.Zh
		}
		res := find(t, ix, q, lang, 0)
		os := res.Owners(1)
		if len(os) == 0 || os[0].Department.ID != "people" || os[0].Position != nil || os[0].Duties != 3 {
			t.Errorf("%q: owners %v (%d duties), want People team (3 duties)", q, ownerNames(os), func() int {
				if len(os) == 0 {
					return 0
				}
				return os[0].Duties
			}())
		}
		if res.NoMention || lang == model.En && len(res.Missing) > 0 {
			t.Errorf("%q: missing %v (no mention %v), want none", q, res.Missing, res.NoMention)
		}
	}
}

// The approver named, and having a say, are role questions (tryout28
// P17): "who is the approver for refunds" asks who is accountable for
// them, "who gets a say in refunds" who is consulted.
func TestApproverAndSayAreRoles(t *testing.T) {
	ix := loadFiles(t, tryout28Files)
	for _, c := range []struct {
		query  string
		role   model.RACIRole
		holder string
	}{
		{"who is the approver for refunds", model.Accountable, "customer-support customer-support/support-agent/1"},
		{"who gets a say in refunds", model.Consulted, "legal customer-support/support-agent/1"},
		{"who has a say in refunds", model.Consulted, "legal customer-support/support-agent/1"},
	} {
		role, holders := roleAnswer(t, ix, c.query, model.En)
		if role != c.role || len(holders) == 0 || holders[0] != c.holder {
			t.Errorf("%q: %v %v, want %v %s first", c.query, role, holders, c.role, c.holder)
		}
	}
}
