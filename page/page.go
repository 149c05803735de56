// Package page writes Markdown documents about nodes of an organisation:
// the detail pane of the explorer and `dutymap show` print the same page.
package page

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/model"
)

// Labels are the fixed words of a page in one language.
type labels struct {
	traits, dimension, value, sections, duties, points, sources, layer, similar, summary, concerns, from, to, noDuties string
	duty, point, more                                                                                                  string
	// code and aliases head a node's own code and other names (the keys
	// of the content format); tier is how a similar duty's tier is set
	// after it, tiers the tier words by model.Likeness.
	code, aliases, tier string
	tiers               [4]string
	group               string // a department's group (groups.yaml)
	// twins heads the places a duty worded the same is listed in too.
	twins string
	// givenWork heads, on the page of a department with no duty of its
	// own, the duties written elsewhere whose RACI lines name it.
	givenWork string
}

var words = [model.NumLangs]labels{
	model.En: {"Traits", "Dimension", "This department", "Sections", "duties", "points", "Sources", "Content layer", "Similar duties elsewhere", "Summary", "Concerns", "From", "To", "The sources name this department but list no duties for it.", "duty", "point", "… and %d more: browse them in the tree or search for them.",
		"Code: %s", "Also called: %s", " (%s)", [4]string{"not alike", "related", "similar", "very similar"}, "Group: %s",
		"The same duty is also listed under", "Work written elsewhere that names it"},
	model.Zh: {"特征", "维度", "本部门", "组成部分", "项职责", "条要点", "来源", "内容层", "别处的相似职责", "概要", "涉及部门", "提供方", "接收方", "资料只提到了这个部门，没有列出具体职责。", "项职责", "条要点", "……另有 %d 项：请在树中浏览或搜索。",
		"编号：%s", "别名：%s", "（%s）", [4]string{"不相似", "相关", "相似", "非常相似"}, "分组：%s",
		"同一职责也列在", "别处写下、点名由它承担的工作"},
}

// Options tune a page.
type Options struct {
	Lang model.Lang
	// Related lists duties similar to a duty, best first, shown under
	// "Similar duties elsewhere", each with its tier (model.LikenessOf its
	// score): similar, not the same duty. Those worded exactly as the duty
	// (the content lists it in more than one place) are its twins: they
	// come first, under "The same duty is also listed under", each by its
	// place (TwinsFirst). The duty itself is never listed.
	Related []model.Match
	// ShowLayer adds which content layer the node came from.
	ShowLayer bool
	// NumberRelated numbers the similar duties, for the explorer's 1–9 keys.
	NumberRelated bool
}

