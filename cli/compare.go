package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).compareCmd) }

func (a *app) compareCmd() *cobra.Command {
	var format *outputFormat
	cmd := &cobra.Command{
		Use:   "compare A B",
		Short: "Compare two departments: traits, similar duties, hand-offs",
		Long: `compare sets two departments side by side: their traits row by row, their similar
duties (paired by similar wording, which is not proof of the same work, each pair with
how similar: very similar, similar or related), the work they split by RACI (a duty
of one whose Responsible or Accountable line names the other, or a topic's shared work
whose lines name both, with who does what: what their matrix shows as split),
the duties only one of them does, what they hand each other and the topics about both. Comparing a department with
itself says so.

A and B are departments: an id, a name in either language, an alias, or the start
or an abbreviation of one (mkt, fin, 市场). When a name fits several departments or
none, compare lists the candidates with their ids and exits with status 1.

The output is Markdown with no escape sequences; --json (or --format json) prints the same comparison
as JSON for scripts.`,
		Example: `  dutymap compare marketing sales
  dutymap compare mkt planning
  dutymap compare 市场部 销售部 --lang zh
  dutymap compare marketing sales --json`,
		Args: a.exactArgs(2, [model.NumLangs]string{"two departments A and B", "两个部门 A 和 B"}, "dutymap compare marketing sales"),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := format.get(map[string]string{"markdown": "md"})
			if err != nil {
				return err
			}
			return a.runCompare(args[0], args[1], f == "json")
		},
	}
	format = a.addFormat(cmd.Flags(), "dutymap compare", "md", "json")
	return cmd
}

func (a *app) runCompare(refA, refB string, asJSON bool) error {
	if err := a.emptyArg(emptyDept, "compare", refA, refB); err != nil {
		return err
	}
	org, lang, err := a.loadIn()
	if err != nil {
		return err
	}
	lang = a.heardLang(org, lang, refA, refB)
	da, err := a.resolveDept(org, refA, lang)
	if err != nil {
		return err
	}
	db, err := a.resolveDept(org, refB, lang)
	if err != nil {
		return err
	}
	r := compare.Departments(org, nil, da, db)
	// Written as it is made: a comparison of a million duties is hundreds
	// of megabytes of text, which need not stand in memory whole.
	if !asJSON {
		return compare.WriteMarkdown(a.io.Out, r, lang)
	}
	return compare.WriteJSON(a.io.Out, r, lang)
}

// resolveDept turns a reference into a department, noting on stderr how
// a reference that is not exact was read, or returns an exit-1 error whose
// message lists the candidates.
func (a *app) resolveDept(org *model.Org, ref string, lang model.Lang) (*model.Node, error) {
	d, tier, err := compare.Resolve(org, ref)
	var re *compare.RefError
	if errors.As(err, &re) {
		return nil, &exitError{1, a.say(cmdSays, "dutymap compare", re.In(a.interfaceLang()))}
	}
	if err == nil {
		a.noteReading("dutymap compare", ref, d, tier, lang)
	}
	return d, err
}

// noteReading tells on stderr how cmd read a reference that named no node
// exactly (a start, an abbreviation, a slip: "slaes"), so the user knows
// what the answer is about: every command taking references says it so.
func (a *app) noteReading(cmd, ref string, n *model.Node, tier model.Tier, lang model.Lang) {
	if tier != model.TierExact {
		fmt.Fprintln(a.io.Err, a.say(readAs, cmd, termsafe.QuoteArg(ref), n.Path, n.Title.In(lang)))
	}
}

// emptyArg is the usage error for an empty argument among refs (said
// by msg, for cmd), said before anything is loaded, as show and search say
// theirs: an empty name matches nothing, and the list of every department
// said so at length (tryout28 P2).
func (a *app) emptyArg(msg [model.NumLangs]string, cmd string, refs ...string) error {
	for _, ref := range refs {
		if strings.TrimSpace(ref) == "" {
			return &exitError{2, a.say(msg, cmd)}
		}
	}
	return nil
}

// The messages of emptyArg.
var (
	emptyDept = [model.NumLangs]string{"dutymap %s: a department is empty; give its id or name (such as marketing, or 销售部)", "dutymap %s：部门为空；请给出它的 id 或名称（例如 marketing 或 销售部）"}
	emptyUnit = [model.NumLangs]string{"dutymap %s: a unit is empty; give its id or name (such as marketing, or 销售部)", "dutymap %s：单位为空；请给出它的 id 或名称（例如 marketing 或 销售部）"}
)
