package cli

import "github.com/spf13/cobra"

func (a *app) runTUI(cmd *cobra.Command, args []string) error {
	return &exitError{2, "dutymap: the interactive explorer is not built yet"}
}
