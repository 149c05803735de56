// Package cli is dutymap's command line: the subcommands and the global
// flags that choose the content and the language.
package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/cache"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/gcstart"
	_ "github.com/dutymap/dutymap/internal/onearena" // dutymap starts under ulimit -v 1 GB
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
	"github.com/dutymap/dutymap/model/search"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"
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
	// ErrIsTerminal and InIsTerminal report the same of Err and In.
	ErrIsTerminal, InIsTerminal bool
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
	noCache bool
}

// app is the shared state of one invocation.
type app struct {
	// args is the command line, as given (for a fix to repeat).
	args []string
	// io is what commands use. Its Out and Err filter what passes through
	// them down to text (and colour, on a terminal): see Run.
	io IO
	// tty is the unfiltered standard output, for the explorer and show's
	// pager only: Bubble Tea and less write their own control sequences
	// and need the terminal itself.
	tty  io.Writer
	opts options
	// host, when set, is the SSH session this invocation runs for
	// (dutymap serve): the content comes from the server, the explorer
	// runs on the client's terminal (see serve.go).
	host *hosting
	// saving is the writing of the cache of the version of the content
	// read last, while the explorer follows its folders (liveLoader).
	saving atomic.Pointer[pendingSave]
}

// Run executes dutymap with args and returns the exit code: 0 on success,
// 1 when the command failed (bad content, nothing found, output that
// could not be written), 2 for wrong usage, 128+n after signal n.
//
// Everything a command writes passes through one filter on its way out,
// whatever it came from (content, file names, arguments echoed in errors,
// cobra's own messages): termsafe.KeepSGR on a terminal, termsafe.Plain on
// a pipe, a file or a terminal without escape sequences (TERM=dumb).
func Run(args []string, stdio IO) int { return runFor(args, stdio, nil) }

// runFor is Run for the local terminal (host nil) or for an SSH session.
func runFor(args []string, stdio IO, host *hosting) int {
	dumb := isDumb(stdio.Getenv)
	out := safeWriter(stdio.Out, stdio.IsTerminal && !dumb)
	errw := safeWriter(stdio.Err, stdio.ErrIsTerminal && !dumb)
	a := &app{io: stdio, tty: stdio.Out, host: host, args: args}
	a.io.Out, a.io.Err = out, errw
	root := a.rootCmd()
	if host != nil {
		restrictForSession(root)
		if a.interfaceLang() == model.Zh {
			root.Long = sessionLongZh
		}
	}
	// Never nil: cobra reads os.Args when given nil, which for an SSH
	// session would be the server's own command line.
	root.SetArgs(append([]string{}, args...))
	root.SetIn(stdio.In)
	root.SetOut(out)
	root.SetErr(errw)
	err := root.Execute()
	code, msg := a.exitCode(err)
	// A write that failed is a failed command, even where the command
	// itself ignored the error of one Fprint; but a reader that has gone
	// (dutymap … | head) wanted no more: the command ends quietly, with
	// the status it would have had, as it does when its output fitted the
	// pipe before the reader left.
	werr := out.Flush()
	if we := (*writeError)(nil); werr == nil && errors.As(err, &we) {
		werr = we.err // a write that bypasses the filter: export's workbook
	}
	switch {
	case werr == nil:
	case readerGone(werr):
		if err == nil || isWriteError(err) {
			code, msg = 0, ""
		}
	default:
		if code == 0 || code == 2 {
			code, msg = 1, ""
		}
		msg = strings.TrimSpace(msg + "\n" + a.say(writeFail, a.sysErr(werr)))
	}
	if msg != "" {
		fmt.Fprintln(errw, msg)
	}
	if errw.Flush() != nil && code == 0 {
		code = 1
	}
	return code
}

// exitCode maps what a command returned to an exit code and a message.
func (a *app) exitCode(err error) (int, string) {
	var ee *exitError
	switch {
	case err == nil:
		return 0, ""
	case errors.As(err, &ee):
		return ee.code, ee.msg
	case isWriteError(err):
		return 1, "" // reported by Run from the writer
	}
	// What is left comes from cobra before the command ran: an unknown
	// command, a wrong number of arguments.
	return 2, a.say(cmdSays, "dutymap", a.cobraErr(err)) + "\n" + a.say(seeHelp, "dutymap")
}

// safeWriter filters w for a terminal (keeping colour) or for plain text.
func safeWriter(w io.Writer, terminal bool) *termsafe.Writer {
	if terminal {
		return termsafe.NewTerminalWriter(w)
	}
	return termsafe.NewPlainWriter(w)
}

