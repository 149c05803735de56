package compare

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

// words are the fixed texts of a comparison page in one language.
type words struct {
	vs, traits, dimension, shared, sharedIntro, only, none, similarity string
	split, splitIntro                                                  string
	// fromTopic says a point of Split is a topic's shared work (its
	// name); alsoPaired marks a duty of Split that is in a similar pair
	// too (Result.InPair).
	fromTopic, alsoPaired string
	// noPair: no duty can pair, the departments share no language
	// (NoPairNote): each name with the one language it is written in.
	noPair                                         string
	relations, noRelations, topics, noTopics, self string
	traitsNone, traitsUnknown                      string
	tiers                                          [4]string // by model.Likeness
	// notIn and notAllIn say a department lacks the reader's language:
	// its name, the language asked for, the language shown; notAllIn also
	// how many duties of how many. comparedIn marks a pair set side by
	// side in another language than the one asked for.
	notIn, notAllIn, comparedIn string
	// orgNotIn says the organisation has no text in the reader's
	// language: the language it is written in.
	orgNotIn string
	// aside puts the other language's wording after a text, in the
	// reader's brackets: " (%s)" in English, full-width "（%s）" in Chinese.
	aside string
	// comma parts a clause: ", " in English, the full-width "，" in
	// Chinese.
	comma string
	langs [model.NumLangs]string // the languages' names
}

var labels = [model.NumLangs]words{
	model.En: {
		vs: "%s vs %s", traits: "Traits", dimension: "Dimension",
		shared:      "Similar duties (%d)",
		sharedIntro: "Each duty of %s beside the duty of %s worded most like it: similar wording, not proof of the same work.",
		only:        "Only in %s (%d)", none: "None.", similarity: "similarity",
		split:      "Work they split (%d)",
		noPair:     "No duty can be paired: %s is written in %s only and %s in %s only.",
		splitIntro: "Duties of one whose RACI lines give the other a part, and work written elsewhere whose lines give both one: each does the work (R) or answers for it (A).",
		fromTopic:  "shared work of the topic %s",
		alsoPaired: "also among the similar duties",
		relations:  "What they hand each other", noRelations: "No hand-off between them is recorded.",
		topics: "Topics about both", noTopics: "No topic is about both.",
		self:          "This is %s compared with itself: every duty is its own, so there is nothing to set side by side.",
		tiers:         [4]string{"not alike", "related", "similar", "very similar"},
		traitsNone:    "The sources describe no traits of either department.",
		traitsUnknown: "Not described for either: %s.",
		notIn:         "%s is not written in %s: its text is shown in %s, and its duties are paired by their %[3]s wording.",
		notAllIn:      "%[1]s has %[2]d of its %[3]d duties not written in %[4]s: they are shown in %[5]s, and paired by their %[5]s wording.",
		orgNotIn:      "This organisation is written in %[1]s only: its text is shown in %[1]s.",
		comparedIn:    ", compared in %s",
		aside:         " (%s)",
		comma:         ", ",
		langs:         [model.NumLangs]string{model.En: "English", model.Zh: "Chinese"},
	},
	model.Zh: {
		vs: "%s 对比 %s", traits: "特征", dimension: "维度",
		shared: "相似职责（%d）", sharedIntro: "%s的每项职责，以及%s中措辞与之最接近的职责：措辞相似，不等于工作相同。",
		only: "仅见于%s（%d）", none: "无。", similarity: "相似度",
		split:      "两者分担的工作（%d）",
		noPair:     "没有可以配对的职责：%s只有%s文本，%s只有%s文本。",
		splitIntro: "一方的职责，其 RACI 行让另一方参与；以及写在别处、其 RACI 行让两者都参与的工作：由它执行（R）或由它负责批准（A）。",
		fromTopic:  "专题“%s”的共同工作",
		alsoPaired: "也列在相似职责中",
		relations:  "相互交接", noRelations: "没有记录两者之间的交接。",
		topics: "相关专题", noTopics: "没有同时涉及两者的专题。",
		self:          "这是%s与自身对比：每项职责都是它自己的，没有可以对照的内容。",
		tiers:         [4]string{"不相似", "相关", "相似", "非常相似"},
		traitsNone:    "资料没有描述这两个部门的特征。",
		traitsUnknown: "两者都未描述：%s。",
		notIn:         "“%s”没有%s文本：它的内容以%s显示，其职责按%[3]s措辞配对。",
		notAllIn:      "“%[1]s”的 %[3]d 项职责中有 %[2]d 项没有%[4]s文本：这些以%[5]s显示，并按%[5]s措辞配对。",
		orgNotIn:      "本组织只有%[1]s文本：内容以%[1]s显示。",
		comparedIn:    "，按%s比较",
		aside:         "（%s）",
		comma:         "，",
		langs:         [model.NumLangs]string{model.En: "英文", model.Zh: "中文"},
	},
}

// Markdown renders r in l: a traits table, the similar duties, the duties
// only one side has, then relations and topics.
func Markdown(r *Result, l model.Lang) string {
	var b strings.Builder
	_ = WriteMarkdown(&b, r, l) // a strings.Builder does not fail
	return b.String()
}

