package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
	"github.com/dutymap/dutymap/serve"
	"github.com/dutymap/dutymap/ui"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).serveCmd) }

// hosting is what an invocation run for an SSH session has instead of the
// process's own: the content the server serves (never folders the client
// names), and the client's terminal for the explorer.
type hosting struct {
	org        *model.Org
	layers     []content.Layer
	similarity func() *model.SimilarityBuild
	search     func() *search.Index
	runProgram func(tea.Model) error
	// pty says the session has a terminal (ssh -t): what a command writes
	// ends on the client's screen, through a pty that turns each LF into
	// CR LF, even where the command writes plain text as into a pipe.
	pty bool
	// width is the client's terminal's width, with a pty: show lays its
	// page out to it (plain text still) rather than leave the terminal to
	// cut its lines mid-word.
	width int
}

// sessionTerminal reports an invocation for an SSH session with a pty:
// its output is plain text, but it reaches a terminal all the same, and
// binary output (export's workbook) must not go there.
func (a *app) sessionTerminal() bool { return a.host != nil && a.host.pty }

// sessionCommands are the commands a client may run over SSH: those that
// only read the served content and write to the session. import, init,
// validate and serve read or write the server's files and are left out.
var sessionCommands = []string{"search", "show", "compare", "export", "check", "matrix", "version", "help"}

// sessionLayerFlags choose content from the server's disk: refused over SSH.
var sessionLayerFlags = []string{"content", "builtin"}

func (a *app) serveCmd() *cobra.Command {
	var cfg serve.Config
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the explorer and the read-only commands to a team over SSH",
		Long: `serve runs an SSH server: everyone whose public key is in the authorized keys
file can open the explorer on the content this server holds, from any terminal,
with nothing to install:

  ssh -p 23234 duties.example.com            the explorer (a terminal is needed)
  ssh -p 23234 duties.example.com -t zh      the explorer in Chinese (or send LANG)
  ssh -p 23234 duties.example.com search "who sets prices"
  ssh -p 23234 duties.example.com show marketing/positions/manager
  ssh -p 23234 duties.example.com export --format json > org.json

Commands over SSH: search, show, compare, export, check, matrix, version, help. Their output is
the plain output of the same command run locally, and their exit status is the
client's exit status. Nothing else runs: no shell, no other command, no port or
agent forwarding, no SFTP; --content and --builtin are refused (the server
chooses the content).

The server listens on loopback unless --listen says otherwise. Its host key is
created once, at --host-key (default: dutymap/` + serve.HostKeyName + ` in the user's
configuration folder, such as ~/.config), and kept for every later start. Each
session is logged on standard error: the user name, address and key fingerprint,
when it started, what it ran, how long it lasted; never what was typed.

The content folders are watched: a change that validates is served to new
sessions at once and to the open explorers; a change with problems is logged with
the validation report, the last good content stays served, and an open explorer
says so. SIGHUP reads the content again. SIGTERM,
SIGINT and SIGQUIT stop the server: each session is told and closed, and dutymap
exits 0.`,
		Example: `  dutymap serve --authorized-keys ~/.ssh/authorized_keys
  dutymap --content /srv/org --builtin=false serve --listen :23234 --authorized-keys /etc/dutymap/team.keys
  dutymap serve --allow-anyone --listen 0.0.0.0:2222   # a public, read-only server`,
		Args: a.noArgs("dutymap serve --authorized-keys FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("max-logged-in") {
				cfg.MaxLoggedIn = serve.DefaultMaxLoggedIn(cfg.MaxSessions)
			}
			return a.runServe(cfg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Listen, "listen", serve.DefaultListen, "the address to listen on, HOST:PORT (\":23234\" for every interface)")
	f.StringVar(&cfg.HostKey, "host-key", "", "the server's private key, created if missing (default: dutymap/"+serve.HostKeyName+" in the user's configuration folder)")
	f.StringVar(&cfg.AuthorizedKeys, "authorized-keys", "", "the public keys allowed in, one a line, as in ~/.ssh/authorized_keys; read again when it changes")
	f.BoolVar(&cfg.AllowAnyone, "allow-anyone", false, "let anyone in, with any key or none (a public read-only server)")
	f.IntVar(&cfg.MaxSessions, "max-sessions", serve.DefaultMaxSessions, "sessions open at once; one more is told the server is busy")
	f.IntVar(&cfg.MaxLoggedIn, "max-logged-in", 0, "connections logged in at once, whatever waits to log in; one more is told the server is busy (default twice --max-sessions; at least --max-sessions)")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", serve.DefaultIdleTimeout, "close an explorer nobody has typed in for this long")
	f.IntVar(&cfg.RateLimit, "rate-limit", serve.DefaultRateLimit, "sessions one client address may start a minute")
	f.IntVar(&cfg.InputRate, "input-rate", serve.DefaultInputRate, "bytes a second a session reads from its client (bursts of 4x)")
	f.IntVar(&cfg.MaxPending, "max-pending", serve.DefaultMaxPending, "connections one client address (an IPv4 /24, an IPv6 /64) may have open before they log in")
	cfg.MaxStartups = serve.DefaultMaxStartups
	f.Var(startupsFlag{&cfg.MaxStartups}, "max-startups", "past start connections not yet logged in (from all addresses), refuse rate % of new ones, growing to all at full, as OpenSSH's MaxStartups")
	setMin(f, "max-sessions", 1)
	setMin(f, "rate-limit", 1)
	setMin(f, "input-rate", 64)
	setMin(f, "max-pending", 1)
	setMin(f, "max-logged-in", 1)
	return cmd
}

