package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/filekind"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).validateCmd) }

func (a *app) validateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "validate [DIR]",
		Short: "Check a content folder and list every problem with file:line",
		Long: `validate reads a content folder and lists every problem in it, each with the file,
the line and how to fix it. With no DIR it checks the content the global flags choose.
It exits 0 when the content is valid and 1 when it is not.`,
		Example: `  dutymap validate myorg
  dutymap --content myorg validate   # your folder layered over the built-in content`,
		Args: atMostOneArg("one content folder DIR", "dutymap validate ./myorg"),
		RunE: func(cmd *cobra.Command, args []string) error {
			layers := a.layers()
			if len(args) == 1 {
				if p, ok := notAFolder(args[0], "validate the folder it writes", func(out string) string { return "dutymap validate " + shellQuote(out) }); ok {
					fmt.Fprintln(a.io.Out, content.Problems{p})
					return &exitError{code: 1}
				}
				layers = []content.Layer{content.Dir(args[0])}
			}
			if len(layers) == 0 {
				return &exitError{2, "dutymap validate: --builtin=false leaves no content; give a folder: dutymap validate DIR"}
			}
			org, ps := content.Check(layers...)
			if org == nil {
				fmt.Fprintln(a.io.Out, ps)
				return &exitError{code: 1}
			}
			for _, p := range ps.Cut() {
				fmt.Fprintln(a.io.Out, p)
			}
			fmt.Fprintln(a.io.Out, "ok: "+summary(org))
			return nil
		},
	}
}

// summary counts what the organisation holds: "1 department, 3 sections,
// 12 duties"; kinds it has none of are left out, except departments.
func summary(org *model.Org) string {
	var sections, duties, points int
	for _, n := range org.Nodes() {
		switch n.Kind {
		case model.KindSection:
			sections++
		case model.KindDuty:
			duties++
		case model.KindPoint:
			points++
		}
	}
	parts := []string{content.Count(len(org.Departments), "department", "departments")}
	for _, c := range []struct {
		n         int
		one, many string
	}{
		{len(org.Topics), "topic", "topics"}, {len(org.Relations), "relation", "relations"},
		{sections, "section", "sections"}, {duties, "duty", "duties"}, {points, "point", "points"},
	} {
		if c.n > 0 {
			parts = append(parts, content.Count(c.n, c.one, c.many))
		}
	}
	return strings.Join(parts, ", ")
}

// notAFolder is the problem of a file given where a content folder is
// read (validate FILE, check FILE, --content FILE, $DUTYMAP_CONTENT): a
// spreadsheet is imported first, and its fix is the two commands, import
// and again(folder), the command to run on the folder import writes ("then
// " + then, in words); any other file is named as one.
func notAFolder(name, then string, again func(folder string) string) (content.Problem, bool) {
	info, err := os.Stat(name)
	if err != nil || info.IsDir() {
		return content.Problem{}, false
	}
	p := content.Problem{File: termsafe.QuoteName(name), Msg: "is a file, not a content folder",
		Fix: "give the folder that holds the language folders (en/, zh/), such as one dutymap init or dutymap import wrote"}
	if what, regular := filekind.Of(info.Mode()); !regular && what != "" {
		p.Msg = "is " + what + ", not a content folder" // a FIFO is no file a user wrote (hostile16 #7)
		return p, true
	}
	switch sheetFile(name) {
	case sheetRead:
		out := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		p.Msg = "is a spreadsheet, not a content folder"
		p.Fix = fmt.Sprintf("import it, then %s: dutymap import %s && %s", then, shellQuote(name), again(out))
	case sheetSaveAs:
		p.Msg = "is a spreadsheet, not a content folder"
		p.Fix = "save it as .xlsx or .csv, import that (dutymap import FILE.xlsx), then " + then
	}
	return p, true
}

// contentFiles refuses a file among the content folders $DUTYMAP_CONTENT
// and --content name, with notAFolder's problem: for a spreadsheet, the
// fix imports it and runs the same command line on the folder written
// (the loader's "cannot read the folder: not a directory / give a folder
// that you may read" said nothing of import).
func (a *app) contentFiles() error {
	if a.host != nil {
		return nil
	}
	var ps content.Problems
	for _, d := range a.contentDirs() {
		if p, ok := notAFolder(d, "read the folder it writes", func(out string) string { return a.againWith(d, out) }); ok {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return nil
	}
	return &exitError{1, "dutymap: the content has problems:\n" + ps.Error()}
}

// againWith is the command line the user ran, with the content folder
// from (in --content or $DUTYMAP_CONTENT) replaced by to.
func (a *app) againWith(from, to string) string {
	var parts []string
	if env := a.getenv(ContentEnv); env != "" {
		dirs := filepath.SplitList(env)
		for i, d := range dirs {
			if strings.TrimSpace(d) == from {
				dirs[i] = to
			}
		}
		parts = append(parts, ContentEnv+"="+shellQuote(strings.Join(dirs, string(filepath.ListSeparator))))
	}
	parts = append(parts, "dutymap")
	for i := 0; i < len(a.args); i++ {
		arg := a.args[i]
		switch {
		case (arg == "--content" || arg == "-content") && i+1 < len(a.args) && strings.TrimSpace(a.args[i+1]) == from:
			parts = append(parts, arg, shellQuote(to))
			i++
			continue
		case strings.HasPrefix(arg, "--content=") && strings.TrimSpace(strings.TrimPrefix(arg, "--content=")) == from:
			arg = "--content=" + to
		}
		parts = append(parts, shellQuote(arg))
	}
	return strings.Join(parts, " ")
}