// WriteMarkdown writes what Markdown returns to w as it goes, so that a
// comparison of a million duties never stands whole in memory. It returns
// the first error of w.
func WriteMarkdown(w io.Writer, r *Result, l model.Lang) error {
	b := &trimWriter{w: bufio.NewWriterSize(w, 64<<10)}
	words := labels[l]
	an, bn := r.A.Title.In(l), r.B.Title.In(l)
	fmt.Fprintf(b, "# "+words.vs+"\n\n", esc(an), esc(bn))
	if r.Self() {
		fmt.Fprintf(b, "*"+words.self+"*\n", esc(an))
		return b.close()
	}
	writeLanguageNotes(b, r, l)
	writeTraits(b, r, l, words)
	writeShared(b, r, l, words)
	writeSplit(b, r, l, words)
	writeOnly(b, an, r.OnlyA, l, words)
	writeOnly(b, bn, r.OnlyB, l, words)
	writeRelations(b, r, l, words)
	writeTopics(b, r, l, words)
	return b.close()
}

// trimWriter holds back newlines until more text follows them, and ends
// the text with exactly one: the sections each end with a blank line,
// which the last one must not leave.
type trimWriter struct {
	w       *bufio.Writer
	pending int // newlines held back
	err     error
}

func (t *trimWriter) Write(p []byte) (int, error) {
	n := len(p)
	end := len(p)
	for end > 0 && p[end-1] == '\n' {
		end--
	}
	if end > 0 {
		for ; t.pending > 0; t.pending-- {
			t.w.WriteByte('\n')
		}
		if _, err := t.w.Write(p[:end]); err != nil && t.err == nil {
			t.err = err
		}
	}
	t.pending += len(p) - end
	return n, nil
}

func (t *trimWriter) WriteString(s string) (int, error) { return t.Write([]byte(s)) }

func (t *trimWriter) close() error {
	t.w.WriteByte('\n')
	if err := t.w.Flush(); err != nil && t.err == nil {
		t.err = err
	}
	return t.err
}

// writeTraits writes the traits table, one row a dimension either side
// describes; the dimensions neither does are named in one line under it,
// and with none at all the table is that one line.
func writeTraits(b *trimWriter, r *Result, l model.Lang, w words) {
	fmt.Fprintf(b, "## %s\n\n", w.traits)
	var rows strings.Builder
	var unknown []string
	for _, t := range r.Traits {
		if t.A.In(l) == "" && t.B.In(l) == "" {
			unknown = append(unknown, t.Dimension.Label(l))
			continue
		}
		fmt.Fprintf(&rows, "| %s | %s | %s |\n", t.Dimension.Label(l), cell(t.A, l), cell(t.B, l))
	}
	if rows.Len() == 0 {
		fmt.Fprintf(b, "*%s*\n\n", w.traitsNone)
		return
	}
	fmt.Fprintf(b, "| %s | %s | %s |\n|---|---|---|\n%s\n", w.dimension,
		escCell(r.A.Title.In(l)), escCell(r.B.Title.In(l)), rows.String())
	if len(unknown) > 0 {
		fmt.Fprintf(b, "*"+w.traitsUnknown+"*\n\n", strings.Join(unknown, l.ListSep()))
	}
}

// cell is a trait's text for a table, or "—" when the side says nothing.
func cell(t model.Text, l model.Lang) string {
	if s := t.In(l); s != "" {
		return escCell(s)
	}
	return "—"
}

func writeShared(b *trimWriter, r *Result, l model.Lang, w words) {
	fmt.Fprintf(b, "## "+w.shared+"\n\n", len(r.Shared))
	if len(r.Shared) == 0 {
		none := w.none
		if note := NoPairNote(r, l); note != "" {
			none = esc(note)
		}
		fmt.Fprintf(b, "*%s*\n\n", none)
		return
	}
	fmt.Fprintf(b, "*"+w.sharedIntro+"*\n\n", esc(r.A.Title.In(l)), esc(r.B.Title.In(l)))
	for i, p := range r.Shared {
		marker := fmt.Sprintf("%d. ", i+1)
		// The sub-item is indented as wide as the marker, or "10. " would
		// end the item and start a new list.
		// A pair set side by side in another language than l shows that
		// language's text too: the reader sees the two texts compared.
		pl := PairLang(p, l)
		fmt.Fprintf(b, "%s%s — %s\n", marker, pairDuty(p.A, l, pl), esc(Holders(p.A, l)))
		likeness := fmt.Sprintf(w.aside, fmt.Sprintf("%s%s%s %.2f%s", w.tiers[Tier(p.Score)], w.comma, w.similarity, Figure(p.Score), ComparedIn(p, l)))
		fmt.Fprintf(b, "%s- ≈ %s%s — %s\n", strings.Repeat(" ", len(marker)), pairDuty(p.B, l, pl), likeness, esc(Holders(p.B, l)))
	}
	b.WriteString("\n")
}

