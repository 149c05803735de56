package serve

import (
	"bytes"
	"fmt"
	"net"
	"strings"
	"testing"
)

// fakeConn is a connection from addr that does nothing.
type fakeConn struct {
	net.Conn
	addr net.Addr
}

func (c fakeConn) RemoteAddr() net.Addr { return c.addr }
func (c fakeConn) Close() error         { return nil }

func from(ip string) net.Conn {
	return fakeConn{addr: &net.TCPAddr{IP: net.ParseIP(ip), Port: 40000}}
}

// noDrop turns the early drop off.
var noDrop = Startups{Start: 1 << 20, Rate: 30, Full: 1 << 20}

// admitted is the connection admit let in, nil if it refused.
func admitted(pc *pendingConn, _ string) *pendingConn { return pc }

// One address holds at most maxPending unauthenticated connections; a
// place comes back when one authenticates or closes, once only, and
// other addresses (IPv4 counted by /24, IPv6 by /64) are not touched.
func TestGatePending(t *testing.T) {
	var log bytes.Buffer
	g := newGate(2, noDrop, 1000, 1000, NewLogger(&log))
	a := admitted(g.admit(from("192.0.2.1")))
	b := admitted(g.admit(from("192.0.2.1")))
	if a == nil || b == nil {
		t.Fatal("the first two connections were refused")
	}
	if pc, msg := g.admit(from("192.0.2.1")); pc != nil || msg != refusedPending {
		t.Fatalf("a third unauthenticated connection from one address: let in %v, told %q", pc != nil, msg)
	}
	if admitted(g.admit(from("192.0.2.200"))) != nil {
		t.Fatal("another address of the same /24 was let in")
	}
	if admitted(g.admit(from("198.51.100.2"))) == nil {
		t.Fatal("another /24 was refused")
	}
	a.authenticated()
	_ = a.Close() // the place was given back once, not twice
	c := admitted(g.admit(from("192.0.2.1")))
	if c == nil {
		t.Fatal("no place after one connection authenticated")
	}
	if admitted(g.admit(from("192.0.2.1"))) != nil {
		t.Fatal("authenticating and closing gave back two places")
	}
	_ = b.Close()
	if admitted(g.admit(from("192.0.2.1"))) == nil {
		t.Fatal("no place after one connection closed")
	}

	v6 := []*pendingConn{admitted(g.admit(from("2001:db8::1"))), admitted(g.admit(from("2001:db8::ffff:2")))}
	if v6[0] == nil || v6[1] == nil {
		t.Fatal("IPv6 connections refused")
	}
	if admitted(g.admit(from("2001:db8::3"))) != nil {
		t.Error("a third address of the same /64 was let in")
	}
	if admitted(g.admit(from("2001:db8:0:1::1"))) == nil {
		t.Error("another /64 was refused")
	}
	if n := strings.Count(log.String(), `msg="connection refused"`); n != 2 {
		t.Errorf("%d refusal lines for 3 refusals from 2 addresses, want one per address and reason:\n%s", n, log.String())
	}
}

// Connection attempts are rated at twice the sessions a minute, and a
// flood of refusals is one log line a minute with what it left out.
func TestGateRateAndLog(t *testing.T) {
	var log bytes.Buffer
	g := newGate(1000, noDrop, 1000, 2, NewLogger(&log))
	for i := range 4 {
		if admitted(g.admit(from("192.0.2.1"))) == nil {
			t.Fatalf("connection %d of 4 (2 sessions a minute) refused", i+1)
		}
	}
	for range 50 {
		if pc, msg := g.admit(from("192.0.2.1")); pc != nil || msg != refusedRate {
			t.Fatalf("a fifth connection within the minute: let in %v, told %q", pc != nil, msg)
		}
	}
	if got := strings.Count(log.String(), "\n"); got != 1 {
		t.Errorf("50 refusals logged in %d lines, want 1:\n%s", got, log.String())
	}
	if !strings.Contains(log.String(), `reason="connection rate from one address" addr=192.0.2.1 "limit a minute"=4`) {
		t.Errorf("the line does not say why:\n%s", log.String())
	}
	// A minute later the next line counts what was not said.
	r, _ := g.log.seen.Get("connection rate from one address\x00192.0.2.1")
	r.logged = r.logged.Add(-refusalLogEvery)
	g.admit(from("192.0.2.1"))
	if !strings.Contains(log.String(), `"also refused since the last line"=49`) {
		t.Errorf("the next line does not count the refusals left out:\n%s", log.String())
	}
}

