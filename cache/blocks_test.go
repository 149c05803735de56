package cache

import (
	"bytes"
	"hash/crc32"
	"testing"
)

// TestIndexBlocksRoundTrip: an index part of any payload length (not a
// multiple of 8, a block and a byte, none) splits back into its payload,
// each block checks, a damaged byte fails its block's check only, and a
// damaged block checksum or a wrong length is refused.
func TestIndexBlocksRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 4, 7, 8, 12, indexBlock - 4, indexBlock, indexBlock + 1, 3*indexBlock + 4, 5*indexBlock + 7} {
		payload := make([]byte, n)
		for i := range payload {
			payload[i] = byte(i * 7)
		}
		var bw blockWriter
		bw.Write(payload[:n/3])
		bw.Write(payload[n/3:])
		trailer := bw.trailer()
		part := append(append([]byte(nil), payload...), trailer...)
		sum := crc32.Checksum(part[n:], crcTable)
		b, err := splitIndex(part, sum)
		if err != nil {
			t.Fatalf("%d bytes: %v", n, err)
		}
		if !bytes.Equal(b.payload, payload) || b.checkAll(nil) != nil {
			t.Fatalf("%d bytes: the payload does not come back sound", n)
		}
		if n > 0 {
			part[n-1] ^= 1
			b, _ := splitIndex(part, sum)
			if b.check(0, 1) != nil && n > indexBlock || b.check(n-1, 1) == nil {
				t.Fatalf("%d bytes: a damaged last byte fails the wrong block", n)
			}
			part[n-1] ^= 1
		}
		if _, err := splitIndex(part, sum^1); err == nil {
			t.Fatalf("%d bytes: a wrong checksum of the block table was taken", n)
		}
		if _, err := splitIndex(part[:len(part)-1], sum); err == nil {
			t.Fatalf("%d bytes: a part one byte short was taken", n)
		}
	}
}
