package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// A department whose own summary says what a question asks, in words no
// duty of it says, is the owner the answer names first, proved by its
// summary: "Manages the company's money" answers "who manages money?"
// with Finance, 管理公司的人 answers 谁管人 with 人力资源部 (钱 and 人,
// single characters, are words of the summary).
func TestSummaryNamesTheOwner(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query string
		lang  model.Lang
		dept  string
	}{
		{"who manages money", model.En, "finance"},
		{"who looks after the people", model.En, "hr"},
		{"谁管钱", model.Zh, "finance"},
		{"谁管人", model.Zh, "hr"},
	} {
		res := find(t, ix, c.query, c.lang, 20)
		os := res.Owners(3)
		if res.NoMention || len(os) == 0 {
			t.Errorf("%s: no owner (no mention %v)", c.query, res.NoMention)
			continue
		}
		o := os[0]
		if o.Department.ID != c.dept || o.Position != nil || !o.BySummary || o.Proof.Node == nil || o.Proof.Node.ID != c.dept {
			t.Errorf("%s: first owner %s (by summary %v), want %s proved by its summary; owners\n%s",
				c.query, o.Name(c.lang), o.BySummary, c.dept, ownersSeen(t, ix, c.query, c.lang, 3))
		}
	}
}

// A department one of whose duties says the question's words is proved by
// that duty, not by its summary: "Deal with business registration and tax
// matters." for "who deals with tax matters?".
func TestOwnDutyProvesBeforeSummary(t *testing.T) {
	ix := builtin(t)
	os := find(t, ix, "who deals with tax matters", model.En, 20).Owners(1)
	if len(os) == 0 || os[0].Department.ID != "finance" || os[0].BySummary || os[0].Proof.Node.Path != "finance/responsibilities/3" {
		t.Errorf("who deals with tax matters: owners\n%swant finance proved by finance/responsibilities/3",
			ownersSeen(t, ix, "who deals with tax matters", model.En, 3))
	}
}

// What a possessive owns is what the verb is done to: "the company's
// money" asks about money. A duty that holds only the verb and the owner
// ("Keep … the company's other departments working in step") does
// something else, and matches in part (F12).
func TestPossessiveIsNotTheObject(t *testing.T) {
	ix := builtin(t)
	const q = "who keeps the company's money"
	for _, o := range find(t, ix, q, model.En, 20).Owners(0) {
		if o.Department.ID == "marketing" && o.Duties > 0 {
			t.Errorf("%s: %s has %d matching duties, want them in part (they keep something else); owners\n%s",
				q, o.Name(model.En), o.Duties, ownersSeen(t, ix, q, model.En, 4))
		}
	}
	for i, o := range find(t, ix, q, model.En, 20).Owners(2) {
		if o.Department.ID == "marketing" {
			t.Errorf("%s: a marketing owner is #%d; owners\n%s", q, i+1, ownersSeen(t, ix, q, model.En, 4))
		}
	}
}

// An index read back without its organisation (DecodeAlone, a cached
// search) answers from the summaries alike, and its owner's node carries
// the summary that proves it.
func TestSummaryOwnersAlone(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	var w wire.Writer
	New(org).Encode(&w)
	alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		query string
		lang  model.Lang
		says  string
	}{
		{"who manages money", model.En, "Manages the company's money"},
		{"谁管人", model.Zh, "管理公司的人"},
	} {
		os := find(t, alone, c.query, c.lang, 20).Owners(1)
		if len(os) == 0 || !os[0].BySummary || !strings.HasPrefix(os[0].Proof.Node.Summary().In(c.lang), c.says) {
			t.Errorf("%s, read alone: owners %+v, want the first proved by its summary %q", c.query, os, c.says)
		}
	}
}

// A summary is read as the texts are: a department filter leaves out the
// other departments' summaries, and exact terms must be in it.
func TestSummaryKeepsFiltersAndExactTerms(t *testing.T) {
	ix := builtin(t)
	for _, o := range find(t, ix, "d:sales who manages money", model.En, 20).Owners(0) {
		if o.Department.ID != "sales" {
			t.Errorf("d:sales who manages money: owner %s, outside the filter", o.Name(model.En))
		}
	}
	if res := find(t, ix, "prices 'approve", model.En, 20); !res.NoMention {
		t.Errorf("prices 'approve: answered; owners\n%s", ownersSeen(t, ix, "prices 'approve", model.En, 3))
	}
}
