package serve

import (
	"math"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	lru "github.com/hashicorp/golang-lru/v2"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"
)

// times is n×k, or the largest int where that would overflow: a limit
// given as a huge number is no limit, and must not wrap round to a
// negative one (--max-sessions 9223372036854775807 made the default
// --max-logged-in -2; --input-rate past a quarter of it, a negative burst
// that panicked the server at a session's first key).
func times(n, k int) int {
	if n > math.MaxInt/k {
		return math.MaxInt
	}
	return n * k
}

// DefaultMaxLoggedIn is MaxLoggedIn when it is not given: twice
// MaxSessions, so that connections logged in while others' sessions run
// still find a place.
func DefaultMaxLoggedIn(maxSessions int) int { return times(maxSessions, 2) }

// inputBurst is the bytes a session may read at once from its client:
// four times its rate a second.
func inputBurst(inputRate int) int { return times(inputRate, 4) }

// connState is what the server counts per connection.
type connState struct {
	sessions atomic.Int32
	// conn is counted among its address's unauthenticated connections
	// until it authenticates, then among the logged in (gate).
	conn *pendingConn
}

type ctxKey struct{ name string }

var connStateKey = &ctxKey{"dutymap-conn"}

// sessionChannel opens a session channel, at most maxSessionsPerConn per
// connection at once, and hands it to the SSH library with its requests
// filtered (filterRequests).
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, newChan gossh.NewChannel, ctx ssh.Context) {
	st, _ := ctx.Value(connStateKey).(*connState)
	if st == nil {
		st = &connState{}
	}
	if st.sessions.Add(1) > maxSessionsPerConn {
		st.sessions.Add(-1)
		_ = newChan.Reject(gossh.ResourceShortage, "too many sessions on one connection")
		return
	}
	defer st.sessions.Add(-1)
	ssh.DefaultSessionHandler(srv, conn, filteredChannel{NewChannel: newChan, s: s, ctx: ctx}, ctx)
}

// refuseChannel refuses every other kind of channel: direct-tcpip (ssh -L,
// -D), X11, agent connections.
func (s *Server) refuseChannel(_ *ssh.Server, _ *gossh.ServerConn, newChan gossh.NewChannel, ctx ssh.Context) {
	s.log.Warn("refused", "what", "channel "+newChan.ChannelType(), "user", ctx.User(), "addr", ctx.RemoteAddr().String())
	_ = newChan.Reject(gossh.Prohibited, "dutymap serve opens no "+newChan.ChannelType()+" channels: no port forwarding, no agent, no X11")
}

// refuseGlobal refuses every global request: tcpip-forward (ssh -R),
// streamlocal forwarding and the rest. Keep-alives get the failure reply
// OpenSSH clients expect of servers that do not know them.
func (s *Server) refuseGlobal(ctx ssh.Context, _ *ssh.Server, req *gossh.Request) (bool, []byte) {
	if req.Type != "keepalive@openssh.com" {
		s.log.Warn("refused", "what", "request "+req.Type, "user", ctx.User(), "addr", ctx.RemoteAddr().String())
	}
	return false, nil
}

// allowedEnv are the variables a client may send (with SendEnv): the
// language and what says how to colour its terminal. Nothing else reaches
// a session; in particular not PAGER, LESS or DUTYMAP_CONTENT.
var allowedEnv = map[string]bool{
	"LANG": true, "LC_ALL": true, "LC_MESSAGES": true, "LC_CTYPE": true,
	"COLORTERM": true, "NO_COLOR": true, "COLORFGBG": true,
}

// Bounds on what a client sends with its environment.
const (
	maxEnvVars  = 16
	maxEnvValue = 256
)

// filteredChannel passes a session's requests on to the SSH library only
// when the server supports them: a pty, its size, allowed environment
// variables, and a shell or exec (the App decides what runs). Subsystems
// (SFTP), X11, agent forwarding, signals and everything else are refused.
type filteredChannel struct {
	gossh.NewChannel
	s   *Server
	ctx ssh.Context
}

func (c filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		env := 0
		for req := range reqs {
			switch req.Type {
			case "pty-req", "window-change", "shell", "exec":
				out <- req
				continue
			case "env":
				var kv struct{ Key, Value string }
				if gossh.Unmarshal(req.Payload, &kv) == nil && allowedEnv[kv.Key] && len(kv.Value) <= maxEnvValue && env < maxEnvVars {
					env++
					out <- req
					continue
				}
			case "subsystem", "x11-req", "auth-agent-req@openssh.com":
				c.s.log.Warn("refused", "what", req.Type+" "+subsystemName(req), "user", c.ctx.User(), "addr", c.ctx.RemoteAddr().String())
			}
			if req.WantReply {
				_ = req.Reply(false, nil)
			}
		}
	}()
	return ch, out, nil
}

// subsystemName is the name of a subsystem request ("sftp").
func subsystemName(req *gossh.Request) string {
	var p struct{ Value string }
	if req.Type != "subsystem" || gossh.Unmarshal(req.Payload, &p) != nil {
		return ""
	}
	return p.Value
}

// addrLimiter allows each client address (addrKey) n sessions, or
// connections, a minute, in bursts of up to n (a token bucket per address, as wish's ratelimiter keeps).
type addrLimiter struct {
	mu    sync.Mutex
	every rate.Limit
	burst int
	cache *lru.Cache[string, *rate.Limiter]
}

func newAddrLimiter(perMinute int) *addrLimiter {
	cache, _ := lru.New[string, *rate.Limiter](rateLimiterAddresses)
	return &addrLimiter{every: rate.Every(time.Minute / time.Duration(perMinute)), burst: perMinute, cache: cache}
}

func (l *addrLimiter) allow(addr net.Addr) bool { return l.allowKey(addrKey(addr)) }

// allowKey takes a token of the address counted as key (addrKey).
func (l *addrLimiter) allowKey(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.cache.Get(key)
	if !ok {
		lim = rate.NewLimiter(l.every, l.burst)
		l.cache.Add(key, lim)
	}
	return lim.Allow()
}
