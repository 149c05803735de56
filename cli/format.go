package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/spf13/pflag"
)

// outputFormat is the --format flag of a command that can print JSON, with
// --json as its shorthand: check and matrix had --format json, search and
// compare --json, and a script writer meets all four (tryout18 E). Every
// one takes both spellings; the old one keeps working.
type outputFormat struct {
	fs      *pflag.FlagSet
	command string   // "dutymap check", for messages
	names   []string // the formats, the default first
	format  string
	json    bool
}

// addFormat registers --format (names[0] by default) and --json on fs.
func addFormat(fs *pflag.FlagSet, command string, names ...string) *outputFormat {
	o := &outputFormat{fs: fs, command: command, names: names}
	fs.StringVar(&o.format, "format", names[0], listOr(names)+" (--json is --format json)")
	_ = fs.SetAnnotation("format", formatValues, names) // for the shell's completion
	fs.BoolVar(&o.json, "json", false, "print JSON: the same as --format json")
	return o
}

// get is the format asked for: "json" with --json; an exit status 2 error
// when --format names none of the command's formats (aliases are
// accepted: "markdown" for "md"), or when --json and --format ask for
// two different ones.
func (o *outputFormat) get(aliases map[string]string) (string, error) {
	format, err := formatIn(o.command, o.format, o.names, aliases)
	if err != nil {
		return "", err
	}
	if o.json {
		if o.fs.Changed("format") && format != "json" {
			return "", &exitError{2, fmt.Sprintf("%s: --json and --format %s ask for two formats: give one of them", o.command, termsafe.QuoteArg(o.format))}
		}
		return "json", nil
	}
	return format, nil
}

// formatIn is the format --format (given) names among names, a
// command's formats, by its name or an alias (aliases: alias → name), in
// any letter case; else the usage error (exit status 2) every command
// gives, with its formats. One rule for every command: export took
// --format JSON, and search, check, compare and matrix refused it
// (tryout20).
func formatIn(command, given string, names []string, aliases map[string]string) (string, error) {
	format := strings.ToLower(given)
	if a, ok := aliases[format]; ok {
		format = a
	}
	if !slices.Contains(names, format) {
		return "", &exitError{2, fmt.Sprintf("%s: --format %s: use %s", command, termsafe.QuoteArg(given), listOr(names))}
	}
	return format, nil
}

// listOr joins names as "a, b or c".
func listOr(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
