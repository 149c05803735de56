package serve

import (
	"errors"
	"fmt"

	shlex "github.com/anmitsu/go-shlex"
)

// splitCommand splits the command line an SSH client sent into words as
// a POSIX shell would (ssh HOST 'search "who sets prices"' is search and
// who sets prices), the splitting ssh.Session.Command does; but where a
// shell would refuse the line, it is refused too, saying what is wrong
// and the fix: a quote never closed ran as if closed (search "a b).
func splitCommand(raw string) ([]string, error) {
	words, err := shlex.Split(raw, true)
	switch {
	case err == nil:
		return words, nil
	case errors.Is(err, shlex.ErrNoClosing):
		return nil, fmt.Errorf("the command line opens a quote (%c) it never closes, which a shell would refuse too; "+
			`close it: ssh HOST 'search "who sets prices"' sends the query as one argument`, openQuote(raw))
	case errors.Is(err, shlex.ErrNoEscaped):
		return nil, errors.New(`the command line ends in a \ with nothing after it, which a shell would refuse too; ` +
			`delete it, or write \\ for a backslash`)
	}
	return nil, fmt.Errorf("the command line cannot be split into words as a shell would: %w", err)
}

// openQuote is the quote left open at the end of raw, read as a POSIX
// shell reads quotes: in single quotes nothing is special; in double
// quotes and outside quotes a backslash escapes the next character.
func openQuote(raw string) rune {
	var open rune
	escaped := false
	for _, r := range raw {
		switch {
		case escaped:
			escaped = false
		case open == '\'':
			if r == '\'' {
				open = 0
			}
		case r == '\\':
			escaped = true
		case open == '"':
			if r == '"' {
				open = 0
			}
		case r == '\'' || r == '"':
			open = r
		}
	}
	if open == 0 {
		return '"'
	}
	return open
}
