package diagram

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

var (
	builtinOnce sync.Once
	builtinOrg  *model.Org
	builtinErr  error
)

func builtin(t testing.TB) *model.Org {
	t.Helper()
	builtinOnce.Do(func() { builtinOrg, builtinErr = content.Load(content.Builtin()) })
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	return builtinOrg
}

// langSets are the --lang choices: each language, and both.
var langSets = map[string][]model.Lang{"en": {model.En}, "zh": {model.Zh}, "all": {model.En, model.Zh}}

// writers are the two formats, each with the parser that reads it back.
var writers = []struct {
	name  string
	write func(*bytes.Buffer, *Graph) error
	parse func(string) (*Graph, error)
}{
	{"mermaid", func(b *bytes.Buffer, g *Graph) error { return Mermaid(b, g) }, parseMermaid},
	{"dot", func(b *bytes.Buffer, g *Graph) error { return DOT(b, g) }, parseDOT},
}

// shape is g as its source can tell it: a department and a position are
// both boxes there.
func shape(g *Graph) *Graph {
	var fold func([]Item) []Item
	fold = func(items []Item) []Item {
		if items == nil {
			return nil
		}
		out := make([]Item, len(items))
		for i, it := range items {
			out[i] = it
			switch it.Kind {
			case KindPosition:
				out[i].Kind = KindDepartment
			case KindDepartmentGroup:
				out[i].Kind = KindGroup
			}
			out[i].Items = fold(it.Items)
		}
		return out
	}
	return &Graph{Direction: g.Direction, Items: fold(g.Items), Edges: g.Edges}
}

// roundTrip writes g in every format, reads it back and fails unless the
// structure read is g's.
func roundTrip(t *testing.T, g *Graph) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, w := range writers {
		var b bytes.Buffer
		if err := w.write(&b, g); err != nil {
			t.Fatal(err)
		}
		got, err := w.parse(b.String())
		if err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		if want := shape(g); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the source reads as another diagram: %s", w.name, firstDifference(got, want))
		}
		out[w.name] = b.String()
	}
	return out
}

// firstDifference says where two graphs first differ.
func firstDifference(got, want *Graph) string {
	if got.Direction != want.Direction {
		return fmt.Sprintf("direction %q, want %q", got.Direction, want.Direction)
	}
	var items func(path string, a, b []Item) string
	items = func(path string, a, b []Item) string {
		for i := range max(len(a), len(b)) {
			switch {
			case i >= len(a):
				return fmt.Sprintf("%s: missing %+v", path, b[i])
			case i >= len(b):
				return fmt.Sprintf("%s: extra %+v", path, a[i])
			}
			if a[i].ID != b[i].ID || a[i].Kind != b[i].Kind || !reflect.DeepEqual(a[i].Lines, b[i].Lines) {
				return fmt.Sprintf("%s[%d]: %s %d %q, want %s %d %q", path, i, a[i].ID, a[i].Kind, a[i].Lines, b[i].ID, b[i].Kind, b[i].Lines)
			}
			if d := items(path+"/"+a[i].ID, a[i].Items, b[i].Items); d != "" {
				return d
			}
		}
		return ""
	}
	if d := items("", got.Items, want.Items); d != "" {
		return d
	}
	for i := range max(len(got.Edges), len(want.Edges)) {
		switch {
		case i >= len(got.Edges):
			return fmt.Sprintf("edge %d missing: %+v", i, want.Edges[i])
		case i >= len(want.Edges):
			return fmt.Sprintf("edge %d extra: %+v", i, got.Edges[i])
		case !reflect.DeepEqual(got.Edges[i], want.Edges[i]):
			return fmt.Sprintf("edge %d: %+v, want %+v", i, got.Edges[i], want.Edges[i])
		}
	}
	return "equal"
}

func TestBuiltinDiagrams(t *testing.T) {
	org := builtin(t)
	for name, langs := range langSets {
		for _, positions := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s_positions=%v", name, positions), func(t *testing.T) {
				g := Build(org, Options{Langs: langs, Positions: positions})
				boxes, groups, edges := g.Count()
				t.Logf("%s: %d boxes, %d groups, %d edges", name, boxes, groups, edges)
				srcs := roundTrip(t, g)
				renderDOT(t, srcs["dot"], g)
			})
		}
	}
}

