// Package serve serves dutymap to a team over SSH: each session gets its own
// explorer on the client's terminal, or runs one read-only command and
// returns its output and exit status. It is built on charm.land/wish and
// charm.land/ssh and is safe by default: public-key authentication against
// an authorized_keys file, no shell, no other commands, no port or agent
// forwarding, no subsystems (SFTP), a host key made once and kept, and
// limits on sessions, idle time and request rates. The content is watched
// and reloaded while the server runs (Live).
//
// What a session runs is not decided here: an App (the command line, see
// cli/serve.go) receives each Session and returns its exit status.
package serve

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"charm.land/ssh"
	"charm.land/wish/v2"
	"github.com/dutymap/dutymap/internal/termsafe"
	gossh "golang.org/x/crypto/ssh"
)

// Defaults of Config.
const (
	DefaultListen          = "127.0.0.1:23234"
	DefaultMaxSessions     = 64
	DefaultIdleTimeout     = 30 * time.Minute
	DefaultRateLimit       = 30   // sessions a minute from one address
	DefaultInputRate       = 4096 // bytes a second from one session's client
	DefaultShutdownTimeout = 10 * time.Second
	// DefaultMaxPending is how many connections one client address may
	// have open before they authenticate (OpenSSH's PerSourceMaxStartups;
	// its MaxStartups, DefaultMaxStartups here, is for all addresses
	// together).
	DefaultMaxPending = 8
)

// Fixed bounds, each the order of OpenSSH's own.
const (
	// maxSessionsPerConn is how many sessions one connection may hold at
	// once (OpenSSH's MaxSessions is 10).
	maxSessionsPerConn = 10
	// handshakeTimeout ends a connection that has not authenticated in time
	// (OpenSSH's LoginGraceTime is 120 s). It is how long a silent
	// connection holds its place; 20 s still leaves a user time to type
	// his key's passphrase, which ssh asks for in the middle of the
	// handshake.
	handshakeTimeout = 20 * time.Second
	// rateLimiterAddresses is how many client addresses the rate limiter
	// remembers; the least recently seen are forgotten first.
	rateLimiterAddresses = 10000
	// connLinger is how long Shutdown waits for clients to close their
	// connections after their sessions ended.
	connLinger = time.Second
)

// Config is how the server runs. Zero values take the defaults above.
type Config struct {
	// Listen is the TCP address to listen on; loopback unless told otherwise.
	Listen string
	// HostKey is the path of the server's private key, created on first
	// start (LoadOrCreateHostKey); DefaultHostKeyPath when empty.
	HostKey string
	// AuthorizedKeys is the path of an authorized_keys file: the public keys
	// allowed in. Required unless AllowAnyone.
	AuthorizedKeys string
	// AllowAnyone lets every client in, with any key or none: for a public
	// read-only server.
	AllowAnyone bool
	// MaxSessions is how many sessions may run at once; one more is told
	// the server is busy.
	MaxSessions int
	// MaxLoggedIn is how many connections may be logged in at once; one
	// more is closed before the handshake, told the server is busy.
	// Twice MaxSessions when zero. Connections not yet logged in have
	// bounds of their own (MaxPending, MaxStartups) and take none of
	// these places.
	MaxLoggedIn int
	// IdleTimeout closes an explorer nobody has typed in for this long.
	IdleTimeout time.Duration
	// RateLimit is how many sessions one client address may start a minute
	// (in bursts of as many).
	RateLimit int
	// InputRate is how many bytes a second a session reads from its client,
	// in bursts of four times as many; a client sending faster is slowed
	// down by SSH's flow control, so a flood of keys cannot take a core.
	InputRate int
	// ShutdownTimeout bounds Shutdown: sessions still open then are cut.
	ShutdownTimeout time.Duration
	// MaxPending is how many connections one client address (an IPv4
	// /24, an IPv6 /64) may have open that have not authenticated yet;
	// one more is closed before the handshake. Connections that have
	// authenticated do not count.
	MaxPending int
	// MaxStartups is the random early drop of connections not yet
	// authenticated from all addresses together, as OpenSSH's MaxStartups
	// (Startups); DefaultMaxStartups when zero.
	MaxStartups Startups
}