// Past Start connections not yet logged in from all addresses, the gate
// refuses a share of new ones drawn at random: Rate percent at Start,
// growing on a line to all of them at Full (OpenSSH's MaxStartups), so
// many addresses' silent connections cannot take every place.
func TestGateEarlyDrop(t *testing.T) {
	var log bytes.Buffer
	g := newGate(1000, DefaultMaxStartups, 1<<20, 1<<20, NewLogger(&log))
	draws := 0
	g.intn = func(n int) int { // 0, 1, …, 99, 0, …: each share drawn exactly
		if n != 100 {
			t.Fatalf("drew from [0,%d), want percent", n)
		}
		draws++
		return (draws - 1) % 100
	}
	next := 0
	client := func() net.Conn { // each from another /24
		next++
		return from(fmt.Sprintf("10.%d.%d.1", next/256, next%256))
	}
	var held []*pendingConn
	fill := func(n int) { // n held not logged in
		for len(held) < n {
			pc, msg := g.admit(client())
			if pc != nil {
				held = append(held, pc)
			} else if msg != refusedStartups {
				t.Fatalf("refused with %q", msg)
			}
		}
	}
	// refusedOf100 is how many of 100 more connections are refused while
	// len(held) are pending; those let in log in at once.
	refusedOf100 := func() int {
		refused := 0
		for range 100 {
			pc, msg := g.admit(client())
			if pc == nil {
				if msg != refusedStartups {
					t.Fatalf("refused with %q", msg)
				}
				refused++
				continue
			}
			pc.authenticated()
		}
		return refused
	}

	fill(DefaultMaxStartups.Start)
	if draws != 0 {
		t.Errorf("%d draws below start, want none: everyone is let in", draws)
	}
	for _, c := range []struct{ pending, refused int }{
		{10, 30},   // start: rate
		{55, 65},   // halfway: 30 + 70/2
		{99, 99},   // just below full
		{100, 100}, // full: all
	} {
		fill(c.pending)
		if got := refusedOf100(); got != c.refused {
			t.Errorf("%d not logged in: %d of 100 new connections refused, want %d", c.pending, got, c.refused)
		}
	}
	// Places come back as connections log in or close.
	for _, pc := range held[5:] {
		_ = pc.Close()
	}
	held = held[:5]
	if got := refusedOf100(); got != 0 {
		t.Errorf("after all but 5 closed, %d of 100 refused, want 0", got)
	}
	if !strings.Contains(log.String(), `reason="connections not yet logged in from all addresses"`) ||
		!strings.Contains(log.String(), `max-startups=10:30:100`) {
		t.Errorf("the refusals do not say why:\n%s", log.String())
	}
}