// writeError marks an error as a failed write of the output.
type writeError struct{ err error }

func (e *writeError) Error() string { return e.err.Error() }
func (e *writeError) Unwrap() error { return e.err }

func isWriteError(err error) bool {
	var we *writeError
	return errors.As(err, &we)
}

// readerGone reports a write that failed because the reader of the pipe
// has gone (EPIPE).
func readerGone(err error) bool { return errors.Is(err, syscall.EPIPE) }

// plainErr is an I/O error without Go's "write /dev/stdout:" prefix.
func plainErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// isDumb reports a terminal that takes no escape sequences at all.
func isDumb(getenv func(string) string) bool {
	return getenv != nil && getenv("TERM") == "dumb"
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "dutymap",
		Short: "Explore who does what in a company",
		Long: `dutymap shows departments, the positions inside them and every duty they own.
Run it without arguments for the interactive explorer; use the subcommands in scripts.
The explorer follows its --content folders: a saved edit shows at once, and an edit
with problems is named on screen while the last valid organisation stays.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          a.rootArgs,
		RunE:          a.runTUI,
		// The collector is off since the start (gcstart): every command
		// turns it back on, but one that decides for itself.
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Annotations[keepsGCPaused] == "" {
				gcstart.Resume()
			}
			if err := a.emptyPaths(cmd, args); err != nil {
				return err
			}
			if cmd.HasParent() && cmd.Parent().Name() == "completion" {
				return nil // a shell's script reads no content
			}
			switch cmd.Name() {
			case "init", "import", "version", "cache", "help", "completion", cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd:
				return nil // they read no content folder (completing a unit reads it itself)
			case "validate", "check":
				if len(args) > 0 {
					return nil // the folder given is read, not --content's
				}
			}
			return a.contentFiles()
		},
	}
	f := root.PersistentFlags()
	f.StringArrayVar(&a.opts.content, "content", nil, "a folder of content files to add as a layer (repeatable; also $"+ContentEnv+")")
	f.BoolVar(&a.opts.builtin, "builtin", true, "include the built-in content under your own layers")
	f.StringVar(&a.opts.lang, "lang", "", "language: en or zh (default from the locale)")
	f.BoolVar(&a.opts.noCache, "no-cache", false, "read the content files and build the search index anew, without reading or writing the cache (see dutymap cache)")
	// Global, as the docs list it: "dutymap --theme light show x" and
	// "dutymap search x --theme light" are both accepted (search has no
	// colours to choose, but a user need not know which commands do).
	a.opts.theme = "auto"
	f.Var((*themeFlag)(&a.opts.theme), "theme", "colours on a terminal, for the explorer and show: dark, light or auto (ask the terminal)")
	for _, sub := range subcommands {
		c := sub(a)
		c.SuggestFor = append(c.SuggestFor, suggestFor(c.Name())...)
		root.AddCommand(c)
	}
	// cobra's completion command: dutymap completion bash|zsh|fish|powershell
	// (made here rather than at Execute, so that its help and the
	// completions are set up with the rest).
	// Its scripts are written to the output the command is given then.
	root.SetOut(a.io.Out)
	root.InitDefaultCompletionCmd()
	if c, _, err := root.Find([]string{"completion"}); err == nil && c != root {
		c.Example = "  source <(dutymap completion bash)\n  dutymap completion zsh > \"${fpath[1]}/_dutymap\"   # in zsh\n  dutymap completion fish > ~/.config/fish/completions/dutymap.fish"
		// Without a shell, or with one it does not know, cobra printed
		// the help with exit 0: wrong usage, as for every command.
		c.Args = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return &exitError{2, a.say(noShell)}
			}
			return &exitError{2, a.say(unknownShell, termsafe.QuoteArg(args[0]))}
		}
		c.RunE = func(*cobra.Command, []string) error { return nil }
	}
	a.completions(root)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &exitError{2, a.say(cmdSays, cmd.CommandPath(), a.flagError(err)+a.flagsNear(cmd, err)) + "\n" + a.say(seeHelp, cmd.CommandPath())}
	})
	a.strictHelp(root)
	a.classifyErrors(root)
	if a.interfaceLang() == model.Zh {
		helpInChinese(root)
	}
	return root
}

// strictHelp makes "dutymap help nope" wrong usage, as "dutymap nope" is:
// cobra's help command answered a topic it does not know with the root's
// help and exit 0, so a script or a typo never learnt of its mistake.
func (a *app) strictHelp(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	help, _, err := root.Find([]string{"help"})
	if err != nil || help == root || help.Run == nil {
		return
	}
	help.Example = "  dutymap help search\n  dutymap search --help   # the same"
	show := help.Run
	help.Run = nil
	help.RunE = func(c *cobra.Command, args []string) error {
		if _, rest, err := c.Root().Find(args); err != nil || len(rest) > 0 {
			// Over SSH (a restricted root) a local command is named as
			// one the server does not run, as sessionArgs names it.
			if local, rest, err := (&app{}).rootCmd().Find(args); err == nil && len(rest) == 0 && local.HasParent() {
				return &exitError{2, a.say(helpOverSSH, local.Name(), a.say(sessionOffer))}
			}
			near := ""
			if names := commandsNear(c.Root(), args[0]); len(args) == 1 && len(names) > 0 {
				near = a.say(helpMeant, strings.Join(names, a.say(helpOr))) // help serch: search
			}
			return &exitError{2, a.say(helpNoTopic, termsafe.QuoteArg(strings.Join(args, " ")), near)}
		}
		show(c, args)
		return nil
	}
}

// emptyPaths refuses a flag that names a file or folder given empty or
// blank, and so validate's and check's DIR: an unset variable
// (--content "$ORG") used to be dropped without a word, and the built-in
// content answered in its place (hostile14 #9).
func (a *app) emptyPaths(cmd *cobra.Command, args []string) error {
	what := func(flag string) (name, example string) {
		switch {
		case flag == "content":
			return a.say(aFolder), "--content ./myorg"
		case flag == "out" && cmd.Name() == "import":
			return a.say(aFolder), a.say(importOutExample)
		case flag == "out":
			return a.say(aFile), a.say(exportOutExample)
		case flag == "host-key":
			return a.say(aFile), a.say(hostKeyExample)
		case flag == "authorized-keys":
			return a.say(aFile), "--authorized-keys ~/.ssh/authorized_keys"
		}
		return "", ""
	}
	var err error
	cmd.Flags().Visit(func(f *pflag.Flag) {
		name, example := what(f.Name)
		if err != nil || name == "" {
			return
		}
		values := []string{f.Value.String()}
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			values = sv.GetSlice()
		}
		for _, v := range values {
			if strings.TrimSpace(v) == "" {
				err = &exitError{2, a.say(emptyName, cmd.CommandPath(), f.Name, v, name, example)}
				return
			}
		}
	})
	if err != nil {
		return err
	}
	if (cmd.Name() == "validate" || cmd.Name() == "check") && len(args) > 0 && strings.TrimSpace(args[0]) == "" {
		return &exitError{2, a.say(emptyDir, cmd.CommandPath(), args[0], cmd.CommandPath(), cmd.Name())}
	}
	return nil
}

// keepsGCPaused annotates a command that leaves the garbage collector off
// (gcstart) when it runs, and turns it back on itself if it needs it.
const keepsGCPaused = "keeps-gc-paused"

// classifyErrors makes every error a command returns an exit error: its
// own exit errors stay as they are, a failed write of the output is one
// kind, anything else is a failure (exit 1). Errors cobra raises before a
// command runs are left for exitCode to call wrong usage (exit 2).
func (a *app) classifyErrors(cmd *cobra.Command) {
	if check := cmd.Args; check != nil {
		cmd.Args = func(cmd *cobra.Command, args []string) error {
			err := check(cmd, args)
			var ee *exitError
			if err == nil || errors.As(err, &ee) {
				return err
			}
			return &exitError{2, a.say(cmdSays, cmd.CommandPath(), a.cobraErr(err)) + "\n" + a.say(seeHelp, cmd.CommandPath())}
		}
	}
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(cmd *cobra.Command, args []string) error {
			err := run(cmd, args)
			var ee *exitError
			if err == nil || errors.As(err, &ee) || isWriteError(err) {
				return err
			}
			if w, ok := cmd.OutOrStdout().(*termsafe.Writer); ok && w.Err() != nil {
				return &writeError{err}
			}
			return &exitError{1, cmd.CommandPath() + ": " + err.Error()}
		}
	}
	for _, sub := range cmd.Commands() {
		a.classifyErrors(sub)
	}
}

// layers returns the content layers the flags and environment choose.
func (a *app) layers() []content.Layer {
	if a.host != nil {
		return a.host.layers
	}
	var out []content.Layer
	if a.opts.builtin {
		out = append(out, content.Builtin())
	}
	for _, d := range a.contentDirs() {
		out = append(out, content.Dir(d))
	}
	return out
}

// contentDirs are the content folders $DUTYMAP_CONTENT and --content name,
// in layer order.
func (a *app) contentDirs() []string {
	var dirs []string
	if env := a.getenv(ContentEnv); env != "" {
		dirs = append(dirs, filepath.SplitList(env)...)
	}
	dirs = append(dirs, a.opts.content...)
	var out []string
	for _, d := range dirs {
		if d = strings.TrimSpace(d); d != "" {
			out = append(out, d)
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
	ld, err := a.open()
	if err != nil {
		return nil, err
	}
	return ld.Org, nil
}

// open reads the chosen content, from the cache when it is current, with
// its search index; or returns an exit error listing problems. After a
// miss, commands that build the whole index anyway (search, the explorer)
// save the cache.
func (a *app) open() (*cache.Loaded, error) { return a.openWith(cache.Store.Open) }

// openWith is open, the cache read by how (cache.Store.Open, or OpenIndex
// for a command that only searches and prints).
func (a *app) openWith(how func(cache.Store, []content.Layer) (*cache.Loaded, error)) (*cache.Loaded, error) {
	if a.host != nil { // a session of dutymap serve: the served content and its index
		ld := &cache.Loaded{Org: a.host.org}
		if a.host.search != nil {
			ld.Index = a.host.search()
		} else {
			ld.Index = search.New(a.host.org)
		}
		return ld, nil
	}
	layers := a.layers()
	if len(layers) == 0 {
		return nil, &exitError{2, a.say(noContent)}
	}
	ld, err := how(a.cacheStore(), layers)
	if err != nil {
		return nil, &exitError{1, a.say(hasProblem) + err.Error()}
	}
	return ld, nil
}

// cacheStore is the cache the flags and environment choose: none with
// --no-cache (not even the built-in content's prebuilt index), or without
// an environment to find the user's cache folder in (tests), or for the
// built-in content alone, whose index is built into the program.
func (a *app) cacheStore() cache.Store {
	switch {
	case a.opts.noCache:
		return cache.Store{NoPrebuilt: true}
	case len(a.opts.content) == 0 && a.getenv(ContentEnv) == "":
		return cache.Store{} // the built-in content: its index is built into the program
	}
	return a.cacheStoreAt(a.cacheDir())
}

// cacheStoreAt is the cache in dir ("" for none).
func (a *app) cacheStoreAt(dir string) cache.Store { return cache.Store{Dir: dir} }

// cacheDir is dutymap's folder in the user's cache folder, found as
// os.UserCacheDir finds it but in the command's environment; "" when
// there is none.
func (a *app) cacheDir() string {
	if a.io.Getenv == nil {
		return ""
	}
	base := ""
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		base, _ = os.UserCacheDir()
	default:
		base = a.getenv("XDG_CACHE_HOME")
		if !filepath.IsAbs(base) {
			base = ""
			if home := a.getenv("HOME"); filepath.IsAbs(home) {
				base = filepath.Join(home, ".cache")
			}
		}
	}
	if base == "" {
		return ""
	}
	return filepath.Join(base, "dutymap")
}

// loadIn checks the language flag, then loads the content: what every
// command that reads the organisation starts with.
func (a *app) loadIn() (*model.Org, model.Lang, error) {
	ld, l, err := a.openIn()
	if err != nil {
		return nil, l, err
	}
	return ld.Org, l, nil
}

// refsLang is the language to answer in for commands given references:
// lang, unless no --lang was given and a reference is written in Chinese
// ("show 市场部"), which asks for the Chinese content, as a search in
// Chinese does.
func (a *app) refsLang(org *model.Org, lang model.Lang, refs ...string) model.Lang {
	if a.opts.lang != "" || !org.HasLang(model.Zh) {
		return lang
	}
	for _, ref := range refs {
		if strings.ContainsFunc(ref, analysis.IsHan) {
			return model.Zh
		}
	}
	return lang
}

// heardLang is refsLang for compare and matrix, which also take a Chinese
// name written in pinyin as Chinese ("compare shichangbu sales"), as show
// does once it has found the node (refLang). Only a reference written as
// pinyin can be (letters, spaces, tone marks), and only it is resolved
// here.
func (a *app) heardLang(org *model.Org, lang model.Lang, refs ...string) model.Lang {
	if lang = a.refsLang(org, lang, refs...); lang == model.Zh || a.opts.lang != "" || !org.HasLang(model.Zh) {
		return lang
	}
	for _, ref := range refs {
		if strings.ContainsFunc(ref, notPinyin) {
			continue
		}
		if found, _ := org.Resolve(ref); slices.ContainsFunc(found, func(n *model.Node) bool { return model.HeardInChinese(ref, n) }) {
			return model.Zh
		}
	}
	return lang
}

// notPinyin reports a character pinyin is not written with: anything but
// Latin letters (with tone marks: ǎ, ü), spaces and apostrophes (xi'an).
func notPinyin(r rune) bool {
	return !unicode.Is(unicode.Latin, r) && r != ' ' && r != '\''
}

// openIn is loadIn with the search index.
func (a *app) openIn() (*cache.Loaded, model.Lang, error) { return a.openWithIn(cache.Store.Open) }

// openWithIn is openIn, the cache read by how (see openWith).
func (a *app) openWithIn(how func(cache.Store, []content.Layer) (*cache.Loaded, error)) (*cache.Loaded, model.Lang, error) {
	tag, err := a.languageTag()
	if err != nil {
		return nil, model.En, err
	}
	ld, err := a.openWith(how)
	if err != nil {
		return nil, model.En, err
	}
	l, err := contentLang(ld, tag, a.opts.lang != "")
	return ld, l, err
}

// languages is what contentLang needs of an organisation: *model.Org, or
// a cache.Loaded, which knows it without the organisation.
type languages interface {
	Tag(model.Lang) string
	HasLang(model.Lang) bool
}

// languageTag reads --lang, then the locale; "" when neither names a
// language.
func (a *app) languageTag() (string, error) {
	lang := a.opts.lang
	if lang == "" {
		lang = langArg(a.args) // before cobra has read it (see langArg)
	}
	if lang != "" {
		tag, err := model.ParseTag(lang)
		if err != nil {
			return "", &exitError{2, fmt.Sprintf(badLang[model.En], termsafe.QuoteArg(lang))}
		}
		return tag, nil
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := a.getenv(k); v != "" {
			tag, _ := model.ParseTag(v)
			return tag, nil
		}
	}
	return "", nil
}

// interfaceLang is the language of every command's own words (its
// messages, notes, summaries and ok lines): --lang, else the locale, else
// English. Unlike contentLang it does not follow the content: on a folder
// written in Chinese alone, check and search spoke Chinese while validate
// spoke English under the same locale (tryout21 F5). The content itself
// is still shown in a language it has.
func (a *app) interfaceLang() model.Lang {
	tag, err := a.languageTag()
	if err != nil || tag == "" {
		return model.En
	}
	return model.TagLang(tag)
}

// contentLang is the explorer language that shows the content in tag. A
// language the content is not written in is an error when asked for with
// --lang. When it only comes from the locale (or nothing names one), a
// language the content lacks gives way to one it has, labels included: a
// folder of Chinese files alone is not shown under English headings.
func contentLang(org languages, tag string, explicit bool) (model.Lang, error) {
	l := model.En
	if tag != "" {
		l = model.TagLang(tag)
	}
	if !explicit && !org.HasLang(l) {
		for _, other := range model.Langs {
			if org.HasLang(other) {
				return other, nil
			}
		}
	}
	if !explicit || l == model.Zh || sameLanguage(tag, "en") || sameLanguage(tag, org.Tag(l)) {
		return l, nil
	}
	// Only a language other than en and zh comes here: the messages are English.
	return model.En, &exitError{2, fmt.Sprintf(noTextIn[model.En], tag, strings.Join(orgTags(org), " or "))}
}

// sameLanguage compares the language of two tags, ignoring region and
// script: de-AT asks for the same language as de.
func sameLanguage(a, b string) bool {
	base := func(t string) string { s, _, _ := strings.Cut(t, "-"); return s }
	return base(a) == base(b)
}

// StdIO is the process's own standard streams, a closed pipe among them
// reported as a write error (catchClosedPipe). It also makes SIGQUIT end
// the process quietly (catchQuit).
func StdIO() IO {
	catchClosedPipe()
	catchQuit()
	return IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		IsTerminal: isTerminal(os.Stdout), ErrIsTerminal: isTerminal(os.Stderr), InIsTerminal: isTerminal(os.Stdin),
		Terminal: stdTerminal{os.Stdin, os.Stdout}, Getenv: os.Getenv}
}

// isTerminal reports whether f is a terminal (a character device is not
// enough: /dev/null is one).
func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// setMin records the least value the whole-number flag name of fs takes:
// its range runs from there up.
func setMin(fs *pflag.FlagSet, name string, least int) {
	var words [model.NumLangs]string
	for l := range words {
		words[l] = fmt.Sprintf(orMore[l], least)
	}
	setRange(fs, name, words)
}

// rangeAnnotation holds the words that give the values a whole-number
// flag takes, for the message that explains a value it cannot parse
// (setRange, setMin).
const rangeAnnotation = "dutymap_range"

// setRange records what the whole-number flag name of fs takes, in words
// that follow "give": "a whole number from 20 to 1000, or 0 for …".
func setRange(fs *pflag.FlagSet, name string, words [model.NumLangs]string) {
	_ = fs.SetAnnotation(name, rangeAnnotation, words[:])
}

// flagError says what is wrong with a flag in words: a whole number that
// does not parse is named with the range the flag takes, not with Go's
// strconv text ("value out of range").
func (a *app) flagError(err error) string {
	var iv *pflag.InvalidValueError
	var ne *strconv.NumError
	var nx *pflag.NotExistError
	switch {
	case errors.As(err, &nx) && nx.GetSpecifiedShortnames() == "":
		// Named as given, escaped and cut: "--\x1b[2J" lost its escape
		// and read "unknown flag: --" (hostile16 #7).
		return a.say(unknownFlag, termsafe.QuoteName(termsafe.CutArg("--"+nx.GetSpecifiedName(), termsafe.MaxArgCells)))
	case errors.As(err, &nx):
		letter, _ := utf8.DecodeRuneInString(nx.GetSpecifiedName())
		return a.say(unknownShorthand, termsafe.QuoteArg(string(letter)), termsafe.QuoteName(termsafe.CutArg("-"+nx.GetSpecifiedShortnames(), termsafe.MaxArgCells)))
	case !errors.As(err, &iv):
		return err.Error()
	case iv.GetFlag().Value.Type() == "bool":
		// strconv.ParseBool's error would read as a whole number's.
		f := iv.GetFlag()
		return a.say(boolFlag, f.Name, termsafe.QuoteArg(iv.GetValue()))
	case iv.GetFlag().Value.Type() == "duration":
		return a.say(durationFlag, iv.GetFlag().Name, termsafe.QuoteArg(iv.GetValue()))
	case !errors.As(err, &ne):
		return a.say(badValue, iv.GetFlag().Name, termsafe.QuoteArg(iv.GetValue()), a.valueError(errors.Unwrap(iv)))
	}
	f := iv.GetFlag()
	if v := strings.TrimSpace(iv.GetValue()); v != iv.GetValue() {
		if _, err := strconv.Atoi(v); err == nil {
			// --width " 40" (a quoted value with a space): the message
			// cannot show the space, as it shows arguments (CutArg), so
			// it names it.
			return a.say(spacedNumber, f.Name, v)
		}
	}
	what, bounded := notWhole, false
	if errors.Is(ne.Err, strconv.ErrRange) {
		what = isTooLarge
		if strings.HasPrefix(strings.TrimSpace(iv.GetValue()), "-") {
			what = isTooSmall
		}
	}
	rng := a.say(aWhole)
	if words := f.Annotations[rangeAnnotation]; len(words) == int(model.NumLangs) {
		rng, bounded = words[a.interfaceLang()], strings.Contains(words[model.En], " to ")
	}
	if what == isTooLarge && !bounded {
		// The type's bound, said only to the one who passed it.
		rng += a.say(atMost, math.MaxInt)
	}
	return a.say(badNumber, f.Name, termsafe.QuoteArg(iv.GetValue()), a.say(what), rng)
}

// themeFlag is --theme: dark, light or auto, refused at parsing otherwise
// so that every command says so the same way.
type themeFlag string

func (t *themeFlag) String() string { return string(*t) }
func (t *themeFlag) Type() string   { return "dark|light|auto" }

func (t *themeFlag) Set(s string) error {
	// In any letter case, as --format and --lang are read.
	switch s := strings.ToLower(s); s {
	case "dark", "light", "auto":
		*t = themeFlag(s)
		return nil
	}
	return sayError{"use dark, light or auto", "请用 dark、light 或 auto"}
}
