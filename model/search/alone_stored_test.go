package search

import (
	"encoding/binary"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// An index read without its organisation (a cached search) takes the
// units' summaries analysed as the encoding stores them: the same units,
// in the same order, with the same terms as analysing them gives, so it
// answers alike; and reading them makes no node, so a search makes only
// the nodes its results name (making every unit's node to read its
// summary, and analysing it, was a third of a warm search at 100,000
// duties).
func TestStoredSummariesAreTheAnalysed(t *testing.T) {
	builtinOrg, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		org   *model.Org
		query string
	}{
		{"built-in", builtinOrg, "who manages money"},
		{"synth", synth.Generate(3000, 1), "who runs accounting"},
	} {
		built := New(c.org)
		var w wire.Writer
		built.Encode(&w)
		alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if alone.table.analysed == nil {
			t.Fatalf("%s: the encoding holds no analysed summaries", c.name)
		}
		for _, l := range model.Langs {
			want := built.analyseSummaries(l)
			got := alone.table.analysed[l]
			if len(want) == 0 {
				t.Fatalf("%s, %v: no summaries to compare", c.name, l)
			}
			same := slices.EqualFunc(want, got, func(a, b unitSummary) bool {
				return a.unit == b.unit && slices.Equal(a.terms, b.terms)
			})
			if !same {
				t.Errorf("%s, %v: stored summaries\n%v\nwant\n%v", c.name, l, got, want)
			}
		}
		// Reading them makes no node (a search makes those its results
		// name).
		for _, l := range model.Langs {
			alone.unitSummaries(l)
		}
		if len(alone.table.made) > 0 {
			t.Errorf("%s: reading the summaries made nodes", c.name)
		}
		os := find(t, alone, c.query, model.En, 1).Owners(1)
		if len(os) == 0 || !os[0].BySummary {
			t.Errorf("%s: %q: owners %+v, want the first proved by its summary", c.name, c.query, os)
		}
	}
}

// A stored summary of a node that has none in that language, or of a
// unit twice, is damage: the node table is refused.
func TestStoredSummariesChecked(t *testing.T) {
	tab := &nodeTable{kind: make([]byte, 4), summary: map[int32]model.Text{1: {"Runs sales.", ""}, 2: {"Runs finance.", "负责财务。"}}}
	for name, c := range map[string]struct {
		en, zh [][2]any // unit, terms
		ok     bool
	}{
		"sound":              {en: [][2]any{{1, []string{"run", "sale"}}, {2, []string{"run", "financ"}}}, zh: [][2]any{{2, []string{"负责", "财务"}}}, ok: true},
		"none in its lang":   {zh: [][2]any{{1, []string{"负责"}}}},
		"not summarised":     {en: [][2]any{{3, []string{"run"}}}},
		"twice":              {en: [][2]any{{1, []string{"run"}}, {1, []string{"sale"}}}},
		"no terms":           {en: [][2]any{{2, []string(nil)}}},
		"past the last node": {en: [][2]any{{4, []string{"run"}}}},
	} {
		var w wire.Writer
		for _, list := range [][][2]any{c.en, c.zh} {
			w.Int(len(list))
			for _, s := range list {
				w.Int(s[0].(int))
				w.Strings(s[1].([]string))
			}
		}
		r := wire.NewReader(w.Bytes())
		got := decodeSummaryTerms(r, tab)
		if (got != nil) != c.ok || (r.Err() == nil) != c.ok {
			t.Errorf("%s: read %v, error %v; want sound %v", name, got, r.Err(), c.ok)
		}
		if c.ok && (len(got[model.En]) != 2 || got[model.Zh][0].terms[1] != "财务") {
			t.Errorf("%s: read %v", name, got)
		}
	}
}

