package cli

import (
	"slices"
	"strings"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/spf13/pflag"
)

// outputFormat is the --format flag of a command that can print JSON, with
// --json as its shorthand: check and matrix had --format json, search and
// compare --json, and a script writer meets all four (tryout18 E). Every
// one takes both spellings; the old one keeps working.
type outputFormat struct {
	a       *app // for the language of its messages
	fs      *pflag.FlagSet
	command string   // "dutymap check", for messages
	names   []string // the formats, the default first
	format  string
	json    bool
}

// addFormat registers --format (names[0] by default) and --json on fs.
func (a *app) addFormat(fs *pflag.FlagSet, command string, names ...string) *outputFormat {
	o := &outputFormat{a: a, fs: fs, command: command, names: names}
	fs.StringVar(&o.format, "format", names[0], strings.Join(names[:len(names)-1], ", ")+" or "+names[len(names)-1]+" (--json is --format json)")
	_ = fs.SetAnnotation("format", formatValues, names) // for the shell's completion
	fs.BoolVar(&o.json, "json", false, "print JSON: the same as --format json")
	return o
}

// get is the format asked for: "json" with --json; an exit status 2 error
// when --format names none of the command's formats (aliases are
// accepted: "markdown" for "md"), or when --json and --format ask for
// two different ones.
func (o *outputFormat) get(aliases map[string]string) (string, error) {
	format, err := o.a.formatIn(o.command, o.format, o.names, aliases)
	if err != nil {
		return "", err
	}
	if o.json {
		if o.fs.Changed("format") && format != "json" {
			return "", &exitError{2, o.a.say(twoFormats, o.command, termsafe.QuoteArg(o.format))}
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
func (a *app) formatIn(command, given string, names []string, aliases map[string]string) (string, error) {
	format := strings.ToLower(given)
	if a, ok := aliases[format]; ok {
		format = a
	}
	if !slices.Contains(names, format) {
		return "", &exitError{2, a.say(useFormat, command, termsafe.QuoteArg(given), a.listOr(names))}
	}
	return format, nil
}

// listOr joins names as "a, b or c" (a、b 或 c).
func (a *app) listOr(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], a.say(listSep)) + a.say(helpOr) + names[len(names)-1]
}

var (
	twoFormats = [model.NumLangs]string{"%s: --json and --format %s ask for two formats: give one of them", "%s：--json 和 --format %s 要求两种格式：请只给其中一个"}
	useFormat  = [model.NumLangs]string{"%s: --format %s: use %s", "%s：--format %s：请用 %s"}
)
