package cli

import (
	"fmt"

	"github.com/dutymap/dutymap/page"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).showCmd) }

func (a *app) showCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "show REF",
		Short: "Print a department, section or duty as Markdown",
		Long: `show prints one node of the organisation: REF is a path such as
marketing/positions/manager, or a department's id, name or alias.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			org, err := a.load()
			if err != nil {
				return err
			}
			lang, err := a.language()
			if err != nil {
				return err
			}
			n := org.Node(args[0])
			if n == nil {
				return &exitError{1, fmt.Sprintf("dutymap: nothing at %q", args[0])}
			}
			fmt.Fprint(a.io.Out, page.Render(org, n, page.Options{Lang: lang, ShowLayer: true}))
			return nil
		},
	}
}
