package cli

import (
	"fmt"

	"github.com/dutymap/dutymap/content"
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
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			layers := a.layers()
			if len(args) == 1 {
				layers = []content.Layer{content.Dir(args[0])}
			}
			org, err := content.Load(layers...)
			if err != nil {
				fmt.Fprintln(a.io.Out, err)
				return &exitError{code: 1}
			}
			var sections, duties int
			for _, n := range org.Nodes() {
				switch {
				case n.Kind.IsLeaf():
					duties++
				case !n.Kind.IsDocument():
					sections++
				}
			}
			fmt.Fprintf(a.io.Out, "ok: %d departments, %d topics, %d relations, %d sections, %d duties and points\n",
				len(org.Departments), len(org.Topics), len(org.Relations), sections, duties)
			return nil
		},
	}
}
