package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/ownership"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).checkCmd) }

// exitFindings is check's exit status when it found something: neither
// success (0), nor failure to run (1: invalid content, a failed write),
// nor wrong usage (2).
const exitFindings = 3

func (a *app) checkCmd() *cobra.Command {
	var checks string
	var format *outputFormat
	limit := defaultCheckLimit
	cmd := &cobra.Command{
		Use:   "check [DIR]",
		Short: "Check who holds the duties: RACI, double owners, hand-offs",
		Long: `check runs the ownership checks over valid content and lists every finding with its
severity, the file and line to change and a fix. With no DIR it checks the content the
global flags choose (the built-in organisation and --content layers).

The checks (--checks picks some, separated by commas; all, the default, runs every one):
` + checkList() + `
A duty with no RACI lines is done by the unit it is written in (its position or
sub-department, else its department), which also answers for it; see
docs/content-format.md.

--format json (or --json) prints one JSON object for CI: checks, findings (check, severity,
file, line, path, message, fix, related) and a summary.

Each check lists at most --limit findings (1000), the first by file and line; a
line after them says how many more it found and how to list them all (--limit 0),
and the summary counts every one. A large organisation of look-alike duties can
have millions of double owners: listing them all takes about 1 KB of memory and
of output each.

Exit status: 0 no findings, 3 findings, 1 the content is invalid (the same report
as validate) or the output could not be written, 2 wrong usage.`,
		Example: `  dutymap check ./myorg
  dutymap check --checks double-owner,multi-accountable
  dutymap check ./myorg --format json | jq '.findings[] | .file + ":" + (.line|tostring)'`,
		Args: a.atMostOneArg(oneFolder, "dutymap check ./myorg"),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := format.get(nil)
			if err != nil {
				return err
			}
			return a.runCheck(args, checks, f, limit)
		},
	}
	cmd.Flags().StringVar(&checks, "checks", "all", "the checks to run, separated by commas")
	format = a.addFormat(cmd.Flags(), "dutymap check", "text", "json")
	cmd.Flags().IntVar(&limit, "limit", defaultCheckLimit, "the most findings of each check listed (0: all); the rest are counted")
	setMin(cmd.Flags(), "limit", 0)
	return cmd
}

// defaultCheckLimit is how many findings of each check are listed: more
// than anyone fixes in one go, few enough that an organisation of
// millions of look-alike duties is checked in bounded memory (res11: 2.07
// million double-owner findings held 14 GB).
const defaultCheckLimit = 1000

// checkList is the checks with what each reports, for check's help.
func checkList() string {
	var b strings.Builder
	for _, c := range ownership.Checks {
		fmt.Fprintf(&b, "  %-18s %-7s %s\n", c, c.Severity(), c.Describe())
	}
	return b.String()
}

func (a *app) runCheck(args []string, checkNames, format string, limit int) error {
	if limit < 0 {
		return &exitError{2, a.say(checkLimit, limit)}
	}
	// Check names in any letter case, as --format is read; a refusal
	// quotes the names as the user wrote them.
	checks, err := ownership.ParseChecks(strings.ToLower(checkNames))
	if err != nil {
		_, err = ownership.ParseChecks(checkNames)
	}
	if err != nil {
		var ce *ownership.ChecksError
		if errors.As(err, &ce) {
			return &exitError{2, a.say(badChecks, ce.In(a.interfaceLang()))}
		}
		return &exitError{2, a.say(badChecks, err)}
	}
	tag, err := a.languageTag()
	if err != nil {
		return err
	}
	org, ix, err := a.checkedContent(args)
	var bad *invalidContent
	if errors.As(err, &bad) && format == "json" {
		// The same problems validate lists, for the program reading the
		// report: no findings, the content's problems (exit 1).
		if err := writeInvalidJSON(a, checks, bad.problems); err != nil {
			return err
		}
	}
	if err != nil {
		return err
	}
	// A language the content lacks, asked for with --lang, is refused;
	// the findings are then worded in the interface language, the names
	// in it where the content has them.
	if _, err := contentLang(org, tag, a.opts.lang != ""); err != nil {
		return err
	}
	lang := a.interfaceLang()
	command := a.checkedCommand(args)
	rep := ownership.Run(org, ownership.Options{Checks: checks, Lang: lang, Similarity: ix, Command: command, Limit: limit})
	for _, note := range rep.Incomplete {
		fmt.Fprintf(a.io.Err, checkWords[lang].note+"\n", note)
	}
	if format == "json" {
		err = writeFindingsJSON(a, org, checks, rep, lang, limit)
	} else {
		err = writeFindings(a, org, checks, rep, lang, limit, command)
	}
	if err != nil {
		return err
	}
	if len(rep.Findings) > 0 {
		return &exitError{code: exitFindings}
	}
	return nil
}

