package cli

import (
	"strings"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
	"github.com/spf13/cobra"
)

// formatValues annotates a --format flag with the formats it takes, for
// the shell to complete (addFormat sets it).
const formatValues = "dutymap-format-values"

// completions sets what the shell completes (dutymap completion bash|zsh|
// fish|powershell, cobra's scripts): the departments, and positions after
// a department's "id/", for show, compare and matrix, read from the
// content the command line chooses; the values of --format, --lang and
// --theme; no file names where none is meant.
func (a *app) completions(root *cobra.Command) {
	fixed := func(values ...string) cobra.CompletionFunc {
		return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
	}
	_ = root.RegisterFlagCompletionFunc("lang", fixed("en\tEnglish", "zh\t中文"))
	_ = root.RegisterFlagCompletionFunc("theme", fixed("dark", "light", "auto"))
	for _, c := range root.Commands() {
		if f := c.Flags().Lookup("format"); f != nil {
			values := f.Annotations[formatValues]
			if c.Name() == "export" {
				values = nil
				for _, e := range exportFormats {
					values = append(values, e.name)
				}
			}
			_ = c.RegisterFlagCompletionFunc("format", fixed(values...))
		}
		switch c.Name() {
		case "show":
			c.ValidArgsFunction = a.completeUnits(1)
		case "compare":
			c.ValidArgsFunction = a.completeUnits(2)
		case "matrix":
			c.ValidArgsFunction = a.completeUnits(0)
		case "search", "version", "serve":
			c.ValidArgsFunction = cobra.NoFileCompletions
		}
	}
}

// completeUnits completes the ids of departments (with their names as the
// description), and the paths of positions once a department's "id/" is
// typed; a Chinese word completes the departments' Chinese names. most
// bounds the arguments (0: any number); one already given is not offered
// again.
func (a *app) completeUnits(most int) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		none := cobra.ShellCompDirectiveNoFileComp
		if most > 0 && len(args) >= most {
			return nil, none
		}
		org, err := a.load()
		if err != nil {
			return nil, none | cobra.ShellCompDirectiveError
		}
		lang := a.interfaceLang()
		want := strings.ToLower(toComplete)
		var out []cobra.Completion
		add := func(word string, title model.Text) {
			if !strings.HasPrefix(strings.ToLower(word), want) {
				return
			}
			for _, given := range args {
				if given == word {
					return
				}
			}
			// Names come from content: one line, no control characters.
			out = append(out, cobra.CompletionWithDesc(word, termsafe.Plain(termsafe.CutArg(title.In(lang), termsafe.MaxArgCells))))
		}
		han := strings.ContainsFunc(toComplete, analysis.IsHan)
		for _, d := range org.Departments {
			switch {
			case han:
				if name := d.Title.In(model.Zh); !strings.ContainsAny(name, " \t") {
					var id model.Text
					id[lang] = d.ID
					add(name, id)
				}
			case !strings.Contains(toComplete, "/"):
				add(d.ID, d.Title)
			}
		}
		if strings.Contains(toComplete, "/") {
			for _, n := range org.Nodes() {
				if n.Kind == model.KindSection && n.Role == model.RolePosition {
					add(n.Path, n.Title)
				}
			}
		}
		return out, none
	}
}