// Render returns the Markdown page of n.
func Render(org *model.Org, n *model.Node, o Options) string {
	var b strings.Builder
	w := words[o.Lang]
	l := o.Lang
	if n.Kind.IsLeaf() {
		fmt.Fprintf(&b, "*%s*\n\n", esc(n.Owner(l)))
		fmt.Fprintf(&b, "# %s\n\n", esc(n.Title.In(l)))
	} else {
		if n.Parent != nil {
			fmt.Fprintf(&b, "*%s*\n\n", esc(n.Owner(l)))
		}
		fmt.Fprintf(&b, "# %s\n\n", esc(n.Title.In(l)))
	}
	writeNames(&b, org, n, l, w)
	if s := n.Summary().In(l); s != "" {
		fmt.Fprintf(&b, "**%s**\n\n", esc(s))
	}
	if body := n.Body().In(l); body != "" {
		// Sealed: an HTML comment or <pre> the text leaves open ends
		// with it, not with the page.
		b.WriteString(SealPart(body) + "\n\n")
	}
	if n.Kind == model.KindRelation {
		from, to := org.Department(n.From()), org.Department(n.To())
		if from != nil && to != nil {
			fmt.Fprintf(&b, "%s%s**%s** → %s%s**%s**\n\n", w.from, l.Colon(), esc(from.Title.In(l)), w.to, l.Colon(), esc(to.Title.In(l)))
		}
	}
	if len(n.Concerns()) > 0 {
		names := make([]string, 0, len(n.Concerns()))
		for _, id := range n.Concerns() {
			if d := org.Department(id); d != nil {
				names = append(names, d.Title.In(l))
			}
		}
		fmt.Fprintf(&b, "%s%s%s\n\n", w.concerns, l.Colon(), esc(strings.Join(names, l.ListSep())))
	}
	if n.Kind == model.KindDepartment {
		// Only the dimensions the content describes (model.GivenTraits).
		var rows []string
		for _, d := range model.GivenTraits(n.Traits(), l) {
			rows = append(rows, fmt.Sprintf("| %s | %s |\n", d.Label(l), escCell(n.Traits()[d].In(l))))
		}
		if len(rows) > 0 {
			fmt.Fprintf(&b, "## %s\n\n| %s | %s |\n|---|---|\n%s\n", w.traits, w.dimension, w.value, strings.Join(rows, ""))
		}
	}
	srcs, cite := citations(org, n)
	writeChildren(&b, n, l, w, cite)
	writeOwnership(&b, org, n, l)
	if related := TwinsFirst(n, o.Related, l); n.Kind.IsLeaf() && len(related) > 0 {
		twins := 0
		for twins < len(related) && isTwin(n, related[twins].Node, l) {
			twins++
		}
		for i, r := range related {
			switch i {
			case 0, twins:
				if i > 0 {
					b.WriteString("\n")
				}
				heading := w.similar
				if i < twins {
					heading = w.twins
				}
				fmt.Fprintf(&b, "## %s\n\n", heading)
			}
			bullet := "-"
			if o.NumberRelated && i < 9 {
				bullet = fmt.Sprintf("%d.", i+1) // numbered on across both lists, for the keys 1–9
			}
			if i < twins {
				fmt.Fprintf(&b, "%s *%s*\n", bullet, esc(r.Node.Owner(l)))
				continue
			}
			tier := fmt.Sprintf(w.tier, w.tiers[min(int(model.LikenessOf(r.Score)), len(w.tiers)-1)])
			fmt.Fprintf(&b, "%s %s — *%s*%s\n", bullet, esc(r.Node.Title.In(l)), esc(r.Node.Owner(l)), tier)
		}
		b.WriteString("\n")
	}
	// A department with no duties says so, unless its own summary or text
	// says something about it already (the built-in empty departments say
	// the source gives none): said twice, it reads as padding.
	// A department with no duty of its own may still be named by
	// another's RACI lines (a team just made to take over work): that
	// work is its page, as the matrix and search show it (verify25 W5).
	given := givenWork(org, n)
	if len(given) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", w.givenWork)
		for _, d := range given {
			fmt.Fprintf(&b, "- %s — *%s* (%s)\n", esc(d.Title.In(l)), esc(d.Owner(l)), model.AssignmentOf(d).Letters(n))
		}
		b.WriteString("\n")
	} else if n.Kind == model.KindDepartment && n.Duties == 0 && len(n.Children) == 0 &&
		n.Summary().In(l) == "" && n.Body().In(l) == "" {
		b.WriteString("*" + w.noDuties + "*\n\n")
	}
	if len(srcs) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", w.sources)
		for i, s := range srcs {
			line := esc(s.Title.In(l))
			if s.URL != "" {
				line += " — " + esc(s.URL)
			}
			bullet := "-"
			if cite != nil {
				bullet = fmt.Sprintf("%d.", i+1)
			}
			fmt.Fprintf(&b, "%s %s\n", bullet, line)
		}
		b.WriteString("\n")
	}
	if o.ShowLayer && n.Layer != "" {
		fmt.Fprintf(&b, "*%s%s%s*\n", w.layer, l.Colon(), esc(n.Layer))
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// givenWork returns, for a department that holds no duty of its own, the
// duties and points written elsewhere whose RACI lines name it, in the
// organisation's order, at most maxListed; nil for any other node.
func givenWork(org *model.Org, d *model.Node) []*model.Node {
	if org == nil || d.Kind != model.KindDepartment || d.Duties > 0 {
		return nil
	}
	// Most departments no line names: one look at each node's own lines
	// settles it before any duty's roles are worked out.
	named := false
	for _, n := range org.Nodes() {
		if r := n.RACI(); r != nil {
			for _, us := range r.Units {
				named = named || slices.Contains(us, d)
			}
		}
		if named {
			break
		}
	}
	if !named {
		return nil
	}
	var out []*model.Node
	for _, n := range org.Nodes() {
		if !n.Kind.IsLeaf() || n.Root() == d {
			continue
		}
		if a := model.AssignmentOf(n); a.Explicit() && a.Letters(d) != "" {
			out = append(out, n)
			if len(out) == maxListed {
				break
			}
		}
	}
	return out
}

// TwinsFirst orders a duty's similar duties as its page lists them: first
// its twins, worded in language l exactly as n is (the content lists the
// same duty in more than one place), then the others, each group in the
// order given; n itself is dropped, and so are the duties an Overlaps
// line pairs it with, which the page lists under "Also held by" (named
// under both headings, one duty read as two). The explorer numbers them
// in this order for its keys 1–9.
func TwinsFirst(n *model.Node, related []model.Match, l model.Lang) []model.Match {
	out := make([]model.Match, 0, len(related))
	for _, twin := range []bool{true, false} {
		for _, r := range related {
			if r.Node != n && !model.Overlaps(n, r.Node) && isTwin(n, r.Node, l) == twin {
				out = append(out, r)
			}
		}
	}
	return out
}

// isTwin reports whether duty d is worded in l exactly as n.
func isTwin(n, d *model.Node, l model.Lang) bool {
	text := strings.TrimSpace(n.Title.In(l))
	return text != "" && strings.TrimSpace(d.Title.In(l)) == text
}

// writeNames writes, on one line under the node's title, the group a
// department belongs to, the node's code and, for a section or a duty, its
// other names (aliases): the ways people look it up. A department's
// aliases are left out: they are abbreviations and other languages'
// names, for search and the resolver, not for reading.
func writeNames(b *strings.Builder, org *model.Org, n *model.Node, l model.Lang, w labels) {
	var parts []string
	if g := org.GroupOf(n); g != nil && n.Kind == model.KindDepartment {
		parts = append(parts, fmt.Sprintf(w.group, "**"+escMid(g.Name.In(l))+"**"))
	}
	if n.Code() != "" {
		parts = append(parts, fmt.Sprintf(w.code, "**"+escMid(n.Code())+"**"))
	}
	if as := n.Aliases()[l]; len(as) > 0 && !n.Kind.IsDocument() {
		names := make([]string, len(as))
		for i, a := range as {
			names[i] = escMid(a)
		}
		parts = append(parts, fmt.Sprintf(w.aliases, strings.Join(names, l.ListSep())))
	}
	if len(parts) > 0 {
		b.WriteString(strings.Join(parts, " · ") + "\n\n")
	}
}

// maxListed bounds the duties written on one page: a section of 100,000
// duties would take seconds to render and nobody reads it as one page.
const maxListed = 500

// citations returns the sources a page lists: the node's own, then any
// other its listed duties cite. When those duties do not all cite the
// node's sources, cite returns each duty's mark, the numbers of its sources
// in that list (" [2]", " [1,3]": no space inside, so a mark never wraps);
// otherwise cite is nil and the list speaks for every duty.
func citations(org *model.Org, n *model.Node) (srcs []*model.Source, cite func(*model.Node) string) {
	srcs = org.SourcesOf(n)
	if n.Kind.IsLeaf() {
		return srcs, nil
	}
	number := make(map[*model.Source]int, len(srcs))
	for i, s := range srcs {
		number[s] = i + 1
	}
	differ := false
	for _, c := range listedDuties(n) {
		own := org.SourcesOf(c)
		differ = differ || !slices.Equal(own, srcs)
		for _, s := range own {
			if number[s] == 0 {
				srcs = append(srcs, s)
				number[s] = len(srcs)
			}
		}
	}
	if !differ {
		return srcs, nil
	}
	return srcs, func(c *model.Node) string {
		ns := make([]int, 0, 3)
		for _, s := range org.SourcesOf(c) {
			ns = append(ns, number[s])
		}
		slices.Sort(ns) // in the order of the list they point into
		nums := make([]string, len(ns))
		for i, k := range ns {
			nums[i] = strconv.Itoa(k)
		}
		return " [" + strings.Join(nums, ",") + "]"
	}
}

// dutyMarks are the citation marks of the duties written directly under
// s, in order (nil when cite is nil), each computed once; shared is the
// mark they all share when there are two or more: a section's heading
// carries it once and its duties none, where the page repeated "[4,5]"
// after each of a section's 15 duties (tryout24 H12).
func dutyMarks(s *model.Node, cite func(*model.Node) string) (marks []string, shared string) {
	if cite == nil {
		return nil, ""
	}
	for _, c := range s.Children {
		if c.Kind.IsLeaf() {
			marks = append(marks, cite(c))
		}
	}
	if len(marks) >= 2 && !slices.ContainsFunc(marks[1:], func(m string) bool { return m != marks[0] }) {
		shared = marks[0]
	}
	return marks, shared
}

// writeChildren lists every duty beneath n, under its sections, each duty
// with its citation mark when cite is not nil: a section is a heading with
// its count ("## Positions — 94 duties"), its sub-sections headings one
// level down, its duties a numbered list, so a department's page is all it
// does on one page. At most maxListed duties are written (listedDuties);
// a line counts the rest.
func writeChildren(b *strings.Builder, n *model.Node, l model.Lang, w labels, cite func(*model.Node) string) {
	one, many := w.duty, w.duties
	if n.Root().Kind != model.KindDepartment {
		one, many = w.point, w.points
	}
	listed := 0
	// marks are s's duties' marks (dutyMarks), shared the one s's heading
	// carries for all of them: a duty with that mark is not marked again.
	var write func(s *model.Node, level int, marks []string, shared string) bool
	write = func(s *model.Node, level int, marks []string, shared string) bool {
		i := 0
		for _, c := range s.Children {
			if !c.Kind.IsLeaf() {
				continue
			}
			if listed == maxListed {
				// A paragraph of its own: right after the list it was
				// the last duty's continuation, told apart only by italics.
				fmt.Fprintf(b, "\n*"+w.more+"*\n", n.Duties-listed)
				return false
			}
			mark := ""
			if marks != nil && marks[i] != shared {
				mark = marks[i]
			}
			i++
			listed++
			item := fmt.Sprintf("%d. ", i)
			fmt.Fprintf(b, "%s%s%s\n", item, esc(c.Title.In(l)), mark)
			// Who holds the duty, as its own page and the Markdown export
			// say it: checking a RACI line should not take opening
			// every duty (tryout18 E).
			for _, line := range HolderLines(c, l) {
				fmt.Fprintf(b, "%s- %s\n", strings.Repeat(" ", len(item)), line)
			}
		}
		if i > 0 {
			b.WriteString("\n")
		}
		for _, c := range s.Children {
			if c.Kind.IsLeaf() {
				continue
			}
			unit := many
			if c.Duties == 1 {
				unit = one
			}
			marks, shared := dutyMarks(c, cite)
			fmt.Fprintf(b, "%s %s — %d %s%s\n\n", strings.Repeat("#", min(level, 6)), esc(c.Title.In(l)), c.Duties, unit, shared)
			if !write(c, level+1, marks, shared) {
				return false
			}
		}
		return true
	}
	marks, _ := dutyMarks(n, cite) // the page's own duties: no heading to carry a shared mark
	write(n, 2, marks, "")
}

// listedDuties are the duties writeChildren lists, in its order: a node's
// own duties, then each section's, at most maxListed.
func listedDuties(n *model.Node) []*model.Node {
	var out []*model.Node
	var walk func(s *model.Node)
	walk = func(s *model.Node) {
		for _, c := range s.Children {
			if c.Kind.IsLeaf() && len(out) < maxListed {
				out = append(out, c)
			}
		}
		for _, c := range s.Children {
			if !c.Kind.IsLeaf() && len(out) < maxListed {
				walk(c)
			}
		}
	}
	walk(n)
	return out
}

// inlineEscaper backslash-escapes the characters that style or link
// inline text, and "|", which would split a table cell.
var inlineEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "|", `\|`, "~", `\~`)