// TestBuiltinDiagramSays checks what the built-in organisation's diagram
// says: the groups of seed 000, each a labelled box around its
// departments, the planning department in none; a box per department with
// its duties; and the marketing ⇄ sales loop with what goes each way and
// how many items.
func TestBuiltinDiagramSays(t *testing.T) {
	org := builtin(t)
	g := Build(org, Options{Langs: []model.Lang{model.Zh, model.En}})
	idOf := map[string]string{}
	for i, d := range org.Departments {
		idOf["d"+strconv.Itoa(i+1)] = d.ID
	}
	var layout []string
	for _, it := range g.Items {
		if it.Kind != KindDepartmentGroup {
			layout = append(layout, idOf[it.ID])
			continue
		}
		var in []string
		for _, m := range it.Items {
			in = append(in, idOf[m.ID])
		}
		layout = append(layout, strings.Join(it.Lines, " / ")+": "+strings.Join(in, " "))
	}
	want := []string{
		"前端部门 / Front-office departments: marketing sales operations",
		"重要部门 / Important departments: general-office hr finance production-tech",
		"其他部门 / Other departments: party-mass trade-union security logistics",
		"planning",
	}
	if !reflect.DeepEqual(layout, want) {
		t.Errorf("the diagram's groups:\n%s\nwant:\n%s", strings.Join(layout, "\n"), strings.Join(want, "\n"))
	}
	g = Build(org, Options{Langs: []model.Lang{model.Zh}})
	mkt, sales := org.Department("marketing"), org.Department("sales")
	box := func(d *model.Node) Item {
		for i, dd := range org.Departments {
			if dd == d {
				id := "d" + strconv.Itoa(i+1)
				var find func([]Item) *Item
				find = func(items []Item) *Item {
					for k := range items {
						if items[k].ID == id {
							return &items[k]
						}
						if f := find(items[k].Items); f != nil {
							return f
						}
					}
					return nil
				}
				if f := find(g.Items); f != nil {
					return *f
				}
			}
		}
		t.Fatalf("no box for %s", d.ID)
		return Item{}
	}
	if got, want := box(mkt).Lines, []string{"市场部", strconv.Itoa(mkt.Duties) + " 项职责"}; !reflect.DeepEqual(got, want) {
		t.Errorf("marketing's box says %q, want %q", got, want)
	}
	var loop []string
	for _, e := range g.Edges {
		if e.Kind == EdgeHandOff {
			loop = append(loop, e.From+">"+e.To+" "+strings.Join(e.Lines, " / "))
		}
	}
	want = []string{
		box(mkt).ID + ">" + box(sales).ID + " 市场部向销售部提供什么 / 5 项",
		box(sales).ID + ">" + box(mkt).ID + " 销售部向市场部反馈什么 / 9 项",
	}
	if !reflect.DeepEqual(loop, want) {
		t.Errorf("hand-offs %q, want %q", loop, want)
	}
}

// TestHostileNamesKeepStructure builds organisations whose every name,
// heading and hand-off is made of what breaks diagram sources (quotes,
// brackets, arrows, keywords, comments, directives, entities, markup,
// backslash escapes, line breaks, escape codes, invalid UTF-8), and checks
// that each format reads back as the intended diagram, every name shown
// as itself.
func TestHostileNamesKeepStructure(t *testing.T) {
	for seed := range uint64(20) {
		org := hostileOrg(seed)
		for _, positions := range []bool{false, true} {
			g := Build(org, Options{Langs: []model.Lang{model.En, model.Zh}, Positions: positions})
			for i, d := range org.Departments {
				want := Clean(d.Title[model.En])
				if want == "" {
					want = Clean(d.Title[model.Zh])
				}
				if want == "" {
					want = "?" // nothing but controls and spaces: the loader refuses such names
				}
				if !hasLine(g, "d"+strconv.Itoa(i+1), want) {
					t.Fatalf("seed %d: department %d's box does not say %q", seed, i+1, want)
				}
			}
			groups, _, alone := org.Grouped()
			for i, grp := range groups {
				want := Clean(grp.Name[model.En])
				if want == "" {
					want = Clean(grp.Name[model.Zh])
				}
				if want != "" && !hasLine(g, "g"+strconv.Itoa(i+1), want) {
					t.Fatalf("seed %d: group %d's box does not say %q", seed, i+1, want)
				}
			}
			if _, grs, _ := g.Count(); len(groups) != 3 || len(alone) != 2 || grs < 3 {
				t.Fatalf("seed %d: %d groups and %d departments alone, want 3 and 2 (%s)", seed, len(groups), len(alone), g)
			}
			srcs := roundTrip(t, g)
			if seed < 5 {
				renderDOT(t, srcs["dot"], g)
			}
		}
	}
}

