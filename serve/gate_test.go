package serve

import (
	"bytes"
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

// One address holds at most maxPending unauthenticated connections; a
// place comes back when one authenticates or closes, once only, and
// other addresses (IPv6 counted by /64) are not touched.
func TestGatePending(t *testing.T) {
	var log bytes.Buffer
	g := newGate(2, 1000, NewLogger(&log))
	a := g.admit(from("192.0.2.1"))
	b := g.admit(from("192.0.2.1"))
	if a == nil || b == nil {
		t.Fatal("the first two connections were refused")
	}
	if g.admit(from("192.0.2.1")) != nil {
		t.Fatal("a third unauthenticated connection from one address was let in")
	}
	if g.admit(from("192.0.2.2")) == nil {
		t.Fatal("another address was refused")
	}
	a.authenticated()
	_ = a.Close() // the place was given back once, not twice
	c := g.admit(from("192.0.2.1"))
	if c == nil {
		t.Fatal("no place after one connection authenticated")
	}
	if g.admit(from("192.0.2.1")) != nil {
		t.Fatal("authenticating and closing gave back two places")
	}
	_ = b.Close()
	if g.admit(from("192.0.2.1")) == nil {
		t.Fatal("no place after one connection closed")
	}

	v6 := []*pendingConn{g.admit(from("2001:db8::1")), g.admit(from("2001:db8::ffff:2"))}
	if v6[0] == nil || v6[1] == nil {
		t.Fatal("IPv6 connections refused")
	}
	if g.admit(from("2001:db8::3")) != nil {
		t.Error("a third address of the same /64 was let in")
	}
	if g.admit(from("2001:db8:0:1::1")) == nil {
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
	g := newGate(1000, 2, NewLogger(&log))
	for i := range 4 {
		if g.admit(from("192.0.2.1")) == nil {
			t.Fatalf("connection %d of 4 (2 sessions a minute) refused", i+1)
		}
	}
	for range 50 {
		if g.admit(from("192.0.2.1")) != nil {
			t.Fatal("a fifth connection within the minute was let in")
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