// startupsFlag is --max-startups, read as sshd reads MaxStartups.
type startupsFlag struct{ s *serve.Startups }

func (f startupsFlag) String() string { return f.s.String() }
func (f startupsFlag) Type() string   { return "start:rate:full" }
func (f startupsFlag) Set(text string) error {
	s, err := serve.ParseStartups(text)
	if err == nil {
		*f.s = s
	}
	return err
}

// checkServeConfig refuses values that cannot work, before anything starts.
func (a *app) checkServeConfig(cfg serve.Config) error {
	bad := func(flag string, want [model.NumLangs]string, got any) error {
		return &exitError{2, a.say(serveBadFlag, flag, a.say(want), got)}
	}
	switch {
	case cfg.MaxSessions < 1:
		return bad("max-sessions", atLeastOne, cfg.MaxSessions)
	case cfg.IdleTimeout < time.Second:
		return bad("idle-timeout", atLeastSecond, cfg.IdleTimeout)
	case cfg.RateLimit < 1:
		return bad("rate-limit", atLeastOne, cfg.RateLimit)
	case cfg.InputRate < 64:
		return bad("input-rate", atLeast64, cfg.InputRate)
	case cfg.MaxPending < 1:
		return bad("max-pending", atLeastOne, cfg.MaxPending)
	case cfg.MaxLoggedIn < 1:
		return bad("max-logged-in", atLeastOne, cfg.MaxLoggedIn)
	case cfg.MaxLoggedIn < cfg.MaxSessions:
		// Every session runs on a connection that has logged in, and ssh
		// opens one a connection: the sessions past --max-logged-in are
		// never reached, and the user past it is told of connections,
		// not sessions. Accepted in silence (tryout20).
		return &exitError{2, a.say(loggedInBelowSessions, cfg.MaxLoggedIn, cfg.MaxSessions, serve.DefaultMaxLoggedIn(cfg.MaxSessions))}
	}
	_, port, err := net.SplitHostPort(cfg.Listen)
	if err != nil {
		return bad("listen", hostPort, termsafe.QuoteArg(cfg.Listen))
	}
	// Go's own words for a bad port ("address 99999: invalid port") name
	// no fix; a port is a number from 1 to 65535 (0: any free port).
	if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
		return bad("listen", hostPortRange, termsafe.QuoteArg(cfg.Listen))
	}
	// Who may connect is the user's choice to make on the command line:
	// leaving it out is wrong usage, as a missing argument is (tryout21 F19).
	switch {
	case cfg.AllowAnyone && cfg.AuthorizedKeys != "":
		return &exitError{2, a.say(keysOrAnyone)}
	case !cfg.AllowAnyone && cfg.AuthorizedKeys == "":
		return &exitError{2, a.say(sayWhoMay)}
	}
	return nil
}

// server is a started dutymap serve: what runServe runs and tests drive.
type server struct {
	*serve.Server
	live *serve.Live
	log  *serve.Logger
}

// newServer loads the content and prepares the SSH server; its errors are
// exit errors with the message the user sees.
func (a *app) newServer(cfg serve.Config) (*server, error) {
	layers := a.layers()
	if len(layers) == 0 {
		return nil, &exitError{2, a.say(noContent)}
	}
	log := serve.NewLogger(a.io.Err)
	// Content is read through the cache, as by a local dutymap, and each
	// version's index is written back for the next start.
	live, err := serve.NewLive(a.liveLoader(layers, true), a.contentDirs(), log)
	if err != nil {
		return nil, &exitError{1, a.say(hasProblem) + err.Error()}
	}
	srv, err := serve.New(cfg, live, a.sessionApp(layers), log)
	if err != nil {
		return nil, &exitError{1, a.say(cmdSays, "dutymap serve", err)}
	}
	return &server{Server: srv, live: live, log: log}, nil
}

