package serve

import (
	"net"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
)

// gate decides, before any SSH work is done on a connection, whether it is
// let in. A connection that has not authenticated yet is cheap to hold
// open and costs a real user his place, so one client address may hold
// only maxPending of them at once (hostile16 #2: 200 silent connections
// from one address filled the server's 128 places for the 30 s handshake
// timeout, again and again). Connection attempts are also rated per
// address, at twice the session rate: a script running one command a
// connection stays inside it, a client re-opening in a loop does not.
type gate struct {
	maxPending int

	mu      sync.Mutex
	pending map[string]int // connections not yet authenticated, by addrKey
	rate    *addrLimiter   // connection attempts
	log     *refusalLog
}

func newGate(maxPending, sessionsPerMinute int, log *Logger) *gate {
	return &gate{maxPending: maxPending, pending: map[string]int{},
		rate: newAddrLimiter(2 * sessionsPerMinute), log: newRefusalLog(log)}
}

// admit returns conn wrapped so that its place among its address's
// unauthenticated connections is given back when it authenticates or
// closes, or nil (the refusal logged) when the address holds maxPending
// of them already or has opened too many connections this minute.
func (g *gate) admit(conn net.Conn) *pendingConn {
	key := addrKey(conn.RemoteAddr())
	g.mu.Lock()
	if g.pending[key] >= g.maxPending {
		g.mu.Unlock()
		g.log.refused(key, "connections not yet logged in from one address", "limit", g.maxPending)
		return nil
	}
	if !g.rate.allowKey(key) {
		g.mu.Unlock()
		g.log.refused(key, "connection rate from one address", "limit a minute", g.rate.burst)
		return nil
	}
	g.pending[key]++
	g.mu.Unlock()
	return &pendingConn{Conn: conn, release: func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		if g.pending[key]--; g.pending[key] <= 0 {
			delete(g.pending, key)
		}
	}}
}

// pendingConn is a connection counted as not yet authenticated until
// authenticated is called or it is closed, whichever comes first.
type pendingConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *pendingConn) authenticated() { c.once.Do(c.release) }

func (c *pendingConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}

// addrKey is what a client address is counted under: an IPv4 address, or
// the /64 network of an IPv6 one (the block one subscriber is usually
// given, RFC 6177), so that one client cannot pass for thousands.
func addrKey(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return addr.String()
	}
	if ip4 := tcp.IP.To4(); ip4 != nil {
		return ip4.String()
	}
	return (&net.IPNet{IP: tcp.IP.Mask(net.CIDRMask(64, 128)), Mask: net.CIDRMask(64, 128)}).String()
}

// refusalLogEvery is how often the log says that one address's
// connections are being refused for one reason: a flood is one line a
// minute, with the count of the refusals it did not show.
const refusalLogEvery = time.Minute

// refusalLog writes refusals of connections, at most one line per
// address and reason each refusalLogEvery.
type refusalLog struct {
	log  *Logger
	mu   sync.Mutex
	seen *lru.Cache[string, *refusals]
}

type refusals struct {
	logged time.Time
	unsaid int // refused since the last line
}

func newRefusalLog(log *Logger) *refusalLog {
	seen, _ := lru.New[string, *refusals](rateLimiterAddresses)
	return &refusalLog{log: log, seen: seen}
}

// refused notes one refused connection from the address counted as key;
// attrs are what the line says of the limit.
func (l *refusalLog) refused(key, reason string, attrs ...any) {
	l.mu.Lock()
	r, ok := l.seen.Get(reason + "\x00" + key)
	if !ok {
		r = &refusals{}
		l.seen.Add(reason+"\x00"+key, r)
	}
	now := time.Now()
	if ok && now.Sub(r.logged) < refusalLogEvery {
		r.unsaid++
		l.mu.Unlock()
		return
	}
	unsaid := r.unsaid
	r.logged, r.unsaid = now, 0
	l.mu.Unlock()
	attrs = append([]any{"reason", reason, "addr", key}, attrs...)
	if unsaid > 0 {
		attrs = append(attrs, "also refused since the last line", unsaid)
	}
	attrs = append(attrs, "further refusals", "counted, logged at most once a minute")
	l.log.Warn("connection refused", attrs...)
}
