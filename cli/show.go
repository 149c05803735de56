package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).showCmd) }

// maxSuggestions keeps the "did you mean" list short enough to read.
const maxSuggestions = 8

func (a *app) showCmd() *cobra.Command {
	theme := "auto"
	cmd := &cobra.Command{
		Use:   "show REF",
		Short: "Print a department, section, position or duty as Markdown",
		Long: `show prints the page of one node of the organisation: its description, traits,
duties, sub-sections and sources; when content comes from several layers
(--content over the built-in content), also the layer the node came from.

REF is one of:
  - a path of ids: marketing, marketing/positions/manager, marketing/positions/manager/3
    (the third duty); the first id may also be a name or alias: mkt/positions/manager
  - a department's or topic's id, name (in either language) or alias: sales, "Sales department", 销售部
  - the exact name of a section or position, when only one node has it

Names and aliases match whole and ignore case; when nothing matches, show lists
close candidates and exits with status 1.

On a terminal the page is rendered with colours and wrapped to $COLUMNS (80 by
default); --theme light suits a light background (auto reads $COLORFGBG and
otherwise assumes dark); set NO_COLOR for rendering without colours. When the output is piped or
redirected, show prints the Markdown source with no escape sequences.`,
		Example: `  dutymap show marketing
  dutymap show marketing/positions/manager
  dutymap show marketing/positions/manager/3
  dutymap show 市场部 --lang zh
  dutymap show "Sales department" > sales.md
  dutymap --content ./myorg --builtin=false show kitchen`,
		Args: exactArgs(1, "REF", "dutymap show marketing"),
		RunE: func(cmd *cobra.Command, args []string) error {
			org, lang, err := a.loadIn()
			if err != nil {
				return err
			}
			n, tier, err := resolveRef(org, args[0], lang)
			if err != nil {
				return err
			}
			if tier != model.TierExact {
				fmt.Fprintf(a.io.Err, "dutymap show: %q is read as %s (%s)\n", args[0], n.Path, n.Title.In(lang))
			}
			// Naming the layer only helps when there is more than one.
			opts := page.Options{Lang: lang, ShowLayer: len(a.layers()) > 1}
			if n.Kind.IsLeaf() { // as in the explorer: where else the duty appears
				opts.Related = related(model.NewSimilarity(org), n)
			}
			md := page.Render(org, n, opts)
			if a.io.IsTerminal {
				style, err := a.glamourStyle(theme)
				if err != nil {
					return err
				}
				md = renderTerminal(md, style, a.columns())
			}
			_, err = fmt.Fprint(a.io.Out, md)
			return err
		},
	}
	cmd.Flags().StringVar(&theme, "theme", "auto", "colours on a terminal: dark, light or auto")
	return cmd
}

// exactArgs is cobra.ExactArgs with a message that shows how to call the
// command instead of only counting arguments.
func exactArgs(n int, what, example string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == n {
			return nil
		}
		return &exitError{2, fmt.Sprintf("dutymap %s: expected %s, got %d argument(s)\nexample: %s",
			cmd.Name(), what, len(args), example)}
	}
}

// resolveRef finds the node REF names (see model.(*Org).Resolve), or
// returns an exit error listing close candidates.
func resolveRef(org *model.Org, ref string, lang model.Lang) (*model.Node, model.Tier, error) {
	ref = strings.Trim(strings.TrimSpace(ref), "/")
	if ref == "" {
		return nil, model.TierNone, &exitError{2, "dutymap show: REF is empty; give a path such as marketing/positions/manager or a department's name"}
	}
	found, tier := org.Resolve(ref)
	switch len(found) {
	case 1:
		return found[0], tier, nil
	case 0:
		return nil, tier, &exitError{1, notFound(org, ref, lang)}
	default:
		return nil, tier, &exitError{1, fmt.Sprintf("dutymap show: %q names %d nodes; use one of these paths:\n%s",
			ref, len(found), listNodes(found, lang))}
	}
}

// notFound explains that nothing matched and suggests what might have been
// meant, so the user can retry without reading the whole tree.
func notFound(org *model.Org, ref string, lang model.Lang) string {
	msg := fmt.Sprintf("dutymap show: no department, section or duty matches %q.\n", ref)
	if cands := org.Suggest(ref, maxSuggestions); len(cands) > 0 {
		return msg + "Did you mean one of these?\n" + listNodes(cands, lang)
	}
	ids := make([]string, len(org.Departments))
	for i, d := range org.Departments {
		ids[i] = d.ID
	}
	return msg + "Give a path such as " + examplePath(org) + ", or a department's id, name or alias.\n" +
		"Departments: " + strings.Join(ids, ", ")
}

// listNodes prints one "path  title" line per node.
func listNodes(nodes []*model.Node, lang model.Lang) string {
	width := 0
	for _, n := range nodes {
		width = max(width, len(n.Path))
	}
	var b strings.Builder
	for _, n := range nodes {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, n.Path, ellipsis(n.Title.In(lang), 60))
	}
	return strings.TrimRight(b.String(), "\n")
}

func ellipsis(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// examplePath shows a real path of this organisation in messages.
func examplePath(org *model.Org) string {
	for _, n := range org.Nodes() {
		if n.Depth() == 2 && !n.Kind.IsLeaf() {
			return n.Path
		}
	}
	return "marketing/positions/manager"
}

// glamourStyle picks Glamour's style: NO_COLOR (https://no-color.org) wins
// over everything, then --theme.
func (a *app) glamourStyle(theme string) (string, error) {
	if a.getenv("NO_COLOR") != "" || isDumb(a.getenv) {
		return "notty", nil
	}
	switch theme {
	case "dark", "light":
		return theme, nil
	case "auto":
		return a.autoStyle(), nil
	}
	return "", &exitError{2, fmt.Sprintf("dutymap show: --theme must be dark, light or auto, not %q", theme)}
}

// autoStyle guesses the background from COLORFGBG ("foreground;background",
// set by rxvt, Konsole and others) and otherwise assumes dark. It does not
// query the terminal as the explorer does: a terminal that never answers
// would stall a one-shot command for seconds.
func (a *app) autoStyle() string {
	parts := strings.Split(a.getenv("COLORFGBG"), ";")
	switch parts[len(parts)-1] {
	case "7", "15":
		return "light"
	}
	return "dark"
}

// columns is the width to wrap to: $COLUMNS when it is a sane number.
func (a *app) columns() int {
	if n, err := strconv.Atoi(strings.TrimSpace(a.getenv("COLUMNS"))); err == nil && n >= 20 && n <= 1000 {
		return n
	}
	return 80
}

// renderTerminal renders Markdown for the terminal without Glamour's
// padding, which only gets in the way of copying text and of narrower
// windows.
func renderTerminal(md, style string, width int) string {
	lines := strings.Split(page.Terminal(md, style, width), "\n")
	for i, l := range lines {
		if strings.TrimSpace(ansi.Strip(l)) == "" {
			l = ""
		}
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}