// Connections waiting to log in and connections logged in have places
// of their own: a flood of waiting ones from many addresses leaves every
// place of the logged in to users; past maxLoggedIn a new connection is
// told the server is busy, and one that authenticates when the places
// have gone meanwhile finds none.
func TestGateLoggedInPlaces(t *testing.T) {
	var log bytes.Buffer
	const waiting, loggedIn = 100, 3
	g := newGate(8, noDrop, loggedIn, 1<<20, NewLogger(&log))
	for i := range waiting { // 8 each from 13 /24s
		if admitted(g.admit(from(fmt.Sprintf("10.0.%d.%d", i/8, i%8+1)))) == nil {
			t.Fatalf("waiting connection %d of %d refused", i+1, waiting)
		}
	}
	var users []*pendingConn
	for i := range loggedIn {
		pc := admitted(g.admit(from(fmt.Sprintf("192.0.2.%d", i+1))))
		if pc == nil || !pc.authenticated() {
			t.Fatalf("user %d of %d was not let in, with %d connections waiting", i+1, loggedIn, waiting)
		}
		users = append(users, pc)
	}
	if pc, msg := g.admit(from("192.0.2.9")); pc != nil || msg != refusedLoggedIn {
		t.Errorf("past %d logged in: let in %v, told %q", loggedIn, pc != nil, msg)
	}
	_ = users[0].Close()
	_ = users[0].Close() // the place comes back once
	late := []*pendingConn{admitted(g.admit(from("192.0.2.10"))), admitted(g.admit(from("192.0.2.11")))}
	if late[0] == nil || late[1] == nil {
		t.Fatal("no place after a logged-in connection closed")
	}
	if !late[0].authenticated() {
		t.Error("the first to authenticate found no place")
	}
	if late[1].authenticated() {
		t.Error("a connection past the places of the logged in was let in")
	}
	_ = late[1].Close() // it held no place: none comes back
	if pc, msg := g.admit(from("192.0.2.12")); pc != nil || msg != refusedLoggedIn {
		t.Errorf("closing a connection refused a place gave one back: let in %v, told %q", pc != nil, msg)
	}
	if !strings.Contains(log.String(), `reason="connections logged in from all addresses" addr=192.0.2.0/24 limit=3`) {
		t.Errorf("the refusal does not say why:\n%s", log.String())
	}
}

// Refusals of the early drop are logged per IPv4 /24 or IPv6 /64, as
// --max-pending counts them, once a minute: a flood from a block of
// addresses is one line.
func TestGateEarlyDropLog(t *testing.T) {
	var log bytes.Buffer
	g := newGate(1000, Startups{Start: 1, Rate: 100, Full: 1}, 1000, 1<<20, NewLogger(&log))
	if admitted(g.admit(from("198.51.100.1"))) == nil {
		t.Fatal("the first connection was refused")
	}
	for i := range 20 {
		if pc, msg := g.admit(from(fmt.Sprintf("192.0.2.%d", i+1))); pc != nil || msg != refusedStartups {
			t.Fatalf("let in %v, told %q; want the early drop", pc != nil, msg)
		}
		if pc, msg := g.admit(from(fmt.Sprintf("2001:db8::%d", i+1))); pc != nil || msg != refusedStartups {
			t.Fatalf("let in %v, told %q; want the early drop", pc != nil, msg)
		}
	}
	if n := strings.Count(log.String(), "\n"); n != 2 {
		t.Errorf("40 refusals from one /24 and one /64 logged in %d lines, want 2:\n%s", n, log.String())
	}
	for _, addr := range []string{"addr=192.0.2.0/24", "addr=2001:db8::/64"} {
		if !strings.Contains(log.String(), addr) {
			t.Errorf("no line for %s:\n%s", addr, log.String())
		}
	}
}

func TestParseStartups(t *testing.T) {
	for text, want := range map[string]Startups{
		"10:30:100": {10, 30, 100},
		"20":        {20, 100, 20},
		"5:100:5":   {5, 100, 5},
	} {
		if got, err := ParseStartups(text); err != nil || got != want {
			t.Errorf("ParseStartups(%q) = %v, %v; want %v", text, got, err, want)
		}
	}
	for _, text := range []string{"", "abc", "10:30", "10:30:100:1", "0:30:100", "10:0:100", "10:101:100", "100:30:10", "-1", "10:30:x"} {
		if _, err := ParseStartups(text); err == nil || !strings.Contains(err.Error(), "such as 10:30:100") {
			t.Errorf("ParseStartups(%q): error %v, want one that shows the form", text, err)
		}
	}
}
