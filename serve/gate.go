package serve

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
)

// gate decides, before any SSH work is done on a connection, whether it is
// let in. A connection that has not authenticated yet is cheap to hold
// open and costs a real user his place, so one client address may hold
// only maxPending of them at once (hostile16 #2: 200 silent connections
// from one address filled the server's 128 places for the 30 s handshake
// timeout, again and again), and past startups.Start of them from all
// addresses together a growing share of new ones is refused at random
// (tryout18 F: 16 addresses with 8 each filled the places as well).
// Connection attempts are also rated per address, at twice the session
// rate: a script running one command a connection stays inside it, a
// client re-opening in a loop does not.
//
// Connections that have logged in have places of their own, maxLoggedIn
// of them: waiting connections, bounded by maxPending and startups, never
// take them (with one count of both, capped at 128, 100 waiting
// connections from many addresses left logged-in users 28).
type gate struct {
	maxPending  int
	startups    Startups
	maxLoggedIn int
	// intn is a random number in [0, n): rand.IntN, or a fixed source in
	// tests.
	intn func(n int) int

	mu       sync.Mutex
	pending  map[string]int // connections not yet authenticated, by pendingKey
	total    int            // the sum of pending
	loggedIn int            // connections authenticated and still open
	rate     *addrLimiter   // connection attempts
	log      *refusalLog
}

func newGate(maxPending int, startups Startups, maxLoggedIn, sessionsPerMinute int, log *Logger) *gate {
	return &gate{maxPending: maxPending, startups: startups, maxLoggedIn: maxLoggedIn, intn: rand.IntN, pending: map[string]int{},
		rate: newAddrLimiter(times(sessionsPerMinute, 2)), log: newRefusalLog(log)}
}

// What a refused client is told, on one line before the server's version
// line would be (RFC 4253 §4.2 lets a server send such lines first).
const (
	refusedPending  = "dutymap serve: too many connections from your address are waiting to log in; try again in a minute"
	refusedRate     = "dutymap serve: too many connections from your address this minute; try again in a minute"
	refusedStartups = "dutymap serve: too many connections are waiting to log in; try again in a minute"
	refusedLoggedIn = "dutymap serve: the server is busy (too many connections logged in); try again in a minute"
)

// admit returns conn wrapped so that its place among the unauthenticated
// connections is given back when it authenticates or closes, or nil (the
// refusal logged) and the line to tell the client when every place for a
// logged-in connection is taken, its address holds maxPending
// unauthenticated connections already, has opened too many connections
// this minute, or loses the draw of the early drop (Startups).
func (g *gate) admit(conn net.Conn) (*pendingConn, string) {
	key, addr := pendingKey(conn.RemoteAddr()), addrKey(conn.RemoteAddr())
	g.mu.Lock()
	if g.loggedIn >= g.maxLoggedIn {
		g.mu.Unlock()
		g.log.refused(key, "connections logged in from all addresses", "limit", g.maxLoggedIn)
		return nil, refusedLoggedIn
	}
	if g.pending[key] >= g.maxPending {
		g.mu.Unlock()
		g.log.refused(key, "connections not yet logged in from one address", "limit", g.maxPending)
		return nil, refusedPending
	}
	if !g.rate.allowKey(addr) {
		g.mu.Unlock()
		g.log.refused(addr, "connection rate from one address", "limit a minute", g.rate.burst)
		return nil, refusedRate
	}
	if p := g.startups.dropPercent(g.total); p > 0 && g.intn(100) < p {
		total := g.total
		g.mu.Unlock()
		g.log.refused(key, "connections not yet logged in from all addresses", "not logged in", total,
			"max-startups", g.startups.String(), "refused", strconv.Itoa(p)+"%")
		return nil, refusedStartups
	}
	g.pending[key]++
	g.total++
	g.mu.Unlock()
	return &pendingConn{Conn: conn, g: g, key: key}, ""
}

// logIn moves a connection from the unauthenticated to the logged in,
// and reports whether it found a place there (a flood of connections
// that authenticate at once may pass the check admit made).
func (g *gate) logIn(key string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.unpend(key)
	if g.loggedIn >= g.maxLoggedIn {
		return false
	}
	g.loggedIn++
	return true
}

// unpend gives back a place of the unauthenticated; called with mu held.
func (g *gate) unpend(key string) {
	g.total--
	if g.pending[key]--; g.pending[key] <= 0 {
		delete(g.pending, key)
	}
}