// The departments of an index read alone are made from their ids and
// titles stored side by side, alike (id, titles, path, code, aliases),
// without reading or checking the whole tables of ids and titles: a query
// that could be a department's name ("zebra", "markting") makes them
// all, and reading them from there checked and paged in a block of each
// table for every department. A query nothing answers asks too whether
// departments are written in one language only, from their titles.
func TestDepartmentsMadeFromTheirOwnTable(t *testing.T) {
	org := synth.Generate(6000, 2)
	built := New(org)
	var w wire.Writer
	built.Encode(&w)
	data := w.Bytes()
	var checked []byteSpan
	alone, err := DecodeAlone(wire.NewCheckedReader(data, func(off, n int) error {
		checked = append(checked, byteSpan{off, n})
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	tab := alone.table
	whole := []byteSpan{tab.idsSp, tab.idAtSp}
	for l := range model.NumLangs {
		whole = append(whole, tab.titlesSp[l], tab.tAtSp[l])
	}
	checked = checked[:0]
	depts := alone.departments()
	if len(depts) != len(org.Departments) || len(depts) < 10 {
		t.Fatalf("%d departments made, want %d (and more than 10)", len(depts), len(org.Departments))
	}
	for i, d := range depts {
		want := org.Departments[i]
		if d.ID != want.ID || d.Path != want.Path || d.Title != want.Title || d.Code() != want.Code() ||
			!slices.Equal(d.Aliases()[model.En], want.Aliases()[model.En]) || d.Seq != want.Seq {
			t.Errorf("department %d made as %q %q %q, want %q %q %q", i, d.Path, d.Title, d.Code(), want.Path, want.Title, want.Code())
		}
	}
	readWhole := func(what string) {
		t.Helper()
		for _, c := range checked {
			for _, sp := range whole {
				if c.off < sp.off+sp.n && sp.off < c.off+c.n {
					t.Fatalf("%s read %v of the whole ids' or titles' tables (%v)", what, c, whole)
				}
			}
		}
	}
	readWhole("making the departments")
	// Whether departments are written in one language only, for a query
	// nothing answers: every department of this one has titles in both.
	checked = checked[:0]
	for _, words := range [][]string{{"zebra"}, {"斑马"}} {
		if o, ok := alone.WrittenOnlyInOther(words); ok {
			t.Errorf("%q: %+v written in one language only, want none", words, o)
		}
	}
	readWhole("asking which departments are written in one language only")
	if res := find(t, alone, "zebra", model.En, 20); len(res.List) != 0 {
		t.Errorf("zebra: %d results", len(res.List))
	}
	if alone.Err() != nil {
		t.Fatal(alone.Err())
	}
}

// An index read alone checks the groups ("N places") of the nodes a
// search groups, as it first asks for each, not every group at once: a
// rare word's search read the whole table of places (a tenth of a warm
// search at 100,000 duties). The groups checked answer as the index built.
func TestGroupsCheckedAsAsked(t *testing.T) {
	org := synth.Generate(6000, 2)
	built := New(org)
	var w wire.Writer
	built.Encode(&w)
	var checked []byteSpan
	alone, err := DecodeAlone(wire.NewCheckedReader(w.Bytes(), func(off, n int) error {
		checked = append(checked, byteSpan{off, n})
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	words := alone.wordsOf(model.En)
	places := words.lazy.raw.groups.groups[1]
	checked = checked[:0]
	res := find(t, alone, "recruitment", model.En, 20)
	if len(res.List) == 0 {
		t.Fatal("recruitment: no results")
	}
	read := 0
	for _, c := range checked {
		if c.off >= places.off && c.off < places.off+places.n {
			read += c.n
		}
	}
	if read == 0 || read > places.n/4 {
		t.Errorf("recruitment: %d bytes of the %d of the places checked, want those of its results' groups", read, places.n)
	}
	if a, b := describeAlone(find(t, built, "recruitment", model.En, 20)), describeAlone(res); a != b {
		t.Errorf("recruitment: built\n%s\nalone\n%s", a, b)
	}
	if alone.Err() != nil {
		t.Fatal(alone.Err())
	}
	// A place that is no node, in a file whose checksums hold (tampered):
	// found when its group is asked for, never followed.
	bad := append([]byte(nil), w.Bytes()...)
	for at := places.off; at+4 <= places.off+places.n; at += 4 {
		binary.LittleEndian.PutUint32(bad[at:], 1<<30)
	}
	tampered, err := DecodeAlone(wire.NewCheckedReader(bad, func(off, n int) error { return nil }))
	if err != nil {
		t.Fatal(err)
	}
	find(t, tampered, "recruitment", model.En, 20)
	if tampered.Err() == nil {
		t.Error("recruitment: places that are no nodes, not reported")
	}
}
