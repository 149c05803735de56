package serve

import (
	"context"
	"io"
	"math"
	"strings"
	"testing"

	"golang.org/x/time/rate"
)

// A client may claim any window size; a session draws at most
// maxWindowWidth × maxWindowHeight, and an unknown size (0) is the default.
func TestWindowSize(t *testing.T) {
	for _, c := range []struct{ n, def, most, want int }{
		{120, 80, maxWindowWidth, 120},
		{100000, 80, maxWindowWidth, maxWindowWidth},
		{0, 80, maxWindowWidth, 80},
		{-5, 24, maxWindowHeight, 24},
	} {
		if got := windowSize(c.n, c.def, c.most); got != c.want {
			t.Errorf("windowSize(%d, %d, %d) = %d, want %d", c.n, c.def, c.most, got, c.want)
		}
	}
}

// A session reads no more than its burst at once and, once the burst is
// spent, only what the rate gives back: with the session over, nothing.
func TestInputRate(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	touched := 0
	r := &limitedReader{r: strings.NewReader(strings.Repeat("j", 1000)), lim: rate.NewLimiter(1, 100), burst: 100,
		ctx: ctx, activity: func() { touched++ }}
	buf := make([]byte, 1000)
	n, err := r.Read(buf)
	if n != 100 || err != nil {
		t.Fatalf("first read: %d bytes, %v; want the burst, 100", n, err)
	}
	cancel() // the session ends while the next read waits for the rate
	if n, err := r.Read(buf); err != io.EOF {
		t.Errorf("a read past the burst: %d bytes, %v; want it to wait, then end with the session", n, err)
	}
	if touched != 2 {
		t.Errorf("activity recorded %d times, want once per read", touched)
	}
}

// The largest --input-rate is no limit: its burst (four times the rate)
// wrapped round to a negative number, and the session's first read
// panicked cutting its buffer to it. Every limit derived from a flag by a
// multiple stays the largest int.
func TestInputRateOfNoLimit(t *testing.T) {
	burst := inputBurst(math.MaxInt)
	r := &limitedReader{r: strings.NewReader(strings.Repeat("j", 1000)), lim: rate.NewLimiter(rate.Limit(math.MaxInt), burst), burst: burst,
		ctx: context.Background(), activity: func() {}}
	if n, err := r.Read(make([]byte, 1000)); n != 1000 || err != nil {
		t.Errorf("read %d bytes, %v; want all 1000", n, err)
	}
	if got := DefaultMaxLoggedIn(math.MaxInt); got != math.MaxInt {
		t.Errorf("DefaultMaxLoggedIn(MaxInt) = %d", got)
	}
	if got := DefaultMaxLoggedIn(64); got != 128 {
		t.Errorf("DefaultMaxLoggedIn(64) = %d, want 128", got)
	}
}
