package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
)

// suggestFor are the words a user may type for command, beyond its slips,
// which cobra's suggestions take (Command.SuggestFor). A switch, not a
// map: a package-level map is built at every start (TestBinary).
func suggestFor(command string) []string {
	switch command {
	case "search":
		return []string{"find", "query", "lookup"}
	case "show":
		return []string{"view", "open", "display", "cat", "page"}
	case "compare":
		return []string{"diff", "vs", "versus"}
	case "export":
		return []string{"dump", "save", "write"}
	case "import":
		return []string{"load", "read"}
	case "validate":
		return []string{"lint", "verify"}
	case "check":
		return []string{"raci", "audit"}
	}
	return nil
}

// maxEcho bounds the arguments a suggested command line repeats: a longer
// line (pasted text, a runaway script) is not written back whole.
const maxEcho = 200

// rootArgs is the root's check of its arguments: none opens the explorer.
// A word that is no command is wrong usage (exit 2) that says what was
// likely meant: a command a slip or two away ("serch", "shw", "comapre",
// cobra's suggestions, which the root's own Args had left out), or else a
// search for the words, which is what a bare word most often means
// ("dutymap price": tryout25 T14).
func (a *app) rootArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := a.say(unknownCommand, termsafe.QuoteArg(args[0]), cmd.CommandPath())
	// The line to paste keeps the flags given (--content org
	// --builtin=false), or it runs on other content (tryout28 P19).
	path := cmd.CommandPath()
	if given := givenFlags(cmd); given != "" && len(given) <= maxEcho {
		path += " " + given
	}
	if names := commandsNear(cmd, args[0]); len(names) > 0 {
		msg += "\n\n" + a.say(commandMeant)
		for _, n := range names {
			line := path + " " + n
			if rest := quotedArgs(args[1:]); len(args) > 1 && len(rest) <= maxEcho {
				line += " " + rest
			}
			msg += "\n\t" + line
		}
		msg += "\n"
	} else if q := strings.Join(args, " "); hasSearch(cmd) && len(q) <= maxEcho {
		msg += fmt.Sprintf("\n\n%s\n\t%s search %s\n", a.say(searchForIt), path, searchArg(q))
	}
	return &exitError{2, msg + "\n" + a.say(seeHelp, cmd.CommandPath())}
}

// givenFlags are the flags given on the command line, as a shell reads
// them back: "--builtin=false --content org".
func givenFlags(cmd *cobra.Command) string {
	var parts []string
	cmd.Flags().Visit(func(f *pflag.Flag) {
		switch v := f.Value.(type) {
		case pflag.SliceValue:
			for _, s := range v.GetSlice() {
				parts = append(parts, "--"+f.Name, shellQuote(s))
			}
		default:
			if f.Value.Type() == "bool" {
				parts = append(parts, "--"+f.Name+"="+f.Value.String())
			} else {
				parts = append(parts, "--"+f.Name, shellQuote(f.Value.String()))
			}
		}
	})
	return strings.Join(parts, " ")
}

// commandsNear are the commands word is likely a slip of, by cobra's
// suggestions: one letter off first ("shw", "serch", not also serve); two
// ("comapre", "exprot") for a word of four letters or more, so that a
// question's "who" is not read as show.
func commandsNear(root *cobra.Command, word string) []string {
	for dist := 1; dist <= 2; dist++ {
		if dist == 2 && len(word) < 4 {
			break
		}
		root.SuggestionsMinimumDistance = dist
		if names := root.SuggestionsFor(word); len(names) > 0 {
			return names
		}
	}
	return nil
}

// hasSearch reports whether root runs search (a server's restricted root
// may not).
func hasSearch(root *cobra.Command) bool {
	c, _, err := root.Find([]string{"search"})
	return err == nil && c != root
}

// searchArg is a query as a shell reads it back as one argument: in double
// quotes, as the docs write queries, unless it holds what a shell reads
// inside them ($, `, \, ", !), then as shellQuote writes it.
func searchArg(q string) string {
	if strings.ContainsAny(q, "\"$`\\!") || termsafe.QuoteName(q) != q {
		return shellQuote(q)
	}
	return `"` + q + `"`
}

// quotedArgs is args as a shell reads them back, each quoted if it needs.
func quotedArgs(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = shellQuote(a)
	}
	return strings.Join(out, " ")
}

// flagsNear is "; did you mean --owners?" for an unknown flag a slip away
// from one the command takes (--owner, --widht: one edit, or two in a
// name of five letters or more; a start of one, --own), or "".
func (a *app) flagsNear(cmd *cobra.Command, err error) string {
	var nx *pflag.NotExistError
	if !errors.As(err, &nx) {
		return ""
	}
	typed := nx.GetSpecifiedName()
	if short := nx.GetSpecifiedShortnames(); short != "" {
		// A long name written with one dash, as Go's own commands take
		// them (-owners): read whole, it is a name to match.
		if len(short) < 2 {
			return ""
		}
		typed = short
	}
	if typed == "" || len(typed) > 40 { // a name no flag is near; edits cost its length squared
		return ""
	}
	limit := 1
	if len(typed) >= 5 {
		limit = 2
	}
	best, near := limit+1, []string(nil)
	seen := map[string]bool{}
	consider := func(f *pflag.Flag) {
		if f.Hidden || seen[f.Name] {
			return
		}
		seen[f.Name] = true
		d := model.EditDistance(typed, f.Name)
		if len(typed) >= 3 && strings.HasPrefix(f.Name, typed) {
			d = min(d, limit)
		}
		switch {
		case d < best:
			best, near = d, []string{"--" + f.Name}
		case d == best:
			near = append(near, "--"+f.Name)
		}
	}
	cmd.Flags().VisitAll(consider)
	cmd.InheritedFlags().VisitAll(consider)
	if len(near) == 0 {
		return ""
	}
	return a.say(flagMeant, strings.Join(near, a.say(helpOr)))
}

// oneDashLong refuses a long flag name written with one dash where its
// first letter is a shorthand (export -format csv: pflag reads -f ormat,
// and then "csv" as a stray argument): the message names the slip, not
// its consequence (verify25 W9b). Called first by the commands' argument
// checks, which run before anything else reads the flags.
func (a *app) oneDashLong(cmd *cobra.Command) error {
	var slip *pflag.Flag
	cmd.Flags().Visit(func(f *pflag.Flag) {
		if slip == nil && f.Shorthand != "" && f.Shorthand+f.Value.String() == f.Name {
			slip = f
		}
	})
	if slip == nil {
		return nil
	}
	return &exitError{2, a.say(oneDash, cmd.Name(), slip.Name, slip.Shorthand, slip.Value.String())}
}