func hasLine(g *Graph, id, line string) bool {
	var find func([]Item) bool
	find = func(items []Item) bool {
		for _, it := range items {
			if it.ID == id {
				for _, l := range it.Lines {
					if l == line {
						return true
					}
				}
			}
			if find(it.Items) {
				return true
			}
		}
		return false
	}
	return find(g.Items)
}

// hostile are pieces of names that mean something to Mermaid, DOT,
// Graphviz labels, HTML or a terminal.
var hostile = []string{
	`"`, `'`, `[`, `]`, `(`, `)`, `{`, `}`, `-->`, `---`, `~~~`, `->`, `--`, `|`, `;`, `,`, `=`, `:::`,
	"end", "subgraph", "graph", "flowchart", "direction", "click", "style", "classDef", "digraph", "node", "edge",
	"cluster_x", "o", "x", "%%", `%%{init: {"theme": "forest"}}%%`, "#", "#quot;", "#35;", "#lt;", "&amp;",
	"&#60;", "&lt;b&gt;", "<b>bold</b>", "<br>", "<", ">", "<<TABLE>>", `\`, `\N`, `\G`, `\n`, `\l`, `\r`, `\"`,
	`\\`, "`", "```js", "\n", "\r\n", "\t", "\x1b[31mred\x1b[0m", "\x1b]8;;http://evil\x07link\x1b]8;;\x07",
	"\x1b]52;c;cGF5bG9hZA==\x07", "\x00", "\x7f", "\u0085", "\u202e", "\u2066", "\xff\xfe", "\"]; x [label=\"",
	`"] --> x["`, "A-->B", "end\nsubgraph", `}; digraph { evil }`, "市场部", "销售部", "👩‍💼", "e\u0301",
	"&", "#124;", "%", "$", "*", "_", "+", "@", "=cmd|' /C calc'!A0", "style d1 fill:#f00;", "classDef x fill:#f00;",
	"lifestyle: #1;", "click d1 call alert()",
}

// hostileOrg is a small organisation named from the hostile pieces: eight
// departments with positions and groups of positions, and hand-offs
// between them.
func hostileOrg(seed uint64) *model.Org {
	r := rand.New(rand.NewPCG(seed, 7))
	name := func() string {
		var b strings.Builder
		for range 1 + r.IntN(4) {
			if r.IntN(3) == 0 {
				b.WriteString(" ")
			}
			b.WriteString(hostile[r.IntN(len(hostile))])
		}
		return b.String()
	}
	text := func() model.Text { return model.Text{name(), name()} }
	var docs []*model.Node
	const n = 8
	for i := range n {
		d := &model.Node{ID: "d" + strconv.Itoa(i), Kind: model.KindDepartment, Title: text(), Details: &model.Details{Order: i}}
		if i%4 != 3 { // every fourth department in no group
			d.Edit().Group = "g" + strconv.Itoa(i%3)
		}
		grp := &model.Node{ID: "g", Kind: model.KindSection, Role: model.RoleGroup, Title: text()}
		for j := range r.IntN(4) {
			pos := &model.Node{ID: "p" + strconv.Itoa(j), Kind: model.KindSection, Role: model.RolePosition, Title: text()}
			pos.Children = []*model.Node{{ID: "1", Kind: model.KindDuty, Title: text()}}
			if j == 2 { // a position under a position
				pos.Children = append(pos.Children, &model.Node{ID: "q", Kind: model.KindSection, Role: model.RolePosition, Title: text()})
			}
			grp.Children = append(grp.Children, pos)
		}
		d.Children = []*model.Node{grp, {ID: "1", Kind: model.KindDuty, Title: text()}}
		docs = append(docs, d)
	}
	for k := range 6 {
		from, to := r.IntN(n), r.IntN(n)
		rel := &model.Node{ID: "r" + strconv.Itoa(k), Kind: model.KindRelation, Title: text(), Details: &model.Details{Order: k, From: "d" + strconv.Itoa(from), To: "d" + strconv.Itoa(to)}}
		rel.Children = []*model.Node{{ID: "1", Kind: model.KindPoint, Title: text()}}
		docs = append(docs, rel)
	}
	org := model.NewOrg(docs, nil)
	for k := range 3 {
		org.Groups = append(org.Groups, &model.Group{ID: "g" + strconv.Itoa(k), Name: text()})
	}
	return org
}