// esc makes a title (a duty's sentence, a name) plain text in Markdown: it
// can neither style itself nor, by how it starts, open a list, quote or
// heading, nor lose a closing "#" when it is a heading ("Ticket #").
// Without this a duty written "- - - … x" would become lists nested
// thousands deep, which Glamour never finishes rendering.
func esc(s string) string { return Escape(s) }

// Escape makes text plain in Markdown, for every package that writes
// Markdown from content: see esc.
func Escape(s string) string {
	s = inlineEscaper.Replace(s)
	if strings.Contains(s, "&") {
		// Titles are stored with their entities decoded, so a title that
		// reads "&amp;" must show as written, not as "&". Glamour ignores
		// a backslash before "&"; a reference to "&" itself works.
		s = entityStart().ReplaceAllString(s, "&#38;$1")
	}
	if s == "" {
		return s
	}
	switch {
	case s[0] == '=' && strings.Trim(s, "= \t") == "":
		// Only a line of =s can be read as Markdown (a setext heading's
		// underline); Glamour shows "\=" with its backslash, so the
		// first = is written as a character reference.
		s = "&#61;" + s[1:]
	case s[0] == '-', s[0] == '+', s[0] == '>', s[0] == '#':
		s = `\` + s
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (s[i] == '.' || s[i] == ')') {
		s = s[:i] + `\` + s[i:]
	}
	// A run of #s after a space ends a heading and is dropped (CommonMark
	// "closing sequence"); escaping its first # keeps it as text.
	if t := strings.TrimRight(s, "#"); len(t) < len(s) && (t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t")) {
		s = t + `\` + s[len(t):]
	}
	return s
}

// entityStart matches an "&" that Markdown would read as the start of an
// entity or a numeric character reference, or that Glamour would: it
// decodes numeric references without their ";" and past CommonMark's digit
// limits too (html.UnescapeString), so a name holding "&#27" shows as
// written.
var entityStart = lazyre.New(`&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]{1,31};)`)

func escCell(s string) string { return EscapeCell(s) }

// EscapeCell is Escape for a table's cell: a value of several lines (a
// trait written with YAML's |, or imported from a cell of several lines)
// keeps its lines apart with <br>, where a line break would end the table.
func EscapeCell(s string) string {
	if !strings.Contains(s, "\n") {
		return esc(s)
	}
	lines := strings.Split(strings.Trim(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = esc(strings.TrimSpace(l))
	}
	return strings.Join(lines, "<br>")
}

// escMid escapes text set in the middle of a line: only what is Markdown
// there (emphasis, links, code), not what would be at a line's start
// ("3.2.2" stays as written, where "3\.2.2" would show in a pipe).
func escMid(s string) string { return strings.TrimPrefix(esc(" "+s), " ") }
