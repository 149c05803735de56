package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/termsafe"
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
	var checks, format string
	cmd := &cobra.Command{
		Use:   "check [DIR]",
		Short: "Check who holds the duties: RACI, double owners, hand-offs",
		Long: `check runs the ownership checks over valid content and lists every finding with its
severity, the file and line to change and a fix. With no DIR it checks the content the
global flags choose (the built-in organisation and --content layers).

The checks (--checks picks some, separated by commas; all, the default, runs every one):
` + checkList() + `
A duty with no RACI lines is done by the department it is written in, which also
answers for it; see docs/content-format.md.

--format json prints one JSON object for CI: checks, findings (check, severity,
file, line, path, message, fix, related) and a summary.

Exit status: 0 no findings, 3 findings, 1 the content is invalid (the same report
as validate) or the output could not be written, 2 wrong usage.`,
		Example: `  dutymap check ./myorg
  dutymap check --checks double-owner,multi-accountable
  dutymap check ./myorg --format json | jq '.findings[] | .file + ":" + (.line|tostring)'`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runCheck(args, checks, format)
		},
	}
	cmd.Flags().StringVar(&checks, "checks", "all", "the checks to run, separated by commas")
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	return cmd
}

// checkList is the checks with what each reports, for check's help.
func checkList() string {
	var b strings.Builder
	for _, c := range ownership.Checks {
		fmt.Fprintf(&b, "  %-18s %-7s %s\n", c, c.Severity(), c.Describe())
	}
	return b.String()
}

func (a *app) runCheck(args []string, checkNames, format string) error {
	if format != "text" && format != "json" {
		return &exitError{2, fmt.Sprintf("dutymap check: --format %s: use text or json", termsafe.QuoteArg(format))}
	}
	checks, err := ownership.ParseChecks(checkNames)
	if err != nil {
		return &exitError{2, "dutymap check: --checks: " + err.Error()}
	}
	tag, err := a.languageTag()
	if err != nil {
		return err
	}
	org, ix, err := a.checkedContent(args)
	if err != nil {
		return err
	}
	lang, err := contentLang(org, tag, a.opts.lang != "")
	if err != nil {
		return err
	}
	rep := ownership.Run(org, ownership.Options{Checks: checks, Lang: lang, Similarity: ix, Command: a.checkedCommand(args)})
	found := rep.Findings
	for _, note := range rep.Incomplete {
		fmt.Fprintf(a.io.Err, checkWords[lang].note+"\n", note)
	}
	if format == "json" {
		err = writeFindingsJSON(a, org, checks, found, lang)
	} else {
		err = writeFindings(a, org, checks, found, lang)
	}
	if err != nil {
		return err
	}
	if len(found) > 0 {
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
			return nil, nil, &exitError{2, "dutymap check: DIR is not available over SSH: the server chooses the content; run  dutymap check"}
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
			return nil, nil, &exitError{1, "dutymap check: the content has problems:\n" + content.Problems{p}.Error()}
		}
		layers = []content.Layer{content.Dir(args[0])}
	}
	if len(layers) == 0 {
		return nil, nil, &exitError{2, "dutymap check: --builtin=false leaves no content; give a folder: dutymap check DIR"}
	}
	org, ps := content.Check(layers...)
	if org == nil {
		return nil, nil, &exitError{1, "dutymap check: the content has problems; fix them first (dutymap validate lists the same):\n" + ps.Errors().Error()}
	}
	return org, nil, nil
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
	summary func(found, errs, warns, duties, checks int) string
	ok      func(duties, checks int) string
}{
	model.En: {
		note: "dutymap check: note: %s",
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
		summary: func(found, errs, warns, duties, checks int) string {
			return fmt.Sprintf("共 %d 个问题（错误 %d 个，警告 %d 个；%d 项职责，%d 项检查）", found, errs, warns, duties, checks)
		},
		ok: func(duties, checks int) string {
			return fmt.Sprintf("没有发现问题（%d 项职责，%d 项检查）", duties, checks)
		},
	},
}

// writeFindings prints the findings and the summary line, all in lang.
func writeFindings(a *app, org *model.Org, checks []ownership.Check, found []ownership.Finding, lang model.Lang) error {
	var b strings.Builder
	errs := 0
	for _, f := range found {
		b.WriteString(f.In(lang) + "\n")
		if f.Severity == ownership.Error {
			errs++
		}
	}
	if len(found) == 0 {
		b.WriteString(checkWords[lang].ok(work(org), len(checks)) + "\n")
	} else {
		b.WriteString(checkWords[lang].summary(len(found), errs, len(found)-errs, work(org), len(checks)) + "\n")
	}
	_, err := fmt.Fprint(a.io.Out, b.String())
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
	}
)

// writeFindingsJSON prints the report as JSON: the messages in lang, and
// each place in lang's file where the node is written there.
func writeFindingsJSON(a *app, org *model.Org, checks []ownership.Check, found []ownership.Finding, lang model.Lang) error {
	rep := jsonReport{Findings: []jsonFinding{}, Summary: jsonSummary{Duties: work(org), Findings: len(found)}}
	for _, c := range checks {
		rep.Checks = append(rep.Checks, string(c))
	}
	for _, f := range found {
		jf := jsonFinding{Check: string(f.Check), Severity: f.Severity.String(), File: f.File, Line: f.Line, Path: f.Node.Path,
			Message: f.Msg, Fix: f.Fix, Related: []jsonRelated{}}
		for _, r := range f.Related {
			loc := r.Loc[lang]
			if loc.File == "" {
				loc = r.Loc[lang.Other()]
			}
			jf.Related = append(jf.Related, jsonRelated{Path: r.Path, File: loc.File, Line: loc.Line})
		}
		if f.Severity == ownership.Error {
			rep.Summary.Errors++
		} else {
			rep.Summary.Warnings++
		}
		rep.Findings = append(rep.Findings, jf)
	}
	enc := json.NewEncoder(a.io.Out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}
