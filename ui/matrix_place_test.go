package ui

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// styledRow is the screen line holding text, as cells with their styles.
func (d *driver) styledRow(text string) uv.Line {
	d.t.Helper()
	for _, l := range uv.NewStyledString(d.m.Render()).Lines(ansi.GraphemeWidth) {
		if strings.Contains(l.String(), text) {
			return l
		}
	}
	d.t.Fatalf("%q is not on screen:\n%s", text, d.screen())
	return nil
}

// tryout23 G8: split work filtered by a role keeps both sides of the
// split, as `dutymap matrix --role C --shared` does: marketing's C beside
// sales' R and A, those dimmed as not the role asked for.
func TestMatrixSplitByRoleKeepsBothSides(t *testing.T) {
	d := newDriver(t, 120, 30, model.En)
	d.reveal("marketing").keys("m", "s", "C")
	const duty = "Back up the promotions run in the stores." // not the selected row, whose letters are all its own style
	if !strings.Contains(d.screen(), "only C Consulted · split work only") {
		t.Fatalf("the filters:\n%s", d.screen())
	}
	if got := cellsAfter(d.rowOf(duty), duty); got != "C RA" {
		t.Fatalf("the split's two sides: %q, want \"C RA\":\n%s", got, d.screen())
	}
	dim := d.m.sh.st.StatusDim.GetForeground()
	for _, c := range d.styledRow(duty) {
		switch c.Content {
		case "C":
			if c.Style.Fg == dim {
				t.Error("the letter of the role asked for is dimmed")
			}
		case "R", "A":
			if c.Style.Fg != dim {
				t.Errorf("%s, not the role asked for, is not dimmed: %v", c.Content, c.Style.Fg)
			}
		}
	}
	if !strings.Contains(d.screen(), "dim: the split's other roles") {
		t.Errorf("the legend does not say what the dimmed letters are:\n%s", d.screen())
	}
	d.keys("s") // the role alone: only its letter
	if strings.Contains(d.screen(), "dim: the split's other roles") {
		t.Errorf("no letter is dimmed, yet the legend names them:\n%s", d.screen())
	}
	if got := cellsAfter(d.rowOf(duty), duty); got != "C" {
		t.Errorf("the role without split work: %q, want \"C\"", got)
	}
	// In Chinese a space parts the letter from the words around it.
	if scr := newDriver(t, 120, 30, model.Zh).reveal("marketing").keys("m", "s", "C").screen(); !strings.Contains(scr, "仅 C 咨询 · 仅分担的工作") {
		t.Errorf("zh: the filters:\n%s", scr)
	}
	// Without colour the other roles' letters are faint.
	d = driveConfig(t, 120, 30, Config{Org: testOrg(t), Lang: model.En, Theme: ThemeDark, NoColor: true, Similarity: testSimilarity(t)})
	d.reveal("marketing").keys("m", "s", "C")
	for _, c := range d.styledRow(duty) {
		faint := c.Style.Attrs&uv.AttrFaint != 0
		if (c.Content == "C" && faint) || ((c.Content == "R" || c.Content == "A") && !faint) {
			t.Errorf("NO_COLOR: %s faint %v", c.Content, faint)
		}
	}
}

// tryout23 G8: two rows whose duties read the same ("Hire engineers." in
// Engineering and in the People team's work) each say where they live;
// a row whose text is its own does not.
func TestMatrixRepeatedDutiesSayWhere(t *testing.T) {
	files := fstest.MapFS{
		"en/eng.md":    {Data: []byte("---\nid: eng\nname: Engineering\n---\n## Responsibilities {#resp}\n- Write code.\n- Hire engineers.\n  Responsible: people\n## Positions {#positions}\n### Tech lead {#lead .position}\n- Write code.\n")},
		"en/people.md": {Data: []byte("---\nid: people\nname: People team\n---\n## Work {#work}\n- Run payroll every month.\n- Hire engineers.\n- Hire engineers.\n")},
		"zh/eng.md":    {Data: []byte("---\nid: eng\nname: 工程部\n---\n## 职责 {#resp}\n- 写代码。\n- 招聘工程师。\n  负责：people\n## 岗位 {#positions}\n### 技术负责人 {#lead .position}\n- 写代码。\n")},
		"zh/people.md": {Data: []byte("---\nid: people\nname: 人力团队\n---\n## 工作 {#work}\n- 每月发放工资。\n- 招聘工程师。\n- 招聘工程师。\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang                 model.Lang
		own, inEng, inPeople string
	}{
		{model.En, "Run payroll every month.", "Hire engineers. · Engineering", "Hire engineers. · People team › Work"},
		{model.Zh, "每月发放工资。", "招聘工程师。 · 工程部", "招聘工程师。 · 人力团队 › 工作"},
	} {
		d := driveConfig(t, 100, 20, Config{Org: org, Lang: c.lang, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
		d.reveal("people").keys("m")
		scr := d.screen()
		// People team's work has the duty twice in one department: the
		// whole way down; Engineering's differs by department.
		if strings.Count(scr, c.inPeople) != 2 || strings.Count(scr, c.inEng) != 1 {
			t.Errorf("%s: the repeated rows do not say where each lives:\n%s", c.lang.Code(), scr)
		}
		if !strings.Contains(scr, c.own+"  ") || strings.Contains(scr, c.own+" ·") {
			t.Errorf("%s: a duty of its own wording names a place:\n%s", c.lang.Code(), scr)
		}
	}
	// Within one department, the way from where their places part: not
	// the department both are in.
	d := driveConfig(t, 100, 20, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
	d.reveal("eng").keys("m")
	if scr := d.screen(); !strings.Contains(scr, "Write code. · Responsibilities ") || !strings.Contains(scr, "Write code. · Positions › Tech lead ") {
		t.Errorf("the same duty twice in Engineering:\n%s", scr)
	}
}

// tryout23 G8: on a narrow window the matrix's title keeps the unit's
// name; "Responsibility matrix:" and then the filters give way first.
func TestMatrixTitleKeepsTheName(t *testing.T) {
	for _, c := range []struct {
		w          int
		want, lost string
	}{
		{120, "Responsibility matrix: Marketing department", ""},
		{60, "Marketing department 5 duties · only C Consulted · split wo…", "Responsibility matrix"},
		{40, "Marketing department 5 duties · only C …", "Responsibility matrix"},
		{24, "Marketing depa… 5 duties", "Consulted"},
	} {
		d := newDriver(t, c.w, 12, model.En)
		d.reveal("marketing").keys("m", "s", "C")
		title := strings.Split(d.screen(), "\n")[1]
		if !strings.Contains(title, c.want) || c.lost != "" && strings.Contains(title, c.lost) {
			t.Errorf("%d columns: the title reads %q, want %q", c.w, title, c.want)
		}
	}
}