func (c *Config) setDefaults() {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.MaxSessions <= 0 {
		c.MaxSessions = DefaultMaxSessions
	}
	if c.MaxLoggedIn <= 0 {
		c.MaxLoggedIn = DefaultMaxLoggedIn(c.MaxSessions)
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.RateLimit <= 0 {
		c.RateLimit = DefaultRateLimit
	}
	if c.InputRate <= 0 {
		c.InputRate = DefaultInputRate
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = DefaultShutdownTimeout
	}
	if c.MaxPending <= 0 {
		c.MaxPending = DefaultMaxPending
	}
	if c.MaxStartups == (Startups{}) {
		c.MaxStartups = DefaultMaxStartups
	}
}

// App runs one session: the explorer or a command. It returns the exit
// status the client receives.
type App func(*Session) int

// Server is an SSH server running an App for each session.
type Server struct {
	cfg     Config
	live    *Live
	app     App
	log     *Logger
	ssh     *ssh.Server
	hostKey gossh.Signer
	keys    *keyring     // nil when AllowAnyone
	rate    *addrLimiter // sessions
	gate    *gate
	busy    chan struct{} // one token per running session

	refusing atomic.Int32 // refused connections being told why (tellRefused)

	mu       sync.Mutex
	ln       net.Listener
	closing  bool
	sessions map[*Session]struct{}
	running  sync.WaitGroup
}

// New prepares a server: it reads (or creates) the host key and reads the
// authorized keys, reporting any problem with them as an error.
func New(cfg Config, live *Live, app App, log *Logger) (*Server, error) {
	cfg.setDefaults()
	if cfg.AllowAnyone && cfg.AuthorizedKeys != "" {
		return nil, errors.New("choose one of --authorized-keys FILE (only those keys) and --allow-anyone (everyone)")
	}
	if !cfg.AllowAnyone && cfg.AuthorizedKeys == "" {
		return nil, errors.New("say who may connect: --authorized-keys FILE (public keys, one a line, as in ~/.ssh/authorized_keys), or --allow-anyone for a server open to all")
	}
	s := &Server{cfg: cfg, live: live, app: app, log: log,
		rate: newAddrLimiter(cfg.RateLimit), gate: newGate(cfg.MaxPending, cfg.MaxStartups, cfg.MaxLoggedIn, cfg.RateLimit, log), busy: make(chan struct{}, cfg.MaxSessions),
		sessions: map[*Session]struct{}{}}
	if cfg.HostKey == "" {
		p, err := DefaultHostKeyPath()
		if err != nil {
			return nil, err
		}
		s.cfg.HostKey = p
	}
	signer, created, err := LoadOrCreateHostKey(s.cfg.HostKey)
	if err != nil {
		return nil, err
	}
	s.hostKey = signer
	if created {
		log.Info("host key created", "file", s.cfg.HostKey, "fingerprint", Fingerprint(signer.PublicKey()))
	}
	if !cfg.AllowAnyone {
		if s.keys, err = newKeyring(cfg.AuthorizedKeys, log); err != nil {
			return nil, err
		}
	}

	opts := []ssh.Option{
		wish.WithVersion("dutymap"),
		wish.WithMiddleware(s.handle),
		func(srv *ssh.Server) error {
			srv.AddHostKey(signer)
			srv.HandshakeTimeout = handshakeTimeout
			// The connection's own idle timer is a backstop for
			// connections that hold no session; sessions end on their own
			// idle timer first, with a message.
			srv.IdleTimeout = cfg.IdleTimeout + time.Minute
			srv.ConnCallback = s.acceptConn
			srv.ConnectionFailedCallback = s.connFailed
			srv.ServerConfigCallback = s.sshConfig
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{
				"session": s.sessionChannel,
				"default": s.refuseChannel,
			}
			srv.RequestHandlers = map[string]ssh.RequestHandler{"default": s.refuseGlobal}
			srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{} // no SFTP, nothing
			return nil
		},
	}
	if cfg.AllowAnyone {
		opts = append(opts,
			wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
			wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }))
	} else {
		opts = append(opts, wish.WithPublicKeyAuth(func(_ ssh.Context, key ssh.PublicKey) bool {
			_, ok := s.keys.lookup(key)
			return ok
		}))
	}
	if s.ssh, err = wish.NewServer(opts...); err != nil {
		return nil, err
	}
	return s, nil
}

// HostKey is the server's public host key.
func (s *Server) HostKey() gossh.PublicKey { return s.hostKey.PublicKey() }

// Serve accepts connections on ln until Shutdown. It returns nil after a
// shutdown, else the listener's error.
func (s *Server) Serve(ln net.Listener) error {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		return ln.Close()
	}
	s.ln = ln
	s.mu.Unlock()
	err := s.ssh.Serve(ln)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return nil
	}
	return err
}