// pairDuty is a duty's sentence as a pair compared in pl shows it in l
// (PairText), followed by its section in italics.
func pairDuty(n *model.Node, l, pl model.Lang) string {
	s := esc(PairText(n, l, pl))
	if sec := Section(n, l); sec != "" {
		s += " — *" + esc(sec) + "*"
	}
	return s
}

// writeLanguageNotes says, under the title, which department is not
// written (or not wholly written) in l, and so is shown and paired in
// another language: nothing is compared across languages.
func writeLanguageNotes(b *trimWriter, r *Result, l model.Lang) {
	if note := r.Written.OrgNote(l); note != "" {
		fmt.Fprintf(b, "*%s*\n\n", note)
	}
	for _, d := range []*model.Node{r.A, r.B} {
		if note := r.Written.LanguageNote(d, esc(d.Title.In(l)), l); note != "" {
			fmt.Fprintf(b, "*%s*\n\n", note)
		}
	}
}

// writeSplit lists the work the two split by RACI, each duty with where
// it is written (SplitPlace) and who does what, and whether it is among the
// similar duties too; nothing when there is none
// (most comparisons: a heading saying "none" would only add noise).
func writeSplit(b *trimWriter, r *Result, l model.Lang, w words) {
	if len(r.Split) == 0 {
		return
	}
	fmt.Fprintf(b, "## "+w.split+"\n\n*%s*\n\n", len(r.Split), w.splitIntro)
	for _, n := range r.Split {
		line := fmt.Sprintf("- %s — *%s* — %s", esc(n.Title.In(l)), esc(SplitPlace(n, l)), esc(Holders(n, l)))
		if r.InPair(n) {
			line += fmt.Sprintf(w.aside, w.alsoPaired)
		}
		fmt.Fprintf(b, "%s\n", line)
	}
	b.WriteString("\n")
}

// writeOnly lists one side's unpaired duties under their sections, with a
// sub-heading each time the section changes.
func writeOnly(b *trimWriter, name string, duties []*model.Node, l model.Lang, w words) {
	fmt.Fprintf(b, "## "+w.only+"\n\n", esc(name), len(duties))
	if len(duties) == 0 {
		fmt.Fprintf(b, "*%s*\n\n", w.none)
		return
	}
	var last *model.Node
	for i, d := range duties {
		if d.Parent != last {
			if i > 0 {
				b.WriteString("\n")
			}
			if sec := Section(d, l); sec != "" {
				fmt.Fprintf(b, "### %s\n\n", esc(sec))
			}
			last = d.Parent
		}
		fmt.Fprintf(b, "- %s\n", esc(d.Title.In(l)))
	}
	b.WriteString("\n")
}

func writeRelations(b *trimWriter, r *Result, l model.Lang, w words) {
	fmt.Fprintf(b, "## %s\n\n", w.relations)
	if len(r.Relations) == 0 {
		fmt.Fprintf(b, "*%s*\n\n", w.noRelations)
		return
	}
	for _, rel := range r.Relations {
		fmt.Fprintf(b, "### %s\n\n", esc(rel.Title.In(l)))
		fmt.Fprintf(b, "%s → %s\n\n", esc(deptName(r, rel.From(), l)), esc(deptName(r, rel.To(), l)))
		for _, p := range model.Leaves(rel) {
			// Who hands it over, as who takes it up: *QA engineer* →
			// Release notes. → *Support lead* (tryout28 P10).
			line := ""
			for _, f := range HandOffFrom(p, l) {
				line += "*" + esc(f) + "* → "
			}
			line += esc(p.Title.In(l))
			to, back := HandOffEnds(p, l)
			for _, t := range to {
				line += " → *" + esc(t) + "*"
			}
			for _, t := range back {
				line += " ↩ *" + esc(t) + "*"
			}
			fmt.Fprintf(b, "- %s\n", line)
		}
		b.WriteString("\n")
	}
}

// deptName names one of the compared departments by id.
func deptName(r *Result, id string, l model.Lang) string {
	if id == r.A.ID {
		return r.A.Title.In(l)
	}
	if id == r.B.ID {
		return r.B.Title.In(l)
	}
	return id
}

func writeTopics(b *trimWriter, r *Result, l model.Lang, w words) {
	fmt.Fprintf(b, "## %s\n\n", w.topics)
	if len(r.Topics) == 0 {
		fmt.Fprintf(b, "*%s*\n\n", w.noTopics)
		return
	}
	for _, t := range r.Topics {
		line := "**" + esc(t.Title.In(l)) + "**"
		if s := t.Summary().In(l); s != "" {
			line += " — " + esc(s)
		}
		fmt.Fprintf(b, "- %s\n", line)
	}
	b.WriteString("\n")
}

// Self reports a department compared with itself: the outputs say so
// rather than list every duty as similar to itself.
func (r *Result) Self() bool { return r.A == r.B }

// esc keeps content text from being read as Markdown structure, by the
// rules of package page ("|" included, so it also serves table cells).
func esc(s string) string { return page.Escape(s) }

func escCell(s string) string { return page.Escape(s) }
