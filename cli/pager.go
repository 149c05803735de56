package cli

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strings"
)

// defaultPager shows colours (-R) and is found on nearly every system.
const defaultPager = "less -R"

// throughPager shows text in $PAGER (default "less -R"), which reads it
// from its standard input and the keys from the terminal. The command is
// split at spaces and run without a shell. When no pager can be started
// the text is printed as it is, with a note on standard error if $PAGER
// named one. Like git, it sets LESS=R when LESS is unset, so a plain
// "less" keeps the colours.
func (a *app) throughPager(text string) error {
	name := strings.TrimSpace(a.getenv("PAGER"))
	chosen := name != ""
	if !chosen {
		name = defaultPager
	}
	args := strings.Fields(name)
	path, err := exec.LookPath(args[0])
	if err != nil {
		if chosen {
			fmt.Fprintf(a.io.Err, "dutymap show: cannot start the pager %q (%v); printing the page\n", name, err)
		}
		_, err := fmt.Fprint(a.io.Out, text)
		return err
	}
	cmd := exec.Command(path, args[1:]...)
	cmd.Stdin = strings.NewReader(text)
	// The pager draws on the terminal itself (less moves the cursor and
	// clears the screen), so it gets the unfiltered output; the text it
	// is given has been filtered already.
	cmd.Stdout, cmd.Stderr = a.tty, a.io.Err
	less := a.getenv("LESS")
	if less == "" {
		less = "R"
	}
	cmd.Env = append(os.Environ(), "LESS="+less)
	// ctrl+c belongs to the pager while it runs (less uses it to stop a
	// search); dutymap waits for the pager to finish instead of dying
	// under it.
	interrupts := make(chan os.Signal, 1)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)
	if err := cmd.Run(); err != nil {
		if _, exited := err.(*exec.ExitError); exited {
			return nil // the pager's own exit status: it has shown its message
		}
		return &exitError{1, fmt.Sprintf("dutymap show: the pager %q failed: %v", name, err)}
	}
	return nil
}