// checkedContent is the organisation check looks at: DIR alone, or the
// content the global flags choose, read as validate reads it; over SSH the
// content the server serves (and its similarity index, once built), never
// a folder the client names.
func (a *app) checkedContent(args []string) (*model.Org, *model.Similarity, error) {
	if a.host != nil {
		if len(args) == 1 {
			// The advice is the ssh command: "dutymap check" runs nowhere
			// the client can reach (tryout18 E).
			return nil, nil, &exitError{2, a.say(checkDirOverSSH, a.commandLine("check"))}
		}
		ix, err := a.host.similarity().Wait(context.Background())
		if err != nil {
			ix = nil // built afresh by the checks
		}
		return a.host.org, ix, nil
	}
	layers := a.layers()
	if len(args) == 1 {
		if p, ok := notAFolder(args[0], "check the folder it writes", func(out string) string { return "dutymap check " + shellQuote(out) }); ok {
			return nil, nil, &invalidContent{content.Problems{p}, &exitError{1, a.say(checkProblems) + content.Problems{p}.Error()}}
		}
		layers = []content.Layer{content.Dir(args[0])}
	}
	if len(layers) == 0 {
		return nil, nil, &exitError{2, a.say(noContentGiveDir, "check")}
	}
	org, ps := content.Check(layers...)
	if org == nil {
		return nil, nil, &invalidContent{ps, &exitError{1, a.say(checkFixFirst) + ps.Errors().Error()}}
	}
	return org, nil, nil
}

// invalidContent is the exit error of check on content that does not
// load, with its problems for the JSON report.
type invalidContent struct {
	problems content.Problems
	*exitError
}

func (e *invalidContent) Unwrap() error { return e.exitError }

// writeInvalidJSON prints check's JSON report of content that does not
// load: the checks asked for, no findings, the problems as validate
// --json lists them (jsonProblem) and their counts.
func writeInvalidJSON(a *app, checks []ownership.Check, ps content.Problems) error {
	names := checkNames(checks)
	problems, n := problemsJSON(ps)
	rep := struct {
		Checks   []string         `json:"checks"`
		Findings []jsonFinding    `json:"findings"`
		Problems []jsonProblem    `json:"problems"`
		Summary  jsonProblemCount `json:"summary"`
	}{names, []jsonFinding{}, problems, n}
	w := &jsonWriter{out: a.io.Out}
	w.value(rep, "")
	w.put("\n")
	return w.err
}

// checkedCommand is how check's fixes name a command: on DIR alone when
// check was given one, else on the content the global flags choose.
func (a *app) checkedCommand(args []string) func(sub string) string {
	if len(args) == 1 && a.host == nil {
		return func(sub string) string { return contentCommand(false, args, sub) }
	}
	return a.commandLine
}

// work counts the duties the checks looked at.
func work(org *model.Org) int {
	k := 0
	for _, n := range org.Nodes() {
		if model.IsWork(n) {
			k++
		}
	}
	return k
}