func (a *app) runServe(cfg serve.Config) error {
	if err := a.checkServeConfig(cfg); err != nil {
		return err
	}
	srv, err := a.newServer(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return &exitError{1, "dutymap serve: " + listenFailed(cfg.Listen, err)}
	}
	snap := srv.live.Current()
	srv.log.Info("listening", "addr", ln.Addr().String(), "host key", serve.Fingerprint(srv.HostKey()),
		"content", a.title(), "departments", len(snap.Org.Departments))

	signals := make(chan os.Signal, 2)
	// Every quit signal but SIGHUP stops the server as SIGTERM does:
	// SIGQUIT (ctrl+\ where serve runs in a terminal), SIGABRT (a
	// supervisor's watchdog) and the other crashSignals too, rather than
	// dump Go's stacks and cut every session.
	signal.Notify(signals, quitSignals...)
	defer signal.Stop(signals)
	defer handleQuit()()
	ctx, stopWatching := context.WithCancel(context.Background())
	defer stopWatching()
	go func() {
		if err := srv.live.Watch(ctx); err != nil {
			srv.log.Error("cannot watch the content folders: changes are read on SIGHUP only", "error", err.Error())
		}
	}()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	for {
		select {
		case err := <-served:
			return &exitError{1, "dutymap serve: " + err.Error()}
		case sig := <-signals:
			if sig == syscall.SIGHUP {
				go srv.live.Reload()
				continue
			}
			srv.log.Info("stopping: telling every session", "signal", sig.String())
			// A second signal cuts what is still open at once.
			cut, cancel := context.WithCancel(context.Background())
			go func() {
				for s := range signals {
					if s != syscall.SIGHUP {
						cancel()
						return
					}
				}
			}()
			if err := srv.Shutdown(cut); err != nil {
				srv.log.Warn("stopped without waiting", "error", err.Error())
			}
			cancel()
			<-served
			return nil
		}
	}
}

// sessionApp runs each SSH session through the same command line as a
// local dutymap, on the content the server holds at the session's start.
func (a *app) sessionApp(layers []content.Layer) serve.App {
	return func(s *serve.Session) int {
		// The session's own language: its --lang, else the LANG it sent.
		say := (&app{args: s.Args, io: IO{Getenv: s.Getenv}}).interfaceLang()
		args, label, refusal := sessionArgs(s.Args, say)
		if s.BadArgs != nil {
			label, refusal = "refused", "dutymap: "+s.BadArgs.Error()+"."
		}
		s.Label = label
		if refusal != "" {
			fmt.Fprintln(s.Err, termsafe.Plain(refusal))
			return 2
		}
		explorer := label == "explorer"
		switch {
		case explorer && !s.PTY:
			fmt.Fprintln(s.Err, fmt.Sprintf(sessionNoPTY[say], sessionRun[say]))
			return 2
		case explorer && isDumb(s.Getenv):
			// The local message names dutymap's subcommands, which an
			// SSH user runs as ssh HOST COMMAND.
			fmt.Fprintln(s.Err, fmt.Sprintf(sessionDumb[say], sessionRun[say]))
			return 2
		}
		snap := s.Content
		host := &hosting{org: snap.Org, layers: layers, similarity: snap.Similarity, search: snap.Search,
			runProgram: s.RunProgram, pty: s.PTY}
		if s.PTY {
			host.width = s.Width
		}
		// An open explorer follows the content as it changes.
		// A refused change keeps the version shown, named by a banner that
		// sends its user to the server's owner (contentProblems' command is
		// one only the server can run).
		shown := snap
		s.ContentMsg = func(c serve.Change) tea.Msg {
			msg := ui.ContentMsg{Org: c.Snapshot.Org, Version: c.Snapshot.Version}
			if c.Snapshot != shown {
				shown, msg = c.Snapshot, snapshotMsg(c.Snapshot)
			}
			if c.Err != nil {
				msg.Problems = &ui.ContentProblems{Total: problemCount(c.Err), Server: true}
			}
			return msg
		}
		// Commands write plain text, as into a pipe: a script reads them,
		// and no pager runs on the server. Whether that text still ends on
		// a terminal is host.pty (sessionTerminal).
		term := explorer
		stdio := IO{In: s.In, Out: s.Out, Err: s.Err, IsTerminal: term, ErrIsTerminal: term, InIsTerminal: term,
			Getenv: s.Getenv}
		return runFor(args, stdio, host)
	}
}