// Shutdown stops the server: no new connection or session is accepted,
// every open session is told why on its screen and closed (an explorer
// quits as on "q", giving the terminal back), and a running command is
// left to finish. Once all have ended, or the configured timeout or ctx
// has passed, every connection is closed.
func (s *Server) Shutdown(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ShutdownTimeout)
	defer cancel()
	s.mu.Lock()
	s.closing = true
	if s.ln != nil {
		_ = s.ln.Close()
	}
	open := make([]*Session, 0, len(s.sessions))
	for sess := range s.sessions {
		open = append(open, sess)
	}
	s.mu.Unlock()
	for _, sess := range open {
		sess.end(endShutdown)
	}
	done := make(chan struct{})
	go func() {
		s.running.Wait()
		close(done)
	}()
	var err error
	select {
	case <-done:
		// Clients close their connection once its last session has ended;
		// give them a moment to, so they do not report it closed under
		// them, then close what is left (a connection kept for reuse).
		linger, cancel := context.WithTimeout(ctx, connLinger)
		_ = s.ssh.Shutdown(linger)
		cancel()
	case <-ctx.Done():
		err = fmt.Errorf("%d session(s) still open after %s were cut", s.open(), s.cfg.ShutdownTimeout)
	}
	_ = s.ssh.Close()
	s.log.Info("stopped", "sessions closed", len(open))
	return err
}

func (s *Server) open() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

// acceptConn bounds the connections open at once, logged in and not, and
// those of one address (gate), before any work is done on them.
func (s *Server) acceptConn(ctx ssh.Context, conn net.Conn) net.Conn {
	pc, why := s.gate.admit(conn)
	if pc == nil {
		s.tellRefused(conn, why)
		return nil
	}
	ctx.SetValue(connStateKey, &connState{conn: pc})
	return pc
}

// Bounds on telling refused connections why (tellRefused).
const (
	// refusalWait is how long a refused connection is given to take its
	// line and close.
	refusalWait = time.Second
	// maxRefusing is how many refused connections may wait so at once;
	// past it they are closed as soon as the line is written (an SSH
	// client may then see the reset before the line), so a flood of
	// refused connections holds at most this many descriptors a second.
	maxRefusing = 256
)

// tellRefused writes why to a connection the server will not take, as a
// line before where its version line would be: RFC 4253 §4.2 lets a
// server send such lines, and OpenSSH's ssh shows them with -v (without,
// it says "kex_exchange_identification: Connection closed by remote
// host"); a script reading the socket sees the line. The client has
// usually sent its own version line by then: closing with it unread
// would reset the connection, and some systems drop the line on a reset,
// so the server half-closes and reads what the client sends until it
// closes too, for at most refusalWait.
func (s *Server) tellRefused(conn net.Conn, why string) {
	_ = conn.SetDeadline(time.Now().Add(refusalWait))
	_, _ = conn.Write(refusal(why))
	cw, ok := conn.(interface{ CloseWrite() error })
	if !ok {
		return
	}
	if s.refusing.Add(1) <= maxRefusing {
		if cw.CloseWrite() == nil {
			_, _ = io.CopyN(io.Discard, conn, 64<<10)
		}
	}
	s.refusing.Add(-1)
}

// refusal is what a refused connection is sent: why, as a line before the
// version line (RFC 4253 §4.2), which a raw client reads first and ssh -v
// shows; then the version line and an unencrypted SSH_MSG_DISCONNECT
// "too many connections" (RFC 4253 §11.1, §6 with no cipher yet: length,
// padding length, payload, at least 4 bytes of padding, in blocks of 8)
// carrying why again, which ssh prints without -v: "Received disconnect
// from HOST port PORT:12: why".
func refusal(why string) []byte {
	const (
		msgDisconnect           = 1
		disconnectTooManyConns  = 12
		blockSize, leastPadding = 8, 4
	)
	payload := []byte{msgDisconnect}
	payload = binary.BigEndian.AppendUint32(payload, disconnectTooManyConns)
	payload = binary.BigEndian.AppendUint32(payload, uint32(len(why)))
	payload = append(payload, why...)
	payload = binary.BigEndian.AppendUint32(payload, 0) // no language tag
	padding := blockSize - (4+1+len(payload))%blockSize
	if padding < leastPadding {
		padding += blockSize
	}
	out := []byte(why + "\r\nSSH-2.0-dutymap\r\n")
	out = binary.BigEndian.AppendUint32(out, uint32(1+len(payload)+padding))
	out = append(out, byte(padding))
	out = append(out, payload...)
	return append(out, make([]byte, padding)...)
}