// checkWords is what check says around its findings, in each language
// (the findings themselves are worded by ownership.Run): the note of a
// check that could not look at everything, and the summary line, which is
// given the counts of findings, errors, warnings, duties and checks.
var checkWords = [model.NumLangs]struct {
	note    string
	more    func(n int, check ownership.Check, limit int, all string) string
	summary func(found, errs, warns, duties, checks int) string
	ok      func(duties, checks int) string
}{
	model.En: {
		note: "dutymap check: note: %s",
		more: func(n int, check ownership.Check, limit int, all string) string {
			return fmt.Sprintf("dutymap check: %s not listed (the first %d are); list them all with: %s",
				content.Count(n, "more "+string(check)+" finding", "more "+string(check)+" findings"), limit, all)
		},
		summary: func(found, errs, warns, duties, checks int) string {
			return fmt.Sprintf("%s (%s, %s; %s, %s)", content.Count(found, "finding", "findings"),
				content.Count(errs, "error", "errors"), content.Count(warns, "warning", "warnings"),
				content.Count(duties, "duty", "duties"), content.Count(checks, "check", "checks"))
		},
		ok: func(duties, checks int) string {
			return fmt.Sprintf("ok: no findings (%s, %s)", content.Count(duties, "duty", "duties"), content.Count(checks, "check", "checks"))
		},
	},
	model.Zh: {
		note: "dutymap check：注意：%s",
		more: func(n int, check ownership.Check, limit int, all string) string {
			return fmt.Sprintf("dutymap check：另有 %d 个 %s 问题未列出（只列出前 %d 个）；全部列出：%s", n, check, limit, all)
		},
		summary: func(found, errs, warns, duties, checks int) string {
			return fmt.Sprintf("共 %d 个问题（错误 %d 个，警告 %d 个；%d 项职责，%d 项检查）", found, errs, warns, duties, checks)
		},
		ok: func(duties, checks int) string {
			return fmt.Sprintf("没有发现问题（%d 项职责，%d 项检查）", duties, checks)
		},
	},
}

// counts are the findings of a report, listed or not, in all and by
// severity.
func counts(rep ownership.Report) (found, errs int) {
	for _, f := range rep.Findings {
		if f.Severity == ownership.Error {
			errs++
		}
	}
	found = len(rep.Findings)
	for c, n := range rep.Unlisted {
		found += n
		if c.Severity() == ownership.Error {
			errs += n
		}
	}
	return found, errs
}

// writeFindings prints the findings as they are listed, a line for each
// check whose findings passed the limit, and the summary line, all in
// lang.
func writeFindings(a *app, org *model.Org, checks []ownership.Check, rep ownership.Report, lang model.Lang, limit int, command func(string) string) error {
	for _, f := range rep.Findings {
		if _, err := fmt.Fprintln(a.io.Out, f.In(lang)); err != nil {
			return err
		}
	}
	for _, c := range ownership.Checks {
		if n := rep.Unlisted[c]; n > 0 {
			all := command("check --checks " + string(c) + " --limit 0")
			if _, err := fmt.Fprintln(a.io.Out, checkWords[lang].more(n, c, limit, all)); err != nil {
				return err
			}
		}
	}
	found, errs := counts(rep)
	var err error
	if found == 0 {
		_, err = fmt.Fprintln(a.io.Out, checkWords[lang].ok(work(org), len(checks)))
	} else {
		_, err = fmt.Fprintln(a.io.Out, checkWords[lang].summary(found, errs, found-errs, work(org), len(checks)))
	}
	return err
}

// The JSON form of check's report.
type (
	jsonReport struct {
		Checks   []string      `json:"checks"`
		Findings []jsonFinding `json:"findings"`
		Summary  jsonSummary   `json:"summary"`
	}
	jsonFinding struct {
		Check    string        `json:"check"`
		Severity string        `json:"severity"`
		File     string        `json:"file"`
		Line     int           `json:"line"`
		Path     string        `json:"path"`
		Message  string        `json:"message"`
		Fix      string        `json:"fix"`
		Related  []jsonRelated `json:"related"`
		// Holders are a double-owner finding's duties, each with the unit
		// holding it: the pair, or every duty of a group worded the same.
		Holders []jsonHolder `json:"holders,omitempty"`
	}
	jsonHolder struct {
		Unit string `json:"unit"` // as a RACI line names it
		Name string `json:"name"`
		Duty string `json:"duty"`
		File string `json:"file,omitempty"`
		Line int    `json:"line,omitempty"`
	}
	jsonRelated struct {
		Path string `json:"path"`
		File string `json:"file,omitempty"`
		Line int    `json:"line,omitempty"`
	}
	jsonSummary struct {
		Duties   int `json:"duties"`
		Findings int `json:"findings"`
		Errors   int `json:"errors"`
		Warnings int `json:"warnings"`
		// Limit and Unlisted: when a check found more than --limit, the
		// limit and, by check, how many findings are not listed.
		Limit    int            `json:"limit,omitempty"`
		Unlisted map[string]int `json:"unlisted,omitempty"`
	}
)