// sessionArgs reads the command an SSH client sent: the command line to
// run, a label for the log ("explorer", "search", "help"), or a refusal.
// A lone language code opens the explorer in it (ssh HOST -t zh).
func sessionArgs(args []string, say model.Lang) (run []string, label, refusal string) {
	root := (&app{}).rootCmd()
	root.InitDefaultHelpCmd()
	restrictForSession(root)
	if len(args) == 1 && !strings.HasPrefix(args[0], "-") && !hasCommand(root, args[0]) {
		if tag, err := model.ParseTag(args[0]); err == nil {
			args = []string{"--lang", tag}
		}
	}
	cmd, rest, err := root.Find(args)
	name := ""
	switch {
	case err != nil || cmd != root:
		if err != nil && len(args) > 0 {
			name = args[0]
		}
	case len(args) > 0 && !strings.HasPrefix(args[0], "-"):
		name = args[0] // bash, sh -c ..., or a command left out
	case root.ParseFlags(rest) == nil && root.Flags().NArg() > 0:
		name = root.Flags().Arg(0) // --lang en import x.csv
	}
	if name != "" {
		if hasCommand((&app{}).rootCmd(), name) {
			return nil, "refused", fmt.Sprintf(notOverSSH[say], name, sessionOffer[say])
		}
		near := ""
		if names := commandsNear(root, name); len(names) > 0 {
			near = fmt.Sprintf(sessionMeant[say], strings.Join(names, helpOr[say])) // "serch": search
		}
		return nil, "refused", fmt.Sprintf(notServerCommand[say], termsafe.QuoteArg(name), near, sessionOffer[say])
	}
	switch {
	case cmd != root:
		return args, cmd.Name(), ""
	case slices.Contains(args, "-h") || slices.Contains(args, "--help"):
		return args, "help", ""
	}
	return args, "explorer", ""
}

// sessionOffer says what a session can run; sessionRun, the commands
// alone, ends the messages of a session that cannot open the explorer.
var sessionOffer = [model.NumLangs]string{
	"Over SSH this server opens the explorer (ssh -t HOST) and runs search, show, compare, export, check, matrix and version; ssh HOST help lists them.",
	"通过 SSH，本服务器可打开交互界面（ssh -t HOST），并运行 search、show、compare、export、check、matrix 和 version；ssh HOST help 会列出它们。",
}

const (
	// sessionLong is the root's help over SSH: how to run the explorer
	// and the commands, and the content they show, which the server
	// chooses (the local help names --content, refused in a session).
	sessionLong = `dutymap shows departments, the positions inside them and every duty they own.
ssh -t HOST opens the interactive explorer; ssh HOST COMMAND runs one of the commands below.
The content is the one this server serves: an explorer open over SSH follows it, so a change
saved on the server shows at once, and a change with problems is named on screen while the
last valid organisation stays.`
)

func hasCommand(root *cobra.Command, name string) bool {
	for _, c := range root.Commands() {
		if c.Name() == name || slices.Contains(c.Aliases, name) {
			return true
		}
	}
	return false
}

// restrictForSession leaves only the session commands in the tree and
// refuses the flags that choose content from the server's disk, so that
// even a command line sessionArgs let through cannot reach them.
func restrictForSession(root *cobra.Command) {
	root.Long = sessionLong
	root.CompletionOptions.DisableDefaultCmd = true // no shell of the client runs it
	for _, c := range root.Commands() {
		if !slices.Contains(sessionCommands, c.Name()) {
			root.RemoveCommand(c)
		}
	}
	for _, name := range sessionLayerFlags {
		_ = root.PersistentFlags().MarkHidden(name)
	}
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		for _, name := range sessionLayerFlags {
			if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
				return &exitError{2, "dutymap: --" + name + " is not available over SSH: the server chooses the content."}
			}
		}
		return nil
	}
}

