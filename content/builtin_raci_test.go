package content

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// builtinRACI is every RACI line and hand-off link of the built-in
// content, by the path of the node that carries it, with the seed each is
// drawn from. Nothing else may carry one: an annotation the sources do not
// support must not creep in.
var builtinRACI = map[string]struct {
	lines string // "role=unit …" and "link=path …", as resolved
	seeds []string
}{
	// Marketing plans the channels, prices and promotion; sales carries
	// them out (001 item 2, 002 item 2, 004 层次).
	"sales/field-execution/1": {"accountable=marketing", []string{"five-differences", "furniture-marketing", "market-vs-sales-zh"}},
	"sales/field-execution/2": {"accountable=marketing", []string{"five-differences", "furniture-marketing", "market-vs-sales-zh"}},
	"sales/field-execution/3": {"accountable=marketing", []string{"five-differences", "furniture-marketing", "market-vs-sales-zh"}},
	// In-store activation is sales work and where the two talk most; sales
	// helps marketing make its promotion work (004, 配合).
	"sales/in-store/2": {"consulted=marketing", []string{"market-vs-sales-zh"}},
	"sales/in-store/3": {"consulted=marketing", []string{"market-vs-sales-zh"}},
	"sales/in-store/4": {"consulted=marketing", []string{"market-vs-sales-zh"}},
	"sales/in-store/5": {"consulted=marketing", []string{"market-vs-sales-zh"}},
	"sales/in-store/6": {"accountable=marketing", []string{"market-vs-sales-zh"}},
	"sales/in-store/7": {"consulted=marketing", []string{"market-vs-sales-zh"}},
	// The feedback loop: sales reports to marketing (004, 市场—销售—市场).
	"sales/feedback": {"informed=marketing", []string{"market-vs-sales-zh"}},
	// The hand-offs (004, 市场部与销售部的配合).
	"marketing-to-sales/plans":     {"From=marketing/overall/6 Returns=sales-to-marketing", []string{"market-vs-sales-zh"}},
	"marketing-to-sales/plans/1":   {"To=sales/field-execution/3 Returns=sales-to-marketing/reports/6", []string{"market-vs-sales-zh"}},
	"marketing-to-sales/plans/2":   {"To=sales/in-store/3 Returns=sales-to-marketing/reports/6", []string{"market-vs-sales-zh"}},
	"marketing-to-sales/plans/3":   {"To=sales/in-store/4 Returns=sales-to-marketing/reports/3", []string{"market-vs-sales-zh"}},
	"sales-to-marketing/reports":   {"From=sales/feedback/4", []string{"market-vs-sales-zh"}},
	"sales-to-marketing/reports/8": {"From=sales/feedback/3 To=marketing/overall/5", []string{"market-vs-sales-zh"}},
	"sales-to-marketing/reports/9": {"From=sales/feedback/1", []string{"market-vs-sales-zh"}},
	// Both serve the merchants who sign up for an exhibition, and the
	// source does not say how they share it (000).
	"operations/registration-services/1": {"overlaps=sales/exhibition-sales/3", []string{"sina-org"}},
}

// annotation writes a node's RACI lines and links as builtinRACI does.
func annotation(n *model.Node) string {
	var parts []string
	for _, role := range model.RACIRoles {
		if n.RACI().Has(role) {
			parts = append(parts, role.String()+"="+strings.Join(paths(n.RACI().Units[role]), ","))
		}
	}
	for k := range model.NumLinks {
		if n.Links().Has(k) {
			var ps []string
			for _, t := range n.Links().Nodes[k] {
				if t == nil {
					ps = append(ps, "<nothing>")
				} else {
					ps = append(ps, t.Path)
				}
			}
			parts = append(parts, fmt.Sprintf("%s=%s", k, strings.Join(ps, ",")))
		}
	}
	if o := n.Overlap(); o != nil {
		var ps []string
		for _, d := range o.Duties {
			if d == nil {
				ps = append(ps, "<nothing>")
			} else {
				ps = append(ps, d.Path)
			}
		}
		parts = append(parts, "overlaps="+strings.Join(ps, ","))
	}
	return strings.Join(parts, " ")
}

