package cli

import (
	"context"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/ui"
	"github.com/spf13/cobra"
)

func (a *app) runTUI(cmd *cobra.Command, args []string) error {
	if !a.io.IsTerminal {
		return &exitError{2, "dutymap: the explorer needs a terminal, and standard output is not one.\n" +
			"In scripts use a subcommand instead: dutymap search, show, compare or export (see dutymap --help)."}
	}
	theme := ui.Theme(a.opts.theme)
	switch theme {
	case ui.ThemeAuto, ui.ThemeDark, ui.ThemeLight:
	default:
		return &exitError{2, "dutymap: --theme must be dark, light or auto"}
	}
	// Invalid content stops here with the full report: never a half-loaded tree.
	org, lang, err := a.loadIn()
	if err != nil {
		return err
	}
	// The similarity index takes a few milliseconds to build and only duty
	// pages and comparisons need it: build it on first use, not at start.
	sim := sync.OnceValue(func() *model.Similarity { return model.NewSimilarity(org) })
	m := ui.New(ui.Config{
		Org:     org,
		Lang:    lang,
		Theme:   theme,
		NoColor: a.getenv("NO_COLOR") != "",
		Title:   a.title(),
		Related: func(n *model.Node) []*model.Node { return related(sim(), n) },

		Similarity: sim,

		ShowLayer: len(a.layers()) > 1,
	})
	p := tea.NewProgram(m, tea.WithInput(a.io.In), tea.WithOutput(a.io.Out))
	if _, err := p.Run(); err != nil {
		return &exitError{1, "dutymap: " + err.Error()}
	}
	return nil
}

// title names the organisation shown in the header.
func (a *app) title() string {
	var names []string
	for _, l := range a.layers() {
		names = append(names, l.Name)
	}
	return strings.Join(names, " + ")
}

// related lists the duties like n elsewhere, by the model's "also appears
// in" policy.
func related(sim *model.Similarity, n *model.Node) []*model.Node {
	ms, _ := sim.AlsoAppearsIn(context.Background(), n)
	out := make([]*model.Node, len(ms))
	for i, m := range ms {
		out[i] = m.Node
	}
	return out
}