// TestLargeOrganisation writes the diagram of a generated organisation of
// 1,000 departments, each handing work to the next and every third pair
// back, and reads it back in both formats; Graphviz lays it out.
func TestLargeOrganisation(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	org := synth.WithHandOffs(1000, 3, 1)
	if len(org.Departments) != 1000 {
		t.Fatalf("%d departments", len(org.Departments))
	}
	for _, langs := range [][]model.Lang{{model.En}, {model.Zh}} {
		g := Build(org, Options{Langs: langs})
		boxes, _, edges := g.Count()
		if boxes != 1000 || edges != len(HandOffs(org)) {
			t.Fatalf("%d boxes and %d edges for 1,000 departments and %d hand-offs", boxes, edges, len(HandOffs(org)))
		}
		srcs := roundTrip(t, g)
		if langs[0] == model.En {
			renderDOT(t, srcs["dot"], g)
		}
	}
	// With positions: some 40,000 boxes. Read back, not laid out (dot
	// takes minutes over so many).
	roundTrip(t, Build(org, Options{Langs: []model.Lang{model.En}, Positions: true}))
}

// renderDOT lays src out with Graphviz (dot -Tsvg), the reference tool,
// and checks the picture shows g: every box, cluster and visible edge
// with its label lines as written. Skipped when dot is not installed
// (.ci/run installs it).
func renderDOT(t *testing.T, src string, g *Graph) {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		t.Log("dot (graphviz) is not installed: the layout check is skipped")
		return
	}
	cmd := exec.CommandContext(context.Background(), path, "-Tsvg")
	cmd.Stdin = strings.NewReader(src)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot -Tsvg: %v\n%s", err, errb.String())
	}
	if strings.Contains(strings.ToLower(errb.String()), "error") || strings.Contains(errb.String(), "syntax") {
		t.Fatalf("dot -Tsvg complains:\n%s", errb.String())
	}
	got := svgShapes(t, out.Bytes())
	want := map[string][]string{}
	var walk func([]Item)
	walk = func(items []Item) {
		for _, it := range items {
			key := "node " + it.ID
			if it.Kind == KindGroup || it.Kind == KindDepartmentGroup {
				key = "cluster cluster_" + it.ID
				walk(it.Items)
			}
			want[key] = it.Lines
		}
	}
	walk(g.Items)
	count := map[string]int{}
	back := writtenBack(g.Edges)
	for i, e := range g.Edges {
		if e.Kind == EdgeLayout {
			continue // invisible
		}
		key := "edge " + e.From + "->" + e.To
		if back[i] {
			key = "edge " + e.To + "->" + e.From // drawn pointing at its first node
		}
		count[key]++
		if count[key] > 1 {
			key += "#" + strconv.Itoa(count[key])
		}
		want[key] = e.Lines
	}
	if len(got) != len(want) {
		t.Fatalf("the SVG has %d shapes, want %d", len(got), len(want))
	}
	for k, lines := range want {
		if !reflect.DeepEqual(got[k], lines) {
			t.Fatalf("%s shows %q, want %q", k, got[k], lines)
		}
	}
}

// svgShapes reads Graphviz's SVG: for each node, cluster and edge group,
// its title and the lines of text drawn in it.
func svgShapes(t *testing.T, svg []byte) map[string][]string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = false
	out := map[string][]string{}
	count := map[string]int{}
	var class, title, key string
	var inTitle, inText bool
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "g":
				for _, a := range tok.Attr {
					if a.Name.Local == "class" && (a.Value == "node" || a.Value == "cluster" || a.Value == "edge") {
						class, title, key = a.Value, "", ""
					}
				}
			case "title":
				inTitle = class != ""
			case "text":
				inText = key != ""
				text.Reset()
			}
		case xml.CharData:
			if inTitle {
				title += string(tok)
			}
			if inText {
				text.Write(tok)
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "title":
				if inTitle {
					inTitle = false
					key = class + " " + title
					count[key]++
					if count[key] > 1 {
						key += "#" + strconv.Itoa(count[key])
					}
					out[key] = nil
				}
			case "text":
				if inText {
					out[key] = append(out[key], strings.ReplaceAll(text.String(), "\u00a0", " "))
					inText = false
				}
			case "g":
				class, key = "", ""
			}
		}
	}
	return out
}

// BenchmarkExport1000 builds the diagram of 1,000 departments with their
// hand-offs and writes it in both formats (without and with positions).
func BenchmarkExport1000(b *testing.B) {
	org := synth.WithHandOffs(1000, 20, 1)
	for _, positions := range []bool{false, true} {
		b.Run(fmt.Sprintf("positions=%v", positions), func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				g := Build(org, Options{Langs: []model.Lang{model.En, model.Zh}, Positions: positions})
				buf.Reset()
				_ = Mermaid(&buf, g)
				_ = DOT(&buf, g)
			}
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
	}
}