// Startups is OpenSSH's MaxStartups, "start:rate:full" (sshd_config(5)):
// while fewer than Start connections from all addresses together have not
// authenticated, every new one is let in; from Start on, Rate percent of
// new ones are refused at random, a share growing linearly to 100 % at
// Full. A flood then cannot take every place at once, and a user trying
// again still gets in while it lasts.
type Startups struct{ Start, Rate, Full int }

// DefaultMaxStartups is OpenSSH's default, 10:30:100.
var DefaultMaxStartups = Startups{Start: 10, Rate: 30, Full: 100}

func (s Startups) String() string { return fmt.Sprintf("%d:%d:%d", s.Start, s.Rate, s.Full) }

// dropPercent is the share, in percent, of new connections refused while n
// are not authenticated: sshd's drop_connection (sshd.c), the same line
// from Rate at Start to 100 at Full.
func (s Startups) dropPercent(n int) int {
	switch {
	case n >= s.Full:
		return 100
	case n < s.Start:
		return 0
	}
	return s.Rate + (100-s.Rate)*(n-s.Start)/(s.Full-s.Start)
}

// ParseStartups reads "start:rate:full" (such as 10:30:100), or a single
// number n, which is n:100:n (every connection past n refused), as sshd
// reads MaxStartups. It wants 1 <= start <= full and a rate from 1 to 100.
func ParseStartups(text string) (Startups, error) {
	parts := strings.Split(text, ":")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return Startups{}, errors.New("three whole numbers start:rate:full, such as 10:30:100 (or one number)")
		}
		nums[i] = n
	}
	switch {
	case len(nums) == 1:
		return Startups{Start: nums[0], Rate: 100, Full: nums[0]}, nil
	case len(nums) != 3:
		return Startups{}, errors.New("three whole numbers start:rate:full, such as 10:30:100 (or one number)")
	case nums[1] > 100:
		return Startups{}, errors.New("start:rate:full with a rate (a percentage) from 1 to 100, such as 10:30:100")
	case nums[0] > nums[2]:
		return Startups{}, errors.New("start:rate:full with start no larger than full, such as 10:30:100")
	}
	return Startups{Start: nums[0], Rate: nums[1], Full: nums[2]}, nil
}

// pendingConn is a connection counted as not yet authenticated until
// authenticated is called, then as logged in until it is closed.
type pendingConn struct {
	net.Conn
	g   *gate
	key string // its pendingKey

	mu     sync.Mutex
	place  connPlace
	closed bool
	err    error // what closing it returned
}

// connPlace is the place a connection holds in its gate's counts.
type connPlace int

const (
	placePending  connPlace = iota
	placeLoggedIn           // authenticated, and counted so
	placeNone               // closed, or refused a place among the logged in
)

// authenticated moves the connection among the logged in, and reports
// whether there was a place for it; a connection without one is to be
// closed. Later calls do nothing, and report false.
func (c *pendingConn) authenticated() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.place != placePending {
		return false
	}
	c.place = placeNone
	if c.g.logIn(c.key) {
		c.place = placeLoggedIn
	}
	return c.place == placeLoggedIn
}

// Close gives back the place the connection holds and closes it; later
// calls return what the first did.
func (c *pendingConn) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return c.err
	}
	c.g.mu.Lock()
	switch c.place {
	case placePending:
		c.g.unpend(c.key)
	case placeLoggedIn:
		c.g.loggedIn--
	}
	c.g.mu.Unlock()
	c.place, c.closed = placeNone, true
	c.err = c.Conn.Close()
	return c.err
}

// addrKey is what a client address is rated under: an IPv4 address, or
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

// pendingKey is what a client address's connections not yet logged in
// are counted under: its IPv4 /24 network, or as addrKey its IPv6 /64.
// A client who rents a few addresses usually gets them from one block,
// and 58 addresses of one /24 filled every place (tryout18 F). Users
// behind one office's block share its places, but hold them only for
// the moment of logging in.
func pendingKey(addr net.Addr) string {
	if tcp, ok := addr.(*net.TCPAddr); ok {
		if ip4 := tcp.IP.To4(); ip4 != nil {
			return (&net.IPNet{IP: ip4.Mask(net.CIDRMask(24, 32)), Mask: net.CIDRMask(24, 32)}).String()
		}
	}
	return addrKey(addr)
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
