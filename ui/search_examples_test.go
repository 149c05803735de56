package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// startExamples reads the example queries off the search start page: the
// lines that start with two spaces, up to the column they leave.
func startExamples(t *testing.T, screen string) (queries, lines []string) {
	t.Helper()
	for _, row := range strings.Split(screen, "\n") {
		row, _, _ = strings.Cut(row, "│") // the search pane only
		if !strings.HasPrefix(row, "   ") || strings.HasPrefix(row, "    ") {
			continue
		}
		q, _, ok := strings.Cut(strings.TrimPrefix(row, "   "), "  ")
		if ok {
			queries, lines = append(queries, q), append(lines, strings.TrimSpace(row))
		}
	}
	return queries, lines
}

// TestSearchStartExamplesFindSomething: on one's own organisation the
// start page's examples are drawn from it, and each finds a duty: none
// names the built-in's words (set prices, d:sales visit), and the line
// about the other language's words is left out when no duty is written in
// both (tryout14 #3). The same content gives the same examples.
func TestSearchStartExamplesFindSomething(t *testing.T) {
	org, err := content.Load(content.Dir("testdata/acme"))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs {
		cfg := Config{Org: org, Lang: lang, Theme: ThemeDark}
		start := driveConfig(t, 120, 35, cfg).keys("/").screen()
		queries, lines := startExamples(t, start)
		if len(queries) != 3 {
			t.Fatalf("%s: %d examples, want 3 (no other-language line):\n%s", lang.Code(), len(queries), start)
		}
		for _, l := range lines {
			for _, bad := range []string{"set prices", "brand", "d:sales visit", "定价", "Chinese words", "英文也能"} {
				if strings.Contains(l, bad) {
					t.Errorf("%s: the built-in's example %q on acme: %q", lang.Code(), bad, l)
				}
			}
		}
		if !strings.HasPrefix(queries[2], "d:") {
			t.Errorf("%s: third example %q is not a department's", lang.Code(), queries[2])
		}
		again, _ := startExamples(t, driveConfig(t, 120, 35, cfg).keys("/").screen())
		if strings.Join(again, "|") != strings.Join(queries, "|") {
			t.Errorf("%s: examples %q, then %q", lang.Code(), queries, again)
		}
		for _, q := range queries {
			d := driveConfig(t, 120, 35, cfg).keys("/").typeText(q)
			s := d.search()
			if len(s.results) == 0 || s.noMention || s.matches == 0 {
				t.Errorf("%s: example %q finds nothing:\n%s", lang.Code(), q, d.screen())
			}
		}
		t.Logf("%s:\n%s", lang.Code(), strings.Join(lines, "\n"))
	}
}

// TestSearchStartExamplesBilingual: content with a duty written in both
// languages keeps the line saying words of one language find the other's
// duties, with a word that does.
func TestSearchStartExamplesBilingual(t *testing.T) {
	org, err := content.Load(content.Dir("testdata/coded"))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs {
		cfg := Config{Org: org, Lang: lang, Theme: ThemeDark}
		start := driveConfig(t, 120, 35, cfg).keys("/").screen()
		queries, lines := startExamples(t, start)
		says := catalog[lang].search.examples[3].says
		if len(lines) == 0 || !strings.HasSuffix(lines[len(lines)-1], says) {
			t.Fatalf("%s: no line %q:\n%s", lang.Code(), says, start)
		}
		for _, q := range queries {
			d := driveConfig(t, 120, 35, cfg).keys("/").typeText(q)
			if s := d.search(); len(s.results) == 0 || s.noMention || s.matches == 0 {
				t.Errorf("%s: example %q finds nothing:\n%s", lang.Code(), q, d.screen())
			}
		}
		t.Logf("%s:\n%s", lang.Code(), strings.Join(lines, "\n"))
	}
}

// TestSearchStartExamplesSomeDutiesInBoth (tryout21 F17): where only some
// duties are written in both languages, the other-language example says
// what is true (a word finds the duties also written in that language),
// not that Chinese words find English duties; its word finds its duty.
func TestSearchStartExamplesSomeDutiesInBoth(t *testing.T) {
	org := loadFolder(t, map[string]string{
		"en/engineering.md": "---\nid: engineering\nname: Engineering\n---\n\n## Work {#work}\n\n- Hire engineers.\n- Review the code.\n",
		"zh/engineering.md": "---\nid: engineering\nname: 工程部\n---\n\n## 工作 {#work}\n\n- 招聘工程师。\n- 审查代码。\n",
		"en/people.md":      "---\nid: people\nname: People team\n---\n\n## Work {#work}\n\n- Run payroll.\n- Hire engineers.\n",
	})
	for _, lang := range model.Langs {
		cfg := Config{Org: org, Lang: lang, Theme: ThemeDark}
		start := driveConfig(t, 120, 35, cfg).keys("/").screen()
		queries, lines := startExamples(t, start)
		want, untrue := catalog[lang].search.twins, catalog[lang].search.examples[3].says
		if len(lines) == 0 || !strings.HasSuffix(lines[len(lines)-1], want) || strings.Contains(start, untrue) {
			t.Fatalf("%s: want the last example to say %q, and no %q:\n%s", lang.Code(), want, untrue, start)
		}
		q := queries[len(queries)-1]
		if s := driveConfig(t, 120, 35, cfg).keys("/").typeText(q).search(); len(s.results) == 0 || s.noMention || s.matches == 0 {
			t.Errorf("%s: example %q finds nothing", lang.Code(), q)
		}
	}
}