// sshConfig is the SSH configuration of one connection: it tells the gate
// once the connection has authenticated. The library calls its
// AuthLogCallback after every attempt, with a nil error only for the one
// that succeeded (a public key merely offered, not yet signed for, is no
// attempt). A connection that finds every place of the logged in taken
// (others authenticated since it was let in) is closed there: it cannot
// be told why inside the handshake, but the next try is, before it.
func (s *Server) sshConfig(ctx ssh.Context) *gossh.ServerConfig {
	return &gossh.ServerConfig{AuthLogCallback: func(_ gossh.ConnMetadata, _ string, err error) {
		st, _ := ctx.Value(connStateKey).(*connState)
		if err != nil || st == nil || st.conn == nil || st.conn.authenticated() {
			return
		}
		s.gate.log.refused(st.conn.key, "connections logged in from all addresses", "limit", s.cfg.MaxLoggedIn)
		_ = st.conn.Close()
	}}
}

func (s *Server) connFailed(conn net.Conn, err error) {
	s.log.Info("connection failed", "addr", conn.RemoteAddr().String(), "error", err.Error())
}

// handle runs one session: the checks that may refuse it, then the App,
// then the log line and the exit status. The status goes out last, once
// the session's place is free again, so a client that reconnects the
// moment it has its status finds it free.
func (s *Server) handle(ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		code, msg := s.run(sess)
		if msg != "" {
			writeLine(errorStream(sess), msg)
		}
		_ = sess.Exit(code)
	}
}

// run runs a session and returns its exit status and the server's last
// word to the client, if any.
func (s *Server) run(sess ssh.Session) (code int, msg string) {
	start := time.Now()
	who := s.who(sess)
	refuse := func(reason, msg string) (int, string) {
		s.log.Warn("session refused", append(who, "reason", reason)...)
		return 1, msg
	}
	if !s.rate.allow(sess.RemoteAddr()) {
		return refuse("rate limit", fmt.Sprintf("dutymap: too many sessions from your address; try again in a minute (the limit is %d a minute).", s.cfg.RateLimit))
	}
	select {
	case s.busy <- struct{}{}:
		defer func() { <-s.busy }()
	default:
		return refuse("busy", busyMessage(s.cfg.MaxSessions))
	}
	session := newSession(sess, s)
	if !s.track(session) {
		return refuse("shutting down", endShutdown.message)
	}
	defer s.untrack(session)

	pty, _, hasPty := sess.Pty()
	s.log.Info("session start", append(who, "pty", hasPty, "term", cutTerm(pty.Term))...)
	code = s.app(session)
	how := "finished"
	if end := session.ending(); end != nil {
		code, msg, how = end.code, end.message, end.reason
	} else if sess.Context().Err() != nil {
		how = "client gone"
	}
	s.log.Info("session end", append(who, "ran", session.Label, "exit", code, "ended", how,
		"duration", time.Since(start).Round(time.Millisecond).String())...)
	return code, msg
}

func (s *Server) track(sess *Session) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.sessions[sess] = struct{}{}
	s.running.Add(1)
	return true
}

func (s *Server) untrack(sess *Session) {
	sess.close()
	s.mu.Lock()
	delete(s.sessions, sess)
	s.mu.Unlock()
	s.running.Done()
}

// who is what the log says of a session's client: the user name it gave,
// its address, and its key's fingerprint with the comment of the key's
// line in authorized_keys (the administrator's name for it).
func (s *Server) who(sess ssh.Session) []any {
	attrs := []any{"user", sess.User(), "addr", sess.RemoteAddr().String()}
	key := sess.PublicKey()
	if key == nil {
		return append(attrs, "key", "none")
	}
	attrs = append(attrs, "key", Fingerprint(key))
	if s.keys != nil {
		if a, ok := s.keys.lookup(key); ok && a.Comment != "" {
			attrs = append(attrs, "key comment", a.Comment)
		}
	}
	return attrs
}

// writeLine writes one line of the server's own to a session, filtered as
// everything else is.
func writeLine(w interface{ Write([]byte) (int, error) }, msg string) {
	_, _ = w.Write([]byte(termsafe.Plain(msg) + "\n"))
}

// busyMessage tells a session past the limit of open sessions to wait.
func busyMessage(open int) string {
	if open == 1 {
		return "dutymap: the server is busy (1 session open); try again later."
	}
	return fmt.Sprintf("dutymap: the server is busy (%d sessions open); try again later.", open)
}

// maxLoggedTerm bounds the TERM a log line quotes: a name such as
// xterm-256color is a few bytes, and a client's 100 KB one was written
// whole into every session's line (hostile14 #11).
const maxLoggedTerm = 64

// cutTerm is term cut to maxLoggedTerm bytes (at a character's start),
// with "…" when cut; the logger quotes what is left.
func cutTerm(term string) string {
	if len(term) <= maxLoggedTerm {
		return term
	}
	cut := maxLoggedTerm
	for cut > 0 && !utf8.RuneStart(term[cut]) {
		cut--
	}
	return term[:cut] + "…"
}
