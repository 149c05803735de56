// Package cli is dutymap's command line: the subcommands and the global
// flags that choose the content and the language.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/spf13/cobra"
)

// ContentEnv names the environment variable holding content folders,
// separated like PATH; --content adds to it.
const ContentEnv = "DUTYMAP_CONTENT"

// IO is where a command reads and writes; tests pass buffers.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
	// IsTerminal reports whether Out is a terminal (colour, Glamour, TUI).
	IsTerminal bool
	// Terminal, when Out is one, tells its size and background colour.
	Terminal Terminal
	Getenv   func(string) string
}

// exitError carries an exit code with an already-printed message.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// subcommands holds a constructor per subcommand; each command's file adds
// its own in init, so commands live in one file each.
var subcommands []func(*app) *cobra.Command

// options are the global flags.
type options struct {
	content []string
	builtin bool
	lang    string
	theme   string
}

// app is the shared state of one invocation.
type app struct {
	io   IO
	opts options
}

// Run executes dutymap with args and returns the exit code.
func Run(args []string, stdio IO) int {
	a := &app{io: stdio}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdio.In)
	root.SetOut(stdio.Out)
	root.SetErr(stdio.Err)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stdio.Err, ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(stdio.Err, "dutymap: "+err.Error())
	return 2
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "dutymap",
		Short: "Explore who does what in a company",
		Long: `dutymap shows departments, the positions inside them and every duty they own.
Run it without arguments for the interactive explorer; use the subcommands in scripts.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE:          a.runTUI,
	}
	f := root.PersistentFlags()
	f.StringArrayVar(&a.opts.content, "content", nil, "a folder of content files to add as a layer (repeatable; also $"+ContentEnv+")")
	f.BoolVar(&a.opts.builtin, "builtin", true, "include the built-in content under your own layers")
	f.StringVar(&a.opts.lang, "lang", "", "language: en or zh (default from the locale)")
	root.Flags().StringVar(&a.opts.theme, "theme", "auto", "colours for a dark or light terminal: dark, light or auto")
	for _, sub := range subcommands {
		root.AddCommand(sub(a))
	}
	root.CompletionOptions.DisableDefaultCmd = true
	return root
}

// layers returns the content layers the flags and environment choose.
func (a *app) layers() []content.Layer {
	var out []content.Layer
	if a.opts.builtin {
		out = append(out, content.Builtin())
	}
	var dirs []string
	if env := a.getenv(ContentEnv); env != "" {
		dirs = append(dirs, filepath.SplitList(env)...)
	}
	dirs = append(dirs, a.opts.content...)
	for _, d := range dirs {
		if d = strings.TrimSpace(d); d != "" {
			out = append(out, content.Dir(d))
		}
	}
	return out
}

func (a *app) getenv(k string) string {
	if a.io.Getenv == nil {
		return ""
	}
	return a.io.Getenv(k)
}

// load reads the chosen content or returns an exit error listing problems.
func (a *app) load() (*model.Org, error) {
	layers := a.layers()
	if len(layers) == 0 {
		return nil, &exitError{2, "dutymap: --builtin=false leaves no content; add --content DIR"}
	}
	org, err := content.Load(layers...)
	if err != nil {
		return nil, &exitError{1, "dutymap: the content has problems:\n" + err.Error()}
	}
	return org, nil
}

// loadIn checks the language flag, then loads the content: what every
// command that reads the organisation starts with.
func (a *app) loadIn() (*model.Org, model.Lang, error) {
	lang, err := a.language()
	if err != nil {
		return nil, lang, err
	}
	org, err := a.load()
	return org, lang, err
}

// language resolves --lang, then the locale, then English.
func (a *app) language() (model.Lang, error) {
	if a.opts.lang != "" {
		l, err := model.ParseLang(a.opts.lang)
		if err != nil {
			return l, &exitError{2, "dutymap: " + err.Error()}
		}
		return l, nil
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := a.getenv(k); v != "" {
			l, _ := model.ParseLang(v)
			return l, nil
		}
	}
	return model.En, nil
}

// StdIO is the process's own standard streams.
func StdIO() IO {
	return IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, IsTerminal: isTerminal(os.Stdout),
		Terminal: stdTerminal{os.Stdin, os.Stdout}, Getenv: os.Getenv}
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