// writeFindingsJSON prints the report as JSON: the messages in lang, and
// each place in lang's file where the node is written there. The findings
// are written one by one, as they are made, not gathered first.
func writeFindingsJSON(a *app, org *model.Org, checks []ownership.Check, rep ownership.Report, lang model.Lang, limit int) error {
	found, errs := counts(rep)
	sum := jsonSummary{Duties: work(org), Findings: found, Errors: errs, Warnings: found - errs}
	if len(rep.Unlisted) > 0 {
		sum.Limit, sum.Unlisted = limit, map[string]int{}
		for c, n := range rep.Unlisted {
			sum.Unlisted[string(c)] = n
		}
	}
	names := checkNames(checks)
	w := &jsonWriter{out: a.io.Out}
	w.put("{\n  \"checks\": ")
	w.value(names, "  ")
	w.put(",\n  \"findings\": [")
	for i, f := range rep.Findings {
		jf := jsonFinding{Check: string(f.Check), Severity: f.Severity.String(), File: f.File, Line: f.Line, Path: f.Node.Path,
			Message: f.Msg, Fix: f.Fix, Related: []jsonRelated{}}
		for _, r := range f.Related {
			loc := r.Loc[lang]
			if loc.File == "" {
				loc = r.Loc[lang.Other()]
			}
			jf.Related = append(jf.Related, jsonRelated{Path: r.Path, File: loc.File, Line: loc.Line})
		}
		for _, d := range f.Holders {
			loc := d.Loc[lang]
			if loc.File == "" {
				loc = d.Loc[lang.Other()]
			}
			u := ownership.Holder(d)
			jf.Holders = append(jf.Holders, jsonHolder{Unit: u.Path, Name: u.Title.In(lang), Duty: d.Path, File: loc.File, Line: loc.Line})
		}
		if i > 0 {
			w.put(",")
		}
		w.put("\n    ")
		w.value(jf, "    ")
	}
	if len(rep.Findings) > 0 {
		w.put("\n  ")
	}
	w.put("],\n  \"summary\": ")
	w.value(sum, "  ")
	w.put("\n}\n")
	return w.err
}

// jsonWriter writes a JSON document piece by piece, keeping the first
// error.
type jsonWriter struct {
	out io.Writer
	buf bytes.Buffer
	err error
}

func (w *jsonWriter) put(s string) {
	if w.err == nil {
		_, w.err = io.WriteString(w.out, s)
	}
}

// value writes v indented as part of a document indented by prefix, with
// < > & as they are (as the whole report's encoder wrote them).
func (w *jsonWriter) value(v any, prefix string) {
	if w.err != nil {
		return
	}
	w.buf.Reset()
	enc := json.NewEncoder(&w.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if w.err = enc.Encode(v); w.err == nil {
		_, w.err = w.out.Write(bytes.TrimSuffix(w.buf.Bytes(), []byte("\n")))
	}
}

// checkNames are the checks' names, as the JSON reports list them.
func checkNames(checks []ownership.Check) []string {
	names := make([]string, len(checks))
	for i, c := range checks {
		names[i] = string(c)
	}
	return names
}

// check's usage messages.
var (
	checkLimit = [model.NumLangs]string{"dutymap check: --limit must be 0 (every finding) or more, not %d", "dutymap check：--limit 必须为 0（全部发现）或更大，而不是 %d"}
	badChecks  = [model.NumLangs]string{"dutymap check: --checks: %v", "dutymap check：--checks：%v"}
)

// check's messages about the content it is given.
var (
	checkDirOverSSH = [model.NumLangs]string{"dutymap check: DIR is not available over SSH: the server chooses the content; run  %s", "dutymap check：DIR 不能通过 SSH 使用：内容由服务器选择；请运行  %s"}
	checkProblems   = [model.NumLangs]string{"dutymap check: the content has problems:\n", "dutymap check：内容有问题：\n"}
	checkFixFirst   = [model.NumLangs]string{"dutymap check: the content has problems; fix them first (dutymap validate lists the same):\n", "dutymap check：内容有问题；请先修正它们（dutymap validate 列出的相同）：\n"}
)
