// Package ownership checks who holds the duties of an organisation: duties
// nobody holds, duties two departments both hold, duties with no single
// accountable unit or nobody to do them, hand-offs whose ends do not link
// up, and duties written in one language only. `dutymap check` prints its
// findings; the explorer lists them.
package ownership

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// Check names one of the ownership checks.
type Check string

// The checks, in the order they are listed and run.
const (
	NoOwner          Check = "no-owner"          // a duty of a shared topic that no unit holds
	DoubleOwner      Check = "double-owner"      // the same or a near-same duty held by two departments with no RACI split
	MultiAccountable Check = "multi-accountable" // more than one unit answers for a duty
	NoResponsible    Check = "no-responsible"    // a duty someone answers for but nobody does
	DanglingHandOff  Check = "dangling-handoff"  // a hand-off's link names nothing, or the wrong end
	LangParity       Check = "lang-parity"       // a duty written in one language only
	RACIRepeat       Check = "raci-repeat"       // a unit named twice on a RACI line, or consulted/informed where it also does or answers for the work
	DutyRepeat       Check = "duty-repeat"       // a duty written twice in one unit (position, section or department)
)

// Checks lists every check in order.
var Checks = []Check{NoOwner, DoubleOwner, MultiAccountable, NoResponsible, DanglingHandOff, LangParity, RACIRepeat, DutyRepeat}

// Severity says how much a finding matters.
type Severity uint8

const (
	// Error: the organisation says something it cannot mean (two units
	// answer for one duty, a link leads nowhere).
	Error Severity = iota
	// Warning: worth a look, but it may be intended or a near miss of a
	// heuristic (two departments' duties read alike).
	Warning
)

// String is the severity in English, as JSON and --checks' help give it.
func (s Severity) String() string { return s.In(model.En) }

// In is the severity in l: "error", "错误".
func (s Severity) In(l model.Lang) string { return catalog[l].severities[s] }

// Severity is the check's severity.
func (c Check) Severity() Severity {
	switch c {
	case DoubleOwner, LangParity, RACIRepeat, DutyRepeat:
		return Warning
	}
	return Error
}

// Describe says in one line what the check reports.
func (c Check) Describe() string {
	switch c {
	case NoOwner:
		return "a duty in a topic's list of shared work that no unit holds: no Responsible or Accountable line, and no department the topic concerns lists it"
	case DoubleOwner:
		return "the same or a near-same duty held by two departments, with no RACI line giving the other a share of the work (Responsible or Accountable; Consulted and Informed are none) and no Overlaps line"
	case MultiAccountable:
		return "a duty with more than one accountable unit (or, in a topic, several responsible units and no Accountable line)"
	case NoResponsible:
		return "a duty someone is accountable for but no unit does (a topic's point with an Accountable line and no Responsible line)"
	case DanglingHandOff:
		return "a hand-off whose From, To or Returns line names nothing, or a node outside the department at that end"
	case LangParity:
		return "a duty (or a whole document) written in one of the organisation's two languages only, or left in the other language in one file"
	case RACIRepeat:
		return "a RACI line naming a unit more than once, or a unit consulted or informed on a duty it also does or answers for (Responsible and Accountable together are fine)"
	case DutyRepeat:
		return "a duty written more than once under one position, section or department (worded the same, case, spacing and end punctuation aside), and how the copies' RACI lines differ"
	}
	return ""
}