// listenFailed says why the server could not listen on addr (a HOST:PORT
// checkServeConfig let through), naming the address once (net's error
// names it again: "listen tcp 127.0.0.1:23234: bind: address already in
// use"), with a fix that works: the next port, for a port in use.
func listenFailed(addr string, err error) string {
	why := plainErr(err)
	var se *os.SyscallError
	if errors.As(err, &se) {
		why = se.Err.Error()
	}
	msg := "cannot listen on " + addr + ": " + why
	host, port, _ := net.SplitHostPort(addr)
	next := "another port"
	if p, perr := strconv.Atoi(port); perr == nil && p > 0 && p < 65535 {
		next = "another port: --listen " + net.JoinHostPort(host, strconv.Itoa(p+1))
	}
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return msg + "\nAnother program (perhaps another dutymap serve) is listening there; choose " + next
	case errors.Is(err, syscall.EACCES):
		return msg + "\nPorts below 1024 need privileges; choose a port above 1023, such as --listen " + net.JoinHostPort(host, "23234")
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return msg + "\n" + host + " is not an address of this machine; listen on one of its own, such as --listen " + net.JoinHostPort("127.0.0.1", port)
	}
	return msg
}

// serve's messages about its flags.
var (
	serveBadFlag          = [model.NumLangs]string{"dutymap serve: --%s must be %s, not %v", "dutymap serve：--%s 必须%s，而不是 %v"}
	atLeastOne            = [model.NumLangs]string{"at least 1", "至少为 1"}
	atLeastSecond         = [model.NumLangs]string{"at least 1s (such as 30m)", "至少为 1s（如 30m）"}
	atLeast64             = [model.NumLangs]string{"at least 64 (bytes a second)", "至少为 64（每秒字节数）"}
	hostPort              = [model.NumLangs]string{"HOST:PORT, such as 127.0.0.1:23234 or :23234", "是 HOST:PORT，如 127.0.0.1:23234 或 :23234"}
	hostPortRange         = [model.NumLangs]string{"HOST:PORT with a port from 1 to 65535, such as 127.0.0.1:23234 or :23234", "是端口在 1 到 65535 之间的 HOST:PORT，如 127.0.0.1:23234 或 :23234"}
	loggedInBelowSessions = [model.NumLangs]string{"dutymap serve: --max-logged-in %[1]d is less than --max-sessions %[2]d: every session runs on a connection that has logged in (ssh opens one a connection), so no more than %[1]d sessions could run\n  fix: give --max-logged-in at least %[2]d (leave it out for twice --max-sessions, %[3]d), or --max-sessions %[1]d", "dutymap serve：--max-logged-in %[1]d 小于 --max-sessions %[2]d：每个会话都运行在一个已登录的连接上（ssh 每个连接开一个会话），所以最多只能运行 %[1]d 个会话\n  修正：把 --max-logged-in 设为至少 %[2]d（不写则为 --max-sessions 的两倍，%[3]d），或设 --max-sessions %[1]d"}
	keysOrAnyone          = [model.NumLangs]string{"dutymap serve: choose one of --authorized-keys FILE (only those keys) and --allow-anyone (everyone)", "dutymap serve：请在 --authorized-keys FILE（只允许这些密钥）和 --allow-anyone（允许所有人）中选择一个"}
	sayWhoMay             = [model.NumLangs]string{"dutymap serve: say who may connect: --authorized-keys FILE (public keys, one a line, as in ~/.ssh/authorized_keys), or --allow-anyone for a server open to all", "dutymap serve：请指明谁可以连接：--authorized-keys FILE（公钥，每行一个，与 ~/.ssh/authorized_keys 相同），或 --allow-anyone 向所有人开放"}
)

// What a session that cannot run is told, in its language.
var (
	sessionRun = [model.NumLangs]string{
		"search, show, compare, export, check or matrix (ssh HOST search \"who sets prices\"; ssh HOST help lists them).",
		"search、show、compare、export、check 或 matrix（ssh HOST search \"谁负责定价\"；ssh HOST help 会列出它们）。",
	}
	sessionNoPTY     = [model.NumLangs]string{"dutymap: the explorer needs a terminal, and this session has none.\nConnect with ssh -t, or run a command: %s", "dutymap：交互界面需要终端，而这个会话没有终端。\n请用 ssh -t 连接，或运行一个命令：%s"}
	sessionDumb      = [model.NumLangs]string{"dutymap: this terminal (TERM=dumb) cannot show the full-screen explorer.\nConnect from a terminal that can, or run a command: %s", "dutymap：这个终端（TERM=dumb）无法显示全屏交互界面。\n请从能显示的终端连接，或运行一个命令：%s"}
	notOverSSH       = [model.NumLangs]string{"dutymap: %s is not available over SSH. %s", "dutymap：%s 不能通过 SSH 使用。%s"}
	sessionMeant     = [model.NumLangs]string{" Did you mean %s?", "是不是想用 %s？"}
	notServerCommand = [model.NumLangs]string{"dutymap: %s is not a command of this server.%s %s", "dutymap：%s 不是本服务器的命令。%s%s"}
)