// TestBuiltinRACIOnlyWhereTheSourcesSaySo checks each annotation of the
// built-in content, that it cites its seeds, that both languages carry it
// (the loader has checked that they agree), and that there are no others.
func TestBuiltinRACIOnlyWhereTheSourcesSaySo(t *testing.T) {
	org, err := Load(Builtin())
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	for _, n := range org.Nodes() {
		if n.RACI() == nil && n.Links() == nil && n.Overlap() == nil {
			continue
		}
		seen = append(seen, n.Path)
		want, ok := builtinRACI[n.Path]
		if !ok {
			t.Errorf("%s carries %q, which no seed is listed for", n.Path, annotation(n))
			continue
		}
		if got := annotation(n); got != want.lines {
			t.Errorf("%s: %q, want %q", n.Path, got, want.lines)
		}
		var cited []string
		for _, s := range org.SourcesOf(n) {
			cited = append(cited, s.ID)
		}
		for _, s := range want.seeds {
			if !slices.Contains(cited, s) {
				t.Errorf("%s: the annotation draws on %s, but the node cites %v", n.Path, s, cited)
			}
		}
		for _, l := range model.Langs {
			f := n.Loc[l].File
			data, err := builtinFS.ReadFile("builtin/" + strings.TrimPrefix(f, "built-in/"))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			keys := []string{"Accountable:", "Consulted:", "Informed:", "From:", "To:", "Returns:", "Overlaps:"}
			if l == model.Zh {
				keys = []string{"批准：", "咨询：", "知会：", "提供方：", "接收方：", "回传：", "重叠："}
			}
			// The attribute lines right under the node's own line.
			var attrs string
			for _, line := range strings.Split(string(data), "\n")[n.Loc[l].Line:] {
				if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "#") {
					break // the end of the node's attribute lines
				}
				attrs += line + "\n"
			}
			if !slices.ContainsFunc(keys, func(k string) bool { return strings.Contains(attrs, k) }) {
				t.Errorf("%s: %s:%d is not followed by its annotation in %s", n.Path, f, n.Loc[l].Line, l.Code())
			}
		}
	}
	var want []string
	for p := range builtinRACI {
		want = append(want, p)
	}
	sort.Strings(want)
	sort.Strings(seen)
	if !slices.Equal(seen, want) {
		t.Errorf("annotated nodes %v, want %v", seen, want)
	}
}

// TestBuiltinWhoIsAccountable: the built-in content answers the questions
// the sources answer.
func TestBuiltinWhoIsAccountable(t *testing.T) {
	org, err := Load(Builtin())
	if err != nil {
		t.Fatal(err)
	}
	mkt, sales := org.Node("marketing"), org.Node("sales")
	for _, tc := range []struct {
		path string
		role model.RACIRole
		want *model.Node
	}{
		{"marketing/responsibilities/8", model.Accountable, mkt}, // decide the prices
		{"sales/field-execution/2", model.Accountable, mkt},      // apply them
		{"sales/field-execution/2", model.Responsible, sales},
		{"sales/field-execution/1", model.Accountable, mkt}, // channels
		{"sales/field-execution/3", model.Accountable, mkt}, // promotion
		{"sales/feedback/1", model.Informed, mkt},           // the feedback loop
		{"sales/feedback/1", model.Accountable, sales},
	} {
		if got := model.Holders(org.Node(tc.path), tc.role); !slices.Equal(got, []*model.Node{tc.want}) {
			t.Errorf("%s %s: %v, want %s", tc.path, tc.role, paths(got), tc.want.Path)
		}
	}
	sends, receives := org.HandOffsOf(org.Node("sales/in-store/4"))
	if len(sends) != 0 || len(receives) != 1 || receives[0].Node.Path != "marketing-to-sales/plans/3" ||
		len(receives[0].Returns) != 1 || receives[0].Returns[0].Path != "sales-to-marketing/reports/3" {
		t.Errorf("POP material: sends %v, receives %v", sends, receives)
	}
	var back []string
	for _, h := range org.HandOffs() {
		if h.Node.Path == "sales-to-marketing/reports/6" {
			back = paths(h.ReturnFor)
		}
	}
	if !slices.Equal(back, []string{"marketing-to-sales/plans/1", "marketing-to-sales/plans/2"}) {
		t.Errorf("feedback on promotions answers %v", back)
	}
}
