package cli

import (
	"strings"
	"testing"
)

// A mistyped command says what was likely meant, as cobra does unless the
// root checks its own arguments (which it does, to open the explorer when
// it has none): the command a slip or two away, with the rest of the
// line; a word that is no command's slip is offered as a search. Both are
// wrong usage, exit 2, nothing on stdout (tryout25 T14).
func TestMistypedCommandSaysWhatWasMeant(t *testing.T) {
	const usage = "\nRun 'dutymap --help' for usage.\n"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"serch", "price"}, "dutymap: unknown command \"serch\" for \"dutymap\"\n\nDid you mean this?\n\tdutymap search price\n"},
		{[]string{"shw", "sales"}, "\n\nDid you mean this?\n\tdutymap show sales\n"},
		{[]string{"comapre", "a", "b"}, "\n\nDid you mean this?\n\tdutymap compare a b\n"},
		{[]string{"exprot"}, "\n\nDid you mean this?\n\tdutymap export\n"},
		{[]string{"find", "who sets prices"}, "\n\nDid you mean this?\n\tdutymap search 'who sets prices'\n"},
		{[]string{"price"}, "dutymap: unknown command \"price\" for \"dutymap\"\n\nTo search for it:\n\tdutymap search \"price\"\n"},
		// "who" is no slip of show: a question is searched for.
		{[]string{"who", "sets", "prices"}, "\n\nTo search for it:\n\tdutymap search \"who sets prices\"\n"},
		{[]string{"谁负责定价"}, "\n\nTo search for it:\n\tdutymap search \"谁负责定价\"\n"},
		{[]string{"it's", "$HOME"}, "\n\nTo search for it:\n\tdutymap search 'it'\\''s $HOME'\n"},
		// The line to paste keeps the flags given, or it runs on other
		// content (tryout28 P19).
		{[]string{"who approves refunds", "--content", "my org", "--builtin=false", "--theme", "dark"},
			"\n\nTo search for it:\n\tdutymap --builtin=false --content 'my org' --theme dark search \"who approves refunds\"\n"},
		{[]string{"--content", "a", "--content", "b", "serch", "x"}, "\n\nDid you mean this?\n\tdutymap --content a --content b search x\n"},
		// A runaway argument is not written back whole.
		{[]string{strings.Repeat("a", 100000)}, "…\" for \"dutymap\"\nRun 'dutymap --help' for usage.\n"},
		{[]string{"serch", strings.Repeat("a ", 3000)}, "\n\nDid you mean this?\n\tdutymap search\n"},
	} {
		r := run(t, c.args...)
		if len(r.err) > 1000 {
			t.Errorf("%.20q…: %d bytes of message", c.args, len(r.err))
			continue
		}
		if r.code != 2 || r.out != "" || !strings.Contains(r.err, c.want) || !strings.HasSuffix(r.err, usage) {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s\nwant exit 2 and %q", c.args, r.code, r.out, r.err, c.want)
		}
	}
}

// A mistyped flag names the flag meant, one the command takes (its own or
// a global one), and help names the command meant (the same kind as
// above).
func TestMistypedFlagSaysWhatWasMeant(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"search", "--owner", "price"}, "dutymap search: unknown flag: --owner; did you mean --owners?\nRun 'dutymap search --help' for usage.\n"},
		{[]string{"show", "--widht", "50", "sales"}, "dutymap show: unknown flag: --widht; did you mean --width?\n"},
		{[]string{"show", "--contnet", "x", "sales"}, "unknown flag: --contnet; did you mean --content?\n"},
		{[]string{"export", "--fromat", "csv"}, "unknown flag: --fromat; did you mean --format?\n"},
		{[]string{"search", "--own", "price"}, "unknown flag: --own; did you mean --owners?\n"},
		{[]string{"search", "--zzzzzz", "price"}, "dutymap search: unknown flag: --zzzzzz\nRun"},
		{[]string{"help", "serch"}, "dutymap help: \"serch\" is not a command (did you mean search?); help alone lists them\n"},
		// A long name written with one dash, as Go's commands take them
		// (verify25 W9); a lone unknown letter has no name to match.
		{[]string{"search", "price", "-owners"}, "dutymap search: unknown shorthand flag \"o\" in -owners; did you mean --owners?\n"},
		{[]string{"show", "marketing", "-width", "60"}, "unknown shorthand flag \"w\" in -width; did you mean --width?\n"},
		{[]string{"search", "price", "-x"}, "dutymap search: unknown shorthand flag \"x\" in -x\nRun"},
		// ... and where its first letter is a shorthand, read as that
		// letter's value (verify25 W9b).
		{[]string{"export", "-format", "csv"}, "dutymap export: -format is read as -f ormat; write --format (two dashes) for the flag"},
		{[]string{"import", "-out", "dir", "f.csv"}, "dutymap import: -out is read as -o ut; write --out (two dashes) for the flag"},
		// A true-or-false flag given another value says what it takes,
		// not "a whole number" (verify25 W2).
		{[]string{"search", "price", "--owners=ture"}, "dutymap search: --owners takes true or false, not \"ture\": write --owners alone for true, or --owners=false\n"},
		{[]string{"--builtin=maybe", "show", "marketing"}, "--builtin takes true or false, not \"maybe\""},
	} {
		r := run(t, c.args...)
		if r.code != 2 || r.out != "" || !strings.Contains(r.err, c.want) {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s\nwant exit 2 and %q", c.args, r.code, r.out, r.err, c.want)
		}
	}
}
