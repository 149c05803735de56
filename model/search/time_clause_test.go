package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A question's time clause ("before the exhibition", "after the show",
// "during the launch") says when the work is done: its preposition is
// never a word of the work (verify27 V6: "who prepares before the
// exhibition" was answered in full by "Serve customers before the sale.",
// which shares only "before" with it), and the question's own verb and
// object decide. The clause's event ranks when the work is named before
// it, and is the object when only the verb is: either way the question is
// answered, never with an empty "no duty mentions" note (V7, the first
// fix's fault).
func TestTimeClauseIsNoWorkOfTheQuestion(t *testing.T) {
	ix := builtin(t)
	beforeTheSale := []string{"sales/customer-service/1", "marketing/roles/public-relations/6"}
	for _, c := range []struct {
		query string
		first []string // the first owner's department: one of these
		event string   // the clause's event, never named as unmentioned
	}{
		// V6: the verb alone before the clause, the event is its object.
		{"who prepares before the exhibition", []string{"operations", "sales"}, "exhibition"},
		{"who helps before the exhibition", []string{"operations"}, "exhibition"},
		// The work named before the clause, the event ranks.
		{"who helps exhibitors before the show", []string{"operations"}, "show"},
		{"who trains staff before the launch", []string{"hr", "marketing"}, "launch"},
		{"who trains staff before the product launch", []string{"hr", "marketing"}, "launch"},
		{"who checks the booths before the show", []string{"operations"}, "show"},
		{"who trains dealers before the season", []string{"marketing"}, "season"},
		{"who sets the price prior to launch", []string{"marketing"}, "launch"},
		{"who looks after the booths during the show", []string{"operations"}, "show"},
	} {
		res := find(t, ix, c.query, model.En, 10)
		if res.NoMention {
			terms, _ := res.NotMentioned()
			t.Errorf("%q: unanswered, no duty mentions %q", c.query, terms)
			continue
		}
		for _, r := range res.List {
			if r.Match == Words && slices.Contains(beforeTheSale, r.Node.Path) {
				t.Errorf("%q: %q is a full match by its time word alone", c.query, r.Node.Title.In(model.En))
			}
		}
		os := res.Owners(1)
		if len(os) == 0 || !slices.Contains(c.first, os[0].Department.ID) || os[0].Duties == 0 {
			t.Errorf("%q: owners %v, want one of %v first, by a duty", c.query, ownerNames(os), c.first)
		}
		for _, w := range []string{"before", "after", "during", "prior", c.event} {
			if slices.Contains(res.Missing, w) {
				t.Errorf("%q: %q named as unmentioned (missing %q)", c.query, w, res.Missing)
			}
		}
	}
	// The sale's own question still finds its duty first: the event
	// ranks the duties that say it.
	res := find(t, ix, "who serves customers before the sale", model.En, 5)
	if len(res.List) == 0 || res.List[0].Node.Path != "sales/customer-service/1" {
		t.Errorf("who serves customers before the sale: first %v, want sales/customer-service/1", paths(res.List))
	}
	// The clause ranks: after the sale is not before it.
	res = find(t, ix, "who serves customers after the sale", model.En, 5)
	if len(res.List) == 0 || res.List[0].Node.Path != "sales/customer-service/2" {
		t.Errorf("who serves customers after the sale: first %v, want sales/customer-service/2", paths(res.List))
	}
	// "after" of "after-sales" opens no clause, nor "after" of "looks
	// after": they are words of the work.
	res = find(t, ix, "who handles after-sales service", model.En, 5)
	if len(res.List) == 0 || res.List[0].Node.Path != "sales/exhibition-sales/3" {
		t.Errorf("who handles after-sales service: first %v, want sales/exhibition-sales/3", paths(res.List))
	}
	if os := find(t, ix, "who looks after dealers", model.En, 5).Owners(1); len(os) == 0 || os[0].Department.ID != "marketing" {
		t.Errorf("who looks after dealers: owners %v, want Marketing", ownerNames(os))
	}
}

// "after" of a time clause is no "after" of "after-sales" (tryout27
// P12): cleaning up after the exhibition is Operations' work, and no
// owner is proved by after-sales service.
func TestTimeClauseIsNoPartOfAWord(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"who cleans up after the exhibition", "who tidies up after the exhibition"} {
		os := find(t, ix, q, model.En, 10).Owners(3)
		if len(os) == 0 || os[0].Department.ID != "operations" {
			t.Errorf("%q: owners %v, want Operations first", q, ownerNames(os))
		}
		for _, o := range os {
			if o.Proof.Node != nil && o.Proof.Node.Path == "sales/exhibition-sales/3" {
				t.Errorf("%q: %s proved by after-sales service", q, o.Name(model.En))
			}
		}
	}
}

// A note never says no duty mentions nothing (verify27 V7: "no duty
// mentions ; closest:"): an unanswered question whose every word some
// duty mentions apart is named by its words, together.
func TestNotMentionedNamesSomething(t *testing.T) {
	r := &Results{NoMention: true, unanswered: true, Words: []string{"trains", "staff", "launch"}, order: []string{"trains", "staff", "launch"}}
	terms, together := r.NotMentioned()
	if !slices.Equal(terms, []string{"trains", "staff", "launch"}) || !together {
		t.Errorf("unanswered, nothing missing: %q (together %v), want the question's words together", terms, together)
	}
	// A word that only ranks is no word of the work a note names.
	r = &Results{NoMention: true, unanswered: true, Words: []string{"checks", "deliveries", "before", "payment"}, ranking: []string{"before", "payment"}, order: []string{"checks", "deliveries", "before", "payment"}}
	if terms, together := r.NotMentioned(); !slices.Equal(terms, []string{"checks", "deliveries"}) || !together {
		t.Errorf("unanswered, nothing missing, a time clause: %q (together %v), want the work's words together", terms, together)
	}
	r = &Results{NoMention: true, unanswered: true, Words: []string{"trains", "season"}, Missing: []string{"season"}, order: []string{"trains", "season"}}
	if terms, together := r.NotMentioned(); !slices.Equal(terms, []string{"season"}) || together {
		t.Errorf("unanswered, season missing: %q (together %v), want “season” alone", terms, together)
	}
}