// ParseChecks reads a comma-separated list of check names ("no-owner,
// double-owner"); "all" is every check. A list naming no check ("", " , ")
// is an error, as an unknown name is: the error names the valid checks.
func ParseChecks(s string) ([]Check, error) {
	if strings.TrimSpace(s) == "all" {
		return Checks, nil
	}
	var out []Check
	for _, f := range strings.Split(s, ",") {
		c := Check(strings.TrimSpace(f))
		if c == "" {
			continue // "no-owner," names one check
		}
		if !slices.Contains(Checks, c) {
			return nil, &ChecksError{Given: f, Near: checkNear(c)}
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil, &ChecksError{Given: s, None: true}
	}
	return out, nil
}

// ChecksError is a --checks list ParseChecks cannot read: a name no check
// has (Given, with Near, the check it is a slip of, or ""), or no name at
// all (None, Given the whole list).
type ChecksError struct {
	Given, Near string
	None        bool
}

func (e *ChecksError) Error() string { return e.In(model.En) }

// In is the message in lang.
func (e *ChecksError) In(lang model.Lang) string {
	names := make([]string, len(Checks))
	for i, c := range Checks {
		names[i] = string(c)
	}
	list := strings.Join(names, ", ")
	if lang == model.Zh {
		list = strings.Join(names, "、")
	}
	if e.None {
		return fmt.Sprintf([model.NumLangs]string{
			"no check named in %q: use one or more of %s, separated by commas, or all",
			"%q 中没有指明任何检查：请用 %s 中的一个或多个，以逗号分隔，或 all",
		}[lang], e.Given, list)
	}
	near := ""
	if e.Near != "" {
		near = fmt.Sprintf([model.NumLangs]string{"did you mean %s? ", "是不是想用 %s？"}[lang], e.Near)
	}
	return fmt.Sprintf([model.NumLangs]string{
		"unknown check %q: %suse one or more of %s, separated by commas, or all",
		"未知的检查 %q：%s请用 %s 中的一个或多个，以逗号分隔，或 all",
	}[lang], e.Given, near, list)
}

// checkNear is the check ("double-owner") whose name c is a slip away
// from (model.TypoLimit edits: "double-owners", "no-ownr"), or "".
func checkNear(c Check) string {
	if len(c) > 64 { // no check's name is near; edits cost its length squared
		return ""
	}
	best, bestD := Check(""), model.TypoLimit(string(c))+1
	for _, k := range Checks {
		if d := model.EditDistance(strings.ToLower(string(c)), string(k)); d < bestD {
			best, bestD = k, d
		}
	}
	if best == "" {
		return ""
	}
	return string(best)
}

// Finding is one thing a check found, located and explained.
type Finding struct {
	Check    Check
	Severity Severity
	// Node is the duty, point, section or document the finding is about.
	Node *model.Node
	// File and Line say where to change the content: the line at fault
	// (a RACI or hand-off line) or else the node's own line.
	File string
	Line int
	Msg  string // what is wrong
	Fix  string // how to fix it: an edit that makes the finding go away
	// Related are the other nodes involved: the other duty of a
	// double-owner pair, the hand-off's end.
	Related []*model.Node
	// Holders are, for a double-owner finding, the duties that answer for
	// the same work, in the organisation's order: the pair, or every duty
	// of a group worded the same (Holder gives the unit of each).
	Holders []*model.Node

	seq int // the order it was found in, among findings of one place
}

func (f Finding) String() string { return f.In(model.En) }

// In is the finding as check prints it in l, the language Run worded it
// in: "FILE:LINE: error: CHECK: message" and the fix on an indented line
// below ("  fix: …"). The check keeps the name --checks takes.
func (f Finding) In(l model.Lang) string {
	return fmt.Sprintf(catalog[l].finding, model.Loc{File: f.File, Line: f.Line}, f.Severity.In(l), f.Check, f.Msg, f.Fix)
}

// Options choose what Run checks and how it words its findings.
type Options struct {
	// Checks to run; nil runs every check.
	Checks []Check
	// Lang is the language of the names in messages (the text is English).
	Lang model.Lang
	// Similarity is the organisation's similarity index, if one is built
	// already; Run builds one when a check needs it.
	Similarity *model.Similarity
	// Command is how a fix names a dutymap command: given "show sales",
	// the command line that runs it on the content checked, with the
	// flags that choose that content ("dutymap --builtin=false --content
	// myorg show sales"), so that it works pasted as printed. nil gives
	// "dutymap show sales".
	Command func(sub string) string
	// Limit is how many findings of each check Run keeps, the first in
	// the report's order; the rest are only counted (Report.Unlisted).
	// 0 keeps every one. At 1,000,000 duties double-owner found 2,071,355
	// pairs, about 3 KB each while kept and printed (res11: 14 GB).
	Limit int
}

// Report is what Run found.
type Report struct {
	Findings []Finding // errors first, then warnings; each by file, line and check
	// Incomplete says, for each check that could not look at everything
	// (an organisation too large for a budget), what it left out.
	Incomplete []string
	// Unlisted counts, by check, the findings past Options.Limit that
	// Findings leaves out.
	Unlisted map[Check]int
}

// Run checks org.
func Run(org *model.Org, o Options) Report {
	checks := o.Checks
	if checks == nil {
		checks = Checks
	}
	r := &run{org: org, lang: o.Lang, ix: o.Similarity, command: o.Command, limit: o.Limit,
		kept: map[Check]*keptFindings{}, unlisted: map[Check]int{}}
	if r.command == nil {
		r.command = func(sub string) string { return "dutymap " + sub }
	}
	for _, c := range checks {
		switch c {
		case NoOwner:
			r.noOwner()
		case DoubleOwner:
			r.doubleOwner()
		case MultiAccountable:
			r.multiAccountable()
		case NoResponsible:
			r.noResponsible()
		case DanglingHandOff:
			r.danglingHandOffs()
		case LangParity:
			r.langParity()
		case RACIRepeat:
			r.raciRepeats()
		case DutyRepeat:
			r.dutyRepeats()
		}
	}
	for _, k := range r.kept {
		for _, f := range k.list {
			r.found = append(r.found, *f)
		}
	}
	// Errors first, then warnings, as the summaries count them ("6
	// errors, 2 warnings"); within each, by place, so a file's findings
	// stay together. Every reader (check, the explorer's checks) lists
	// them in this order.
	order := func(c Check) int { return slices.Index(Checks, c) }
	slices.SortStableFunc(r.found, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Severity, b.Severity), strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(order(a.Check), order(b.Check)), cmp.Compare(a.seq, b.seq))
	})
	return Report{Findings: r.found, Incomplete: r.incomplete, Unlisted: r.unlisted}
}

