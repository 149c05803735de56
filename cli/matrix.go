package cli

import (
	"errors"
	"strings"

	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/matrix"
	"github.com/dutymap/dutymap/model"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).matrixCmd) }

func (a *app) matrixCmd() *cobra.Command {
	var role string
	var format *outputFormat
	var shared bool
	cmd := &cobra.Command{
		Use:   "matrix [UNITS...]",
		Short: "The responsibility matrix (RACI) of departments or positions",
		Long: `matrix prints the responsibility assignment matrix of the units given: the duties
written in them, and the duties elsewhere whose RACI lines name them, as rows; the units
as columns, first those given, then every other unit the rows name; in each cell the
letters of the roles the unit holds:
  R  responsible: does the work
  A  accountable: answers for it and signs it off (one unit per duty)
  C  consulted: is asked before
  I  informed: is told after
A duty with no RACI lines is done by the unit it is written in (its position or
sub-department, else its department), which also answers for it (RA). With no UNITS,
the matrix of the whole organisation. A topic has no matrix: its shared work is in the
matrix of each unit its RACI lines name.

A unit is a department (an id, a name in either language, an alias, or the start or an
abbreviation of one, as compare takes them) or a position or sub-department (its path
or name). --role keeps the rows where some unit holds that role, and only its letter;
--shared keeps the rows where more than one unit holds a role: the work that is split.

--format md (the default) prints a Markdown table and a legend; csv prints path, duty
and one column per unit (headed by its path); json (or --json) prints one object: units (path,
name, kind) and rows (path, duty, where, cells aligned with units, raci: the unit paths
holding each role, implicit: the roles no line gave).

A matrix of more than 10 million cells (duties times units: the whole of an organisation
of thousands of departments) is not printed; matrix says so and names a smaller one.`,
		Example: `  dutymap matrix marketing sales
  dutymap matrix sales --role A
  dutymap matrix marketing sales --shared
  dutymap matrix 市场部 --lang zh
  dutymap matrix marketing/positions/manager --format csv > manager.csv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := format.get(map[string]string{"markdown": "md"})
			if err != nil {
				return err
			}
			return a.runMatrix(args, f, role, shared)
		},
	}
	format = a.addFormat(cmd.Flags(), "dutymap matrix", "md", "csv", "json")
	cmd.Flags().StringVar(&role, "role", "", "keep one role: R, A, C or I (or its name)")
	cmd.Flags().BoolVar(&shared, "shared", false, "keep the duties whose roles more than one unit holds")
	return cmd
}

func (a *app) runMatrix(refs []string, format, roleName string, shared bool) error {
	opts := matrix.Options{Shared: shared}
	if roleName != "" {
		role, ok := model.ParseRACIRole(roleName)
		if !ok {
			return &exitError{2, a.say(badRole, termsafe.QuoteArg(roleName))}
		}
		opts.Role = &role
	}
	if err := a.emptyArg(emptyUnit, "matrix", refs...); err != nil {
		return err
	}
	org, lang, err := a.loadIn()
	if err != nil {
		return err
	}
	lang = a.heardLang(org, lang, refs...)
	var units []*model.Node
	for _, ref := range refs {
		u, err := a.resolveUnit(org, ref, lang)
		if err != nil {
			return err
		}
		units = append(units, u)
	}
	m := matrix.Of(org, units, opts)
	if m.Size() > matrix.MaxCells {
		again := a.commandLine("matrix")
		if format != "md" && format != "markdown" {
			again += " --format " + format
		}
		return &exitError{1, a.tooLarge(org, m, units, opts, again)}
	}
	if len(m.Rows) == 0 && format != "csv" && format != "json" {
		// An empty table and the legend said nothing; csv and json keep
		// their (empty) shape for the programs that read them.
		return &exitError{1, a.noRows(units, opts)}
	}
	switch format {
	case "csv":
		return m.CSV(a.io.Out, lang)
	case "json":
		return m.JSON(a.io.Out, lang, org.Tag(lang))
	}
	return m.Markdown(a.io.Out, lang)
}

// resolveUnit finds the unit ref names: a position or sub-department by
// its path or name, or a department as compare takes it. It returns an
// exit-1 error listing candidates when ref names several units or none; a
// department named other than exactly is noted on stderr (noteReading).
func (a *app) resolveUnit(org *model.Org, ref string, lang model.Lang) (*model.Node, error) {
	found, tier := org.Resolve(ref)
	topic := topicNamed(found, tier)
	var units []*model.Node
	for _, n := range found {
		if model.IsUnit(n) && tier == model.TierExact {
			units = append(units, n)
		}
	}
	switch {
	case len(units) == 1:
		return units[0], nil
	case len(units) > 1:
		paths := make([]string, len(units))
		for i, u := range units {
			paths[i] = "  " + u.Path
		}
		return nil, &exitError{1, a.say(severalUnits, termsafe.QuoteArg(ref), len(units), strings.Join(paths, "\n"))}
	}
	d, tier, err := compare.Resolve(org, ref)
	var re *compare.RefError
	if errors.As(err, &re) {
		if topic != nil {
			return nil, &exitError{1, a.topicNoMatrix(topic, ref, lang)}
		}
		return nil, &exitError{1, a.say(cmdSays, "dutymap matrix", re.In(a.interfaceLang()))}
	}
	if err == nil {
		a.noteReading("dutymap matrix", ref, d, tier, lang)
	}
	return d, err
}

// topicNamed returns the topic ref names exactly, if it names one.
func topicNamed(found []*model.Node, tier model.Tier) *model.Node {
	for _, n := range found {
		if n.Kind == model.KindTopic && tier == model.TierExact {
			return n
		}
	}
	return nil
}

// topicNoMatrix says that a topic has no matrix of its own, and where its
// shared work is (tryout24 H22): in the matrix of each unit its RACI lines
// name, and of the whole organisation, with the command that shows it.
func (a *app) topicNoMatrix(t *model.Node, ref string, lang model.Lang) string {
	msg := a.say(topicNotUnit, termsafe.QuoteArg(ref), oneLine(t.Title.In(lang)))
	var named []string
	for _, u := range matrix.NamedUnits(t) {
		named = append(named, u.Path)
	}
	if len(named) == 0 {
		return msg + a.say(topicNoShared)
	}
	return msg + a.say(topicShared, a.commandLine("matrix"), strings.Join(named, " "))
}

// tooLarge says that the matrix m of units has more cells than matrix
// prints, and names a smaller one that fits: one of its units alone, or
// the units asked for with --shared or one --role. again is the command
// line that asks for it, with the flags the user gave.
func (a *app) tooLarge(org *model.Org, m matrix.Matrix, units []*model.Node, o matrix.Options, again string) string {
	msg := a.say(matrixTooLarge, unitsNamed(units, a.say(wholeOrg)), len(m.Rows), len(m.Units), m.Size(), matrix.MaxCells)
	if try := smallerMatrix(org, m, units, o); try != "" {
		return msg + a.say(suchAs) + "\n  " + again + " " + try
	}
	return msg + a.say(nameFewer)
}

// noRows says why a matrix has no row, and how to get some.
func (a *app) noRows(units []*model.Node, o matrix.Options) string {
	of := unitsNamed(units, a.say(theOrg))
	switch {
	case o.Shared && o.Role != nil:
		return a.say(noSharedRole, of, o.Role.Letter(), o.Role)
	case o.Shared:
		return a.say(noShared, of)
	case o.Role != nil:
		return a.say(noRole, of, o.Role.Letter(), o.Role)
	}
	return a.say(noDuty, of)
}

// unitsNamed names the units a matrix message is about: their paths,
// cut as an argument is echoed, or whole when none was named.
func unitsNamed(units []*model.Node, whole string) string {
	if len(units) == 0 {
		return whole
	}
	names := make([]string, len(units))
	for i, u := range units {
		names[i] = u.Path
	}
	return termsafe.CutArg(strings.Join(names, ", "), termsafe.MaxArgCells)
}

// maxTries bounds the smaller matrices tooLarge builds to find one that
// fits: each takes a pass over the organisation.
const maxTries = 12

// smallerMatrix gives the arguments of a matrix smaller than m that fits,
// or "" if none of the few it tries does.
func smallerMatrix(org *model.Org, m matrix.Matrix, units []*model.Node, o matrix.Options) string {
	args := func(us []*model.Node, o matrix.Options) string {
		var out []string
		for _, u := range us {
			out = append(out, shellQuote(u.Path))
		}
		if o.Role != nil {
			out = append(out, "--role", o.Role.Letter())
		}
		if o.Shared {
			out = append(out, "--shared")
		}
		return strings.Join(out, " ")
	}
	fits := func(us []*model.Node, o matrix.Options) bool {
		return matrix.Of(org, us, o).Size() <= matrix.MaxCells
	}
	tries := 0
	// One unit alone: the units asked for, else the matrix's columns.
	alone := units
	if len(alone) == 0 {
		alone = m.Units
	}
	if len(alone) > 1 || len(units) == 0 {
		for _, u := range alone {
			if tries++; tries > maxTries {
				break
			}
			if fits([]*model.Node{u}, o) {
				return args([]*model.Node{u}, o)
			}
		}
	}
	// The same units, fewer rows.
	if !o.Shared {
		s := o
		s.Shared = true
		if fits(units, s) {
			return args(units, s)
		}
	}
	if o.Role == nil {
		for _, role := range model.RACIRoles {
			r := o
			r.Role = &role
			if fits(units, r) {
				return args(units, r)
			}
		}
	}
	return ""
}

// matrix's messages.
var (
	badRole        = [model.NumLangs]string{"dutymap matrix: --role %s: use R, A, C or I (responsible, accountable, consulted, informed)", "dutymap matrix：--role %s：请用 R、A、C 或 I（执行、负责、咨询、知会）"}
	severalUnits   = [model.NumLangs]string{"dutymap matrix: %s could mean %d units:\n%s\nChoose one by its path.", "dutymap matrix：%s 可能指 %d 个单位：\n%s\n请用路径选择其中一个。"}
	topicNotUnit   = [model.NumLangs]string{"dutymap matrix: %s is a topic (%s), not a unit: a matrix is of departments, positions or sub-departments", "dutymap matrix：%s 是专题（%s），不是单位：矩阵只针对部门、岗位或下级部门"}
	topicNoShared  = [model.NumLangs]string{".\nIts lists hold no shared work (a list with Responsible: or Accountable: lines), so no matrix shows them.", "。\n它的列表中没有共同工作（带 Responsible: 或 Accountable: 行的列表），所以没有矩阵显示它们。"}
	topicShared    = [model.NumLangs]string{".\nIts shared work is in the matrix of each unit its RACI lines name, and of the whole organisation:\n  %s %s", "。\n它的共同工作出现在其 RACI 行所点名的每个单位的矩阵中，也出现在整个组织的矩阵中：\n  %s %s"}
	wholeOrg       = [model.NumLangs]string{"the whole organisation", "整个组织"}
	theOrg         = [model.NumLangs]string{"the organisation", "该组织"}
	matrixTooLarge = [model.NumLangs]string{"dutymap matrix: the matrix of %s is %d duties by %d units (%d cells), more than the %d it prints", "dutymap matrix：%s 的矩阵有 %d 项职责 × %d 个单位（%d 个单元格），超过可输出的 %d 个"}
	suchAs         = [model.NumLangs]string{"; name fewer units or keep fewer rows, such as:", "；请少给几个单位或少保留几行，例如："}
	nameFewer      = [model.NumLangs]string{"; name fewer units (a position: its path, such as marketing/positions/manager), or keep fewer rows with --shared or --role", "；请少给几个单位（岗位用它的路径，如 marketing/positions/manager），或用 --shared、--role 少保留几行"}
	noSharedRole   = [model.NumLangs]string{"dutymap matrix: no duty of %s is both shared by two units or more and gives one the role %s (%s): the matrix has no row; leave out --shared or --role", "dutymap matrix：%s 没有既由两个以上单位分担、又让某个单位担任角色 %s（%s）的职责：矩阵没有行；请去掉 --shared 或 --role"}
	noShared       = [model.NumLangs]string{"dutymap matrix: no duty of %s is shared by two units or more (--shared): the matrix has no row; leave out --shared to see who does each", "dutymap matrix：%s 没有由两个以上单位分担的职责（--shared）：矩阵没有行；去掉 --shared 可查看每项职责由谁做"}
	noRole         = [model.NumLangs]string{"dutymap matrix: no duty of %s gives a unit the role %s (%s): the matrix has no row; leave out --role to see every role", "dutymap matrix：%s 没有让某个单位担任角色 %s（%s）的职责：矩阵没有行；去掉 --role 可查看所有角色"}
	noDuty         = [model.NumLangs]string{"dutymap matrix: %s holds no duty, so the matrix has no row", "dutymap matrix：%s 没有职责，所以矩阵没有行"}
)
