package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// flatten runs cmd and returns the messages it produced, batches opened.
func flatten(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, flatten(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// typedQueries are queries as people type them, a dozen in each language
// of the interface: questions, fillers, stemming (budgeting, supervising,
// strategies: the longer word finds more than the letters before it),
// synonyms, pinyin, a typo, words no duty mentions, fzf's syntax, the other
// language's words.
var typedQueries = map[model.Lang][]string{
	model.En: {"budgeting", "who sets product prices?", "set prices", "which department trains salespeople",
		"quality supervision", "after-sales service", "pricing strategies", "supervising", "hiring", "prcies",
		"d:marketing research", "'brand plan"},
	model.Zh: {"谁负责定价？", "售后服务由哪个部门负责", "价格", "招聘", "dingjia", "dj", "培训", "市场调研",
		"制定价格策略", "展会", "set prices", "预算"},
}

// cliResults is what `dutymap search --limit 100 QUERY` computes (cli/search.go
// runs the same call): the list, the count and the owners.
func cliResults(t testing.TB, ix *search.Index, q string, lang model.Lang) *search.Results {
	t.Helper()
	res, err := ix.Search(context.Background(), search.Parse(q), lang, searchLimit)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// However the keys arrive (one burst whose searches finish in any order, or
// a paste), the list ends showing exactly the final query's results: the
// ones `dutymap search` prints, with the same owners and the same note.
// Typing a query and pasting it give the same list.
func TestSearchBurstAndPasteShowTheFinalQuery(t *testing.T) {
	ix := search.New(testOrg(t))
	grows := 0 // queries a letter-by-letter narrowing would get wrong
	for _, lang := range model.Langs {
		for _, q := range typedQueries[lang] {
			want := cliResults(t, ix, q, lang)
			if longerFindsMore(t, ix, q, lang) {
				grows++
			}
			// A burst: every key handled before any search runs; then
			// the searches finish newest first, as late goroutines would.
			d := newDriver(t, 120, 40, lang).keys("/")
			var cmds []tea.Cmd
			for _, r := range q {
				next, cmd := d.m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
				d.m = next.(*Model)
				cmds = append(cmds, cmd)
			}
			slices.Reverse(cmds)
			var msgs []tea.Msg
			for _, c := range cmds {
				msgs = append(msgs, flatten(c)...)
			}
			d.send(msgs...)
			assertShows(t, lang.Code()+" burst "+q, d.search(), want)

			p := newDriver(t, 120, 40, lang).keys("/").send(tea.PasteMsg{Content: q})
			assertShows(t, lang.Code()+" paste "+q, p.search(), want)

			// Typed at a human pace: each search done before the next key.
			k := newDriver(t, 120, 40, lang).keys("/").typeText(q)
			assertShows(t, lang.Code()+" typed "+q, k.search(), want)
		}
	}
	if grows < 3 {
		t.Fatalf("only %d queries find more than a prefix of them: the test no longer covers stemming", grows)
	}
}

// longerFindsMore reports whether a query matches texts that one of its
// prefixes does not ("budgeting" finds the budget duties that "budgeti"
// cannot): narrowing the prefix's results would lose them.
func longerFindsMore(t testing.TB, ix *search.Index, q string, lang model.Lang) bool {
	full := cliResults(t, ix, q, lang)
	in := map[*model.Node]bool{}
	runes := []rune(q)
	for i := 1; i < len(runes); i++ {
		clear(in)
		for _, r := range cliResults(t, ix, string(runes[:i]), lang).List {
			if r.Match == search.Words {
				in[r.Node] = true
			}
		}
		for _, r := range full.List {
			if r.Match == search.Words && !in[r.Node] && full.Matches > 0 {
				return true
			}
		}
	}
	return false
}

// assertShows checks the search screen shows want: every result in order,
// how each matched, the count, the owners with their proofs and counts,
// and whether no duty mentions the query.
func assertShows(t *testing.T, what string, s *searchScreen, want *search.Results) {
	t.Helper()
	got := s.results
	if len(got) != len(want.List) || s.matches != want.Matches || s.noMention != want.NoMention {
		t.Fatalf("%s: %d results, %d matches, no mention %v; want %d, %d, %v", what, len(got), s.matches, s.noMention,
			len(want.List), want.Matches, want.NoMention)
	}
	for i := range got {
		if got[i].node != want.List[i].Node || got[i].near != hitOf(want.List[i]).near {
			t.Fatalf("%s: result %d is %s (%d), want %s (%v)", what, i, got[i].node.Path, got[i].near,
				want.List[i].Node.Path, want.List[i].Match)
		}
	}
	wo := want.Owners(maxOwners)
	if len(s.owners) != len(wo) {
		t.Fatalf("%s: %d owners, want %d", what, len(s.owners), len(wo))
	}
	for i, o := range wo {
		g := s.owners[i]
		if g.node != o.Node() || g.proof.node != o.Proof.Node || g.duties != o.Duties || g.mentions != o.Mentions {
			t.Fatalf("%s: owner %d is %s (%d/%d, %s), want %s (%d/%d, %s)", what, i, g.node.Path, g.duties, g.mentions,
				g.proof.node.Path, o.Node().Path, o.Duties, o.Mentions, o.Proof.Node.Path)
		}
	}
}

// The same through the real program loop (teatest): the keys of each query
// arrive as one burst, or as a paste, and the searches run on the loop's
// goroutines in whatever order they finish. The final screen shows the
// final query's results.
func TestSearchBurstThroughTheProgramLoop(t *testing.T) {
	ix := search.New(testOrg(t))
	for _, tc := range []struct {
		lang  model.Lang
		q     string
		paste bool
	}{
		{model.En, "budgeting", false}, {model.En, "who sets product prices?", true},
		{model.En, "supervising", false}, {model.En, "hiring", true},
		{model.Zh, "谁负责定价？", false}, {model.Zh, "dingjia", true},
	} {
		t.Run(fmt.Sprintf("%s %s paste=%v", tc.lang.Code(), tc.q, tc.paste), func(t *testing.T) {
			want := cliResults(t, ix, tc.q, tc.lang)
			m := New(Config{Org: testOrg(t), Lang: tc.lang, Theme: ThemeDark, Title: "built-in", Similarity: testSimilarity(t)})
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
			tm.Send(tea.KeyPressMsg{Code: '/', Text: "/"})
			if tc.paste {
				tm.Send(tea.PasteMsg{Content: tc.q})
			} else {
				tm.Type(tc.q)
			}
			// The final query's first result, and its count or note, on
			// screen: only the final state shows both.
			first := oneLine(want.List[0].Node.Title.In(want.List[0].Lang))
			first = string([]rune(first)[:min(len([]rune(first)), 20)])
			sign := fmt.Sprintf(catalog[tc.lang].search.count, want.Matches)
			if want.NoMention {
				sign = strings.SplitN(catalog[tc.lang].search.noMention[0], "%s", 2)[0]
			}
			waitScreen(t, tm, 120, 40, func(s string) bool {
				return strings.Contains(s, "/ "+tc.q) && strings.Contains(s, sign) && strings.Contains(s, "┃"+kindMark(want.List[0].Node)+first)
			})
			tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
			final := tm.FinalModel(t, teatest.WithFinalTimeout(untilDeadline(t))).(*Model)
			s, ok := final.top().(*searchScreen)
			if !ok {
				t.Fatalf("search is not on top: %T", final.top())
			}
			assertShows(t, tc.q, s, want)
		})
	}
}

// Until the first search of a query answers (on a large folder it waits
// for the index), the screen says it is searching, in the reader's
// language, and counts nothing: never "Nothing matches" before the search
// has said so (hostile12 #4: 100,000 aliases showed "0 found / Nothing
// matches" for seconds, then the answer).
func TestSearchSaysSearchingUntilItAnswers(t *testing.T) {
	for lang, want := range map[model.Lang]string{model.En: "Searching…", model.Zh: "正在搜索…"} {
		d := newDriver(t, 100, 24, lang).keys("/")
		var cmds []tea.Cmd
		for _, r := range "price" {
			next, cmd := d.m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			d.m = next.(*Model)
			cmds = append(cmds, cmd)
		}
		scr := d.screen()
		if !strings.Contains(scr, want) || strings.Contains(scr, "found") || strings.Contains(scr, "Nothing matches") || strings.Contains(scr, "没有匹配项") {
			t.Errorf("%v: while the search runs the screen shows\n%s", lang, scr)
		}
		for _, cmd := range cmds {
			for _, msg := range flatten(cmd) {
				next, _ := d.m.Update(msg)
				d.m = next.(*Model)
			}
		}
		if scr := d.screen(); strings.Contains(scr, want) || !strings.Contains(scr, "price") {
			t.Errorf("%v: once answered the screen shows\n%s", lang, scr)
		}
	}
}
