package analysis

import "testing"

// A noun of action names the act of the verb it is made from; a noun
// that names a thing or state made so does not, nor does the same
// spelling (which may as well be a thing: "files").
func TestActNoun(t *testing.T) {
	for _, c := range []struct {
		noun, verb string
		want       bool
	}{
		{"escalations", "escalate", true},
		{"escalation", "escalated", true},
		{"renewal", "renew", true},
		{"bookings", "book", true},
		{"registration", "register", true},
		{"payments", "pay", true},
		{"shipment", "ship", true},
		{"submission", "submit", true},
		{"decision", "decide", true},
		{"notification", "notify", true},
		{"delivery", "deliver", true},
		{"approval", "approve", true},
		{"tests", "test", false},
		{"files", "file", false},
		{"information", "inform", false},
		{"department", "depart", false},
		{"meetings", "meet", false},
		{"session", "set", false},
		{"finance", "fine", false},
	} {
		if got := ActNoun(c.noun, c.verb); got != c.want {
			t.Errorf("ActNoun(%q, %q) = %v, want %v", c.noun, c.verb, got, c.want)
		}
	}
}

// The verbs a noun may be of are offered for an index to look up; a noun
// of another sense offers none.
func TestActVerbs(t *testing.T) {
	has := func(list []string, w string) bool {
		for _, x := range list {
			if x == w {
				return true
			}
		}
		return false
	}
	if vs := ActVerbs("registration"); !has(vs, "register") {
		t.Errorf("ActVerbs(registration) = %v, want register among them", vs)
	}
	if vs := ActVerbs("renewals"); !has(vs, "renew") {
		t.Errorf("ActVerbs(renewals) = %v, want renew among them", vs)
	}
	for _, n := range []string{"information", "relations", "finance"} {
		if vs := ActVerbs(n); len(vs) != 0 {
			t.Errorf("ActVerbs(%q) = %v, want none", n, vs)
		}
	}
}

// A phrasal verb's noun written as one word names the phrasal verb.
func TestPhrasalNoun(t *testing.T) {
	for _, c := range []struct{ noun, verb, particle string }{
		{"backup", "back", "up"},
		{"backups", "back", "up"},
		{"setup", "set", "up"},
		{"signup", "sign", "up"},
		{"checkout", "check", "out"},
		{"handover", "hand", "over"},
		{"followup", "follow", "up"},
	} {
		v, p, ok := PhrasalNoun(c.noun)
		if !ok || v != c.verb || p != c.particle {
			t.Errorf("PhrasalNoun(%q) = %q %q %v, want %q %q", c.noun, v, p, ok, c.verb, c.particle)
		}
	}
	for _, n := range []string{"startup", "makeup", "cup", "group", "layout", "turnover"} {
		if _, _, ok := PhrasalNoun(n); ok {
			t.Errorf("PhrasalNoun(%q) names a phrasal verb; want none", n)
		}
	}
}
