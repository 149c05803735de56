package cli

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/termcolour"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
	"github.com/dutymap/dutymap/page"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).showCmd) }

// maxSuggestions keeps the "did you mean" list short enough to read.
const maxSuggestions = 8

func (a *app) showCmd() *cobra.Command {
	var o showOptions
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

Names and aliases match whole and ignore case; without --lang, a reference written
with names in one language (市场部, or its pinyin: xiaoshoubu) gets that language's page. When nothing matches,
show lists close candidates (what a breadcrumb nearly names first) and exits with
status 1.

On a terminal the page is rendered with styles and wrapped to the terminal's
width, at most ` + strconv.Itoa(readingWidth) + ` columns for reading (--width sets it); a page
taller than the terminal opens in $PAGER (less -R by default; --no-pager prints
it). --theme auto asks the terminal for its background colour and falls back
to $COLORFGBG, then dark. NO_COLOR gives attributes without colours, TERM=dumb
plain text. When the output is piped or redirected, show prints the Markdown
source with each paragraph on one line, so the reading tool wraps it; with
--width, the page laid out to that width as plain text.`,
		Example: `  dutymap show marketing
  dutymap show marketing/positions/manager
  dutymap show marketing/positions/manager/3
  dutymap show 市场部 --lang zh
  dutymap show sales --width 60 --no-pager
  dutymap show "Sales department" > sales.md
  dutymap --content ./myorg --builtin=false show kitchen`,
		Args: a.exactArgs(1, [model.NumLangs]string{"REF", "一个 REF"}, "dutymap show marketing"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkShow(o); err != nil {
				return err
			}
			org, lang, err := a.loadIn()
			if err != nil {
				return err
			}
			lang = a.refsLang(org, lang, args[0])
			n, tier, also, err := a.resolveRef(org, args[0], lang)
			if err != nil {
				return err
			}
			if a.opts.lang == "" {
				lang = refLang(n, args[0], lang)
			}
			a.noteReading("dutymap show", args[0], n, tier, lang)
			if len(also) > 0 {
				fmt.Fprintf(a.io.Err, "%s\n%s\n", a.say(alsoNames, termsafe.QuoteArg(args[0])), listNodes(also, lang))
			}
			// Naming the layer only helps when there is more than one.
			opts := page.Options{Lang: lang, ShowLayer: len(a.layers()) > 1}
			if n.Kind.IsLeaf() { // as in the explorer: where else the duty appears
				opts.Related = related(model.NewSimilarity(org), n)
			}
			md := page.Render(org, n, opts)
			if !a.io.IsTerminal {
				text := page.Unwrap(md)
				width := o.width
				if width == 0 && a.sessionTerminal() && a.host.width > 0 {
					// ssh -t HOST show: plain text, as into a pipe, but it
					// ends on the client's terminal, whose width is known
					// (tryout25 T15: lines were cut mid-word).
					width = max(min(a.host.width, readingWidth), minWidth)
				}
				if width > 0 {
					// Asked for a width: the page laid out to it, as plain
					// text (what TERM=dumb shows), not Markdown unwrapped.
					text = renderTerminal(md, page.StylePlain, width)
				}
				_, err := fmt.Fprint(a.io.Out, text)
				return err
			}
			return a.showOnTerminal(md, o)
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.width, "width", 0, "wrap to this many columns (default: the terminal's width, at most "+strconv.Itoa(readingWidth)+"); piped, plain text at this width")
	setRange(f, "width", widthRange)
	f.BoolVar(&o.noPager, "no-pager", false, "print the page even when it is taller than the terminal")
	return cmd
}

// showOptions are show's flags.
type showOptions struct {
	width   int
	noPager bool
}

// readingWidth caps the width of a page on a wide terminal: longer lines
// are hard to read. --width overrides it.
const readingWidth = 100

// Widths --width accepts.
const minWidth, maxWidth = 20, 1000

// widthRange says them, after "give".
var widthRange = [model.NumLangs]string{
	fmt.Sprintf("a whole number from %d to %d, or 0 for the terminal's width", minWidth, maxWidth),
	fmt.Sprintf("一个 %d 到 %d 之间的整数，或 0（终端的宽度）", minWidth, maxWidth),
}

func (a *app) checkShow(o showOptions) error {
	if o.width != 0 && (o.width < minWidth || o.width > maxWidth) {
		what := isTooSmall
		if o.width > maxWidth {
			what = isTooLarge
		}
		return &exitError{2, a.say(badWidth, o.width, a.say(what), a.say(widthRange))}
	}
	return nil
}

// showOnTerminal renders the page for the terminal and prints it, through
// the pager when it is taller than the terminal.
func (a *app) showOnTerminal(md string, o showOptions) error {
	w, h := a.terminalSize()
	width := min(w, readingWidth)
	if o.width > 0 {
		width = o.width
	}
	style, err := a.pageStyle(a.opts.theme)
	if err != nil {
		return err
	}
	out := a.inTerminalColours(renderTerminal(md, style, width))
	// Without a known height (a pty with no window, as under `script` in
	// CI) nothing says the page is taller than the screen.
	if !o.noPager && style != page.StylePlain && h > 0 && strings.Count(out, "\n") > h {
		return a.throughPager(out)
	}
	_, err = fmt.Fprint(a.io.Out, out)
	return err
}

// inTerminalColours brings the page's colours down to what the terminal
// shows, judged as the explorer's renderer judges it (colorprofile.Detect:
// the environment, terminfo and, inside tmux, tmux's own answer, refined
// by termcolour.Refine): 16 colours for TERM=xterm, none for xterm-mono,
// vt100 or without a TERM. Glamour writes
// 256-colour codes whatever the terminal.
func (a *app) inTerminalColours(out string) string {
	var b strings.Builder
	// show is on a terminal: only how much colour it takes is in question.
	w := colorprofile.Writer{Forward: &b, Profile: a.colourProfile(io.Discard, "TTY_FORCE=1")}
	if _, err := w.WriteString(out); err != nil {
		return out
	}
	return b.String()
}

// terminalSize is the terminal's size: TIOCGWINSZ, then $COLUMNS and
// $LINES (bash sets but does not export them); else 80 columns and an
// unknown height (0).
func (a *app) terminalSize() (width, height int) {
	if a.io.Terminal != nil {
		if w, h, err := a.io.Terminal.Size(); err == nil && w > 0 && h > 0 {
			return w, h
		}
	}
	return a.envInt("COLUMNS", 80), a.envInt("LINES", 0)
}

// envInt reads a sane positive number from the environment.
func (a *app) envInt(key string, def int) int {
	if n, err := strconv.Atoi(strings.TrimSpace(a.getenv(key))); err == nil && n >= 1 && n <= maxWidth {
		return n
	}
	return def
}

// exactArgs is cobra.ExactArgs with a message that shows how to call the
// command instead of only counting arguments.
func (a *app) exactArgs(n int, what [model.NumLangs]string, example string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := a.oneDashLong(cmd); err != nil {
			return err
		}
		if len(args) == n {
			return nil
		}
		return &exitError{2, a.say(tooManyArgs, cmd.Name(), a.say(what), len(args), example)}
	}
}

// atMostOneArg is cobra.MaximumNArgs(1) with a message worded as
// exactArgs's: "check org org" got cobra's "accepts at most 1 arg(s)".
func (a *app) atMostOneArg(what [model.NumLangs]string, example string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) <= 1 {
			return nil
		}
		return &exitError{2, a.say(atMostArgs, cmd.Name(), a.say(what), len(args), example) + "\n" + a.say(seeHelp, cmd.CommandPath())}
	}
}

// resolveRef finds the node REF names (see model.(*Org).Resolve), or
// returns an exit error listing close candidates. A start that names one
// department and other nodes names the department, as compare reads it
// (model.PreferDepartment); also are the others.
func (a *app) resolveRef(org *model.Org, ref string, lang model.Lang) (n *model.Node, tier model.Tier, also []*model.Node, err error) {
	ref = strings.Trim(strings.TrimSpace(ref), "/")
	if ref == "" {
		return nil, model.TierNone, nil, &exitError{2, a.say(emptyRef, examplePath(org))}
	}
	found, tier := org.Resolve(ref)
	if d, others := model.PreferDepartment(found, tier); d != nil {
		return d, tier, append(others, positionsNamed(org, ref, found)...), nil
	}
	switch len(found) {
	case 1:
		if tier != model.TierExact {
			also = positionsNamed(org, ref, found)
		}
		return found[0], tier, also, nil
	case 0:
		if !hasWordRune(ref) {
			// "show ." or "show *": no name to look for, and the closest
			// names to punctuation are any (tryout28 P13).
			return nil, tier, nil, &exitError{2, a.say(noLetterRef, termsafe.QuoteArg(ref), examplePath(org))}
		}
		return nil, tier, nil, &exitError{1, a.notFound(org, ref, lang)}
	default:
		return nil, tier, nil, &exitError{1, a.say(namesSeveral, termsafe.QuoteArg(ref), len(found)) + "\n" + listNodes(found, lang)}
	}
}

// maxAlsoPositions bounds the positions show lists beside a reference it
// read as a document's name.
const maxAlsoPositions = 5

// positionsNamed lists the positions (and units) whose name ref begins or
// names a word of, other than found: a reference Resolve reads by a word
// of a department's name ("manager" → General manager's office) may have
// meant one of them (Marketing manager), whose names Resolve takes only
// whole. At most maxAlsoPositions.
func positionsNamed(org *model.Org, ref string, found []*model.Node) []*model.Node {
	first, _ := utf8.DecodeRuneInString(ref)
	if n := utf8.RuneCountInString(ref); n < 2 || n < 3 && !unicode.Is(unicode.Han, first) {
		return nil // "hr", "pr": inside too many names (经理 is a word)
	}
	var out []*model.Node
	for _, n := range org.Nodes() {
		if n.Kind != model.KindSection || n.Role != model.RolePosition && n.Role != model.RoleUnit || slices.Contains(found, n) {
			continue
		}
		if model.NameTier(ref, n) <= model.TierWord {
			out = append(out, n)
			if len(out) == maxAlsoPositions {
				break
			}
		}
	}
	return out
}

// refLang is the language to answer a reference in when --lang is not
// given: the language of the names it is written with, found on n and the
// nodes above it, as search answers in the query's language ("show 市场部"
// gives the Chinese page under an English locale); otherwise lang. A
// Chinese name written in pinyin ("show xiaoshoubu", read as 销售部 by
// model.HeardInChinese) is a Chinese name too. A name written alike in
// both languages, or an id, says nothing.
func refLang(n *model.Node, ref string, lang model.Lang) model.Lang {
	var in [model.NumLangs]bool
	for _, part := range strings.FieldsFunc(ref, func(r rune) bool { return r == '›' || r == '/' }) {
		q := model.Fold(part)
		var named [model.NumLangs]bool
		for m := n; m != nil; m = m.Parent {
			if model.Fold(m.ID) == q {
				named = [model.NumLangs]bool{}
				break
			}
			for l := range model.NumLangs {
				if model.Fold(m.Title[l]) == q || slices.ContainsFunc(m.Aliases()[l], func(a string) bool { return model.Fold(a) == q }) {
					named[l] = true
				}
			}
			if model.HeardInChinese(part, m) {
				named[model.Zh] = true
			}
		}
		if named[model.En] != named[model.Zh] {
			in[model.En] = in[model.En] || named[model.En]
			in[model.Zh] = in[model.Zh] || named[model.Zh]
		}
	}
	switch {
	case in[model.En] && !in[model.Zh]:
		return model.En
	case in[model.Zh] && !in[model.En]:
		return model.Zh
	}
	return lang
}

// notFound explains that nothing matched and suggests what might have been
// meant, so the user can retry without reading the whole tree.
// commandLine gives the command line that runs a subcommand on the same
// content (app.commandLine).
func (a *app) notFound(org *model.Org, ref string, lang model.Lang) string {
	msg := a.say(noMatch, termsafe.QuoteArg(ref)) + "\n" + a.searchHint(ref)
	if cands := org.Suggest(ref, maxSuggestions); len(cands) > 0 {
		return msg + a.say(meantOne) + "\n" + listNodes(cands, lang)
	}
	ids := make([]string, len(org.Departments))
	for i, d := range org.Departments {
		ids[i] = d.ID
	}
	return msg + a.say(givePath, examplePath(org), strings.Join(ids, a.say(listSep)))
}

// searchHint is, for a reference that reads as a question or as several
// words ("who sets prices", 谁负责定价), the search that answers it: show
// opens a page by its name or path, and such a reference names none
// (tryout27 P7). "" for a reference that reads as a name or path.
func (a *app) searchHint(ref string) string {
	asks := analysis.IsQuestion(strings.ToLower(ref))
	if len(ref) > maxEcho || !asks && (len(strings.Fields(ref)) < 2 || strings.ContainsAny(ref, "/›")) {
		return ""
	}
	return a.say(showSearches) + "\n\t" + a.commandLine("search "+searchArg(ref)) + "\n"
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

// examplePath shows a real path of this organisation in messages: a
// node two levels down (a position or a sub-section: marketing/roles/
// intelligence in the built-in content), else a section (仓储部/发货员 of
// a sheet of departments and positions), else a department.
func examplePath(org *model.Org) string {
	section := ""
	for _, n := range org.Nodes() {
		if n.Kind.IsLeaf() {
			continue
		}
		switch n.Depth() {
		case 2:
			return n.Path
		case 1:
			if section == "" {
				section = n.Path
			}
		}
	}
	if section != "" {
		return section
	}
	if len(org.Departments) > 0 {
		return org.Departments[0].Path
	}
	return "sales"
}

// pageStyle picks the page's style. TERM=dumb gets no escape sequences
// at all; NO_COLOR (https://no-color.org) and a terminal without colours
// (TERM=xterm-mono, vt100: termcolour.Mono) no colours; then --theme.
// A terminal without a TERM is taken for a dumb one: nothing says what it
// understands, and less would stop on it ("WARNING: terminal is not fully
// functional") and wrap the page again at a width of its own. The error
// is a signal that ended the wait for the terminal's answer (*exitError).
func (a *app) pageStyle(theme string) (string, error) {
	switch {
	case isDumb(a.getenv) || a.getenv("TERM") == "":
		return page.StylePlain, nil
	case a.noColour():
		return page.StyleMono, nil
	case theme == "dark":
		return page.StyleDark, nil
	case theme == "light":
		return page.StyleLight, nil
	}
	return a.autoStyle()
}

// autoStyle asks the terminal for its background colour, as the explorer
// does; a terminal that does not answer is judged by $COLORFGBG
// ("foreground;background", set by rxvt, Konsole and others), and
// otherwise assumed dark. A signal that ends the process while it waits
// for the answer ends the command: exit 128+n, the terminal given back.
func (a *app) autoStyle() (string, error) {
	if a.io.Terminal != nil {
		bg, err := a.io.Terminal.Background()
		var in *interrupted
		switch {
		case errors.As(err, &in):
			return "", &exitError{128 + in.signal, ""}
		case err == nil && bg != nil && isDark(bg):
			return page.StyleDark, nil
		case err == nil && bg != nil:
			return page.StyleLight, nil
		}
	}
	parts := strings.Split(a.getenv("COLORFGBG"), ";")
	switch parts[len(parts)-1] {
	case "7", "15":
		return page.StyleLight, nil
	}
	return page.StyleDark, nil
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

// noColour says the explorer and pages show no colour, only bold,
// underline and reverse video: the reader asked so (NO_COLOR) or the
// terminal has none (termcolour.Mono).
func (a *app) noColour() bool { return a.getenv("NO_COLOR") != "" || termcolour.Mono(a.getenv) }