// run is the state of one Run.
type run struct {
	org  *model.Org
	lang model.Lang
	ix   *model.Similarity
	// command names a dutymap command in a fix (Options.Command).
	command func(sub string) string
	found   []Finding
	// limit, kept and unlisted: the findings of each check kept (the
	// first limit in the report's order, all when limit is 0) and the
	// count of those left out.
	limit    int
	kept     map[Check]*keptFindings
	unlisted map[Check]int
	seq      int           // findings added so far: the order among equals
	scratch  *Finding      // what add returns for a finding it does not keep
	work     []*model.Node // the duties checked: see duties
	// byWording is the duties grouped by wording: see wordings.
	byWording []wording
	// copyOf maps a duty written again in its unit to its first copy: see firstCopy.
	copyOf map[*model.Node]*model.Node
	// incomplete says what a check could not look at fully.
	incomplete []string
}

// add records a finding of check c about n at at (n's own line when at is
// empty) and returns it for the caller to complete; a finding past the
// check's limit is counted, and what add returns then is thrown away.
func (r *run) add(c Check, n *model.Node, at model.Loc, fix, format string, args ...any) *Finding {
	if at.File == "" {
		at = r.loc(n)
	}
	if !r.keeps(c, at) {
		r.unlisted[c]++
		r.scratch = &Finding{}
		return r.scratch
	}
	r.seq++
	f := &Finding{Check: c, Severity: c.Severity(), Node: n, File: at.File, Line: at.Line, Msg: fmt.Sprintf(format, args...), Fix: fix, seq: r.seq}
	k := r.kept[c]
	if k == nil {
		k = &keptFindings{}
		r.kept[c] = k
	}
	if r.limit > 0 && len(k.list) == r.limit {
		heap.Pop(k) // the last in order makes way
		r.unlisted[c]++
	}
	heap.Push(k, f)
	return f
}

// keeps reports whether a finding of check c at at would be kept: the
// check has kept fewer than the limit, or at comes before the last one it
// kept (the report's order: file, then line). A check that finds much
// asks first, so as not to word what is not kept.
func (r *run) keeps(c Check, at model.Loc) bool {
	k := r.kept[c]
	if r.limit == 0 || k == nil || len(k.list) < r.limit {
		return true
	}
	last := k.list[0]
	return cmp.Or(strings.Compare(at.File, last.File), cmp.Compare(at.Line, last.Line)) < 0
}

// keptFindings is a check's kept findings, a heap whose top is the last
// in the report's order (container/heap).
type keptFindings struct{ list []*Finding }

func (k *keptFindings) Len() int { return len(k.list) }
func (k *keptFindings) Less(i, j int) bool {
	a, b := k.list[i], k.list[j]
	return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.seq, b.seq)) > 0
}
func (k *keptFindings) Swap(i, j int) { k.list[i], k.list[j] = k.list[j], k.list[i] }
func (k *keptFindings) Push(x any)    { k.list = append(k.list, x.(*Finding)) }
func (k *keptFindings) Pop() any {
	f := k.list[len(k.list)-1]
	k.list = k.list[:len(k.list)-1]
	return f
}

// t is the messages in the run's language.
func (r *run) t() *texts { return &catalog[r.lang] }

// loc is where n is written: in the language of the messages, or else the
// other.
func (r *run) loc(n *model.Node) model.Loc {
	if n.Loc[r.lang].File != "" {
		return n.Loc[r.lang]
	}
	return n.Loc[r.lang.Other()]
}

// line is where n's attribute line is written, at or its twin in the other
// language's file (see model.RACI.Twin): in the language of the messages
// when that language's file writes it, so that a finding worded in
// Chinese cites the Chinese file's line; else where it is written. other
// is the line in the other language's file, if it writes one too: the
// fix must change it as well (see alsoThere).
func (r *run) line(n *model.Node, at, twin model.Loc) (here, other model.Loc) {
	if twin.File != "" && twin.File == n.Loc[r.lang].File {
		return twin, at
	}
	return at, twin
}

// alsoThere adds to fix, when the other language's file writes the same
// line (other), that it needs the same change: fixed in one file only,
// the two lines would differ.
func (r *run) alsoThere(fix string, other model.Loc) string {
	if other.File == "" {
		return fix
	}
	return fmt.Sprintf(r.t().alsoThere, fix, other.File, other.Line)
}

// name is a node's title in the messages' language, quoted.
func (r *run) name(n *model.Node) string { return r.quote(n.Title.In(r.lang)) }

// quote quotes a title as the messages' language does: “…” in Chinese,
// "…" in English (titles are one line of plain text, made so at load).
func (r *run) quote(s string) string {
	if r.lang == model.Zh {
		return "“" + s + "”"
	}
	return fmt.Sprintf("%q", s)
}

// names joins units' titles: "Marketing department, Sales department".
func (r *run) names(ns []*model.Node) string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Title.In(r.lang)
	}
	return strings.Join(out, r.lang.ListSep())
}

// ids joins units' references as a RACI line would write them: a
// department by its id, a position by its path.
func ids(ns []*model.Node) string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Path
	}
	return strings.Join(out, ", ")
}
