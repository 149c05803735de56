package cache

import (
	"encoding/binary"
	"hash/crc32"
	"sync/atomic"
)

// The search index part of a cache file is checked block by block, so that
// a search reads and checks only the blocks it uses: the dictionary, the
// postings of the query's terms, the titles of its results (at 100,000
// duties the index is 80 MB, of which a search uses a few). The part is
// the index's encoding (the payload), zeros up to 8 bytes, the CRC-32
// (IEEE) of each indexBlock bytes of the payload (the last block may be
// shorter), as uint32, zeros up to 8 bytes, and the payload's length as a
// uint64. The header's checksum of the part covers what follows the
// payload.
const indexBlock = 4 << 10

// blockSums checks the blocks of an index payload against their
// checksums, each block once. Safe for concurrent use.
type blockSums struct {
	payload []byte
	sums    []byte // uint32 per block
	ok      []atomic.Bool
}

// splitIndex splits an index part into its payload and block checksums,
// checking the trailer against sum (the header's).
func splitIndex(part []byte, sum uint32) (*blockSums, error) {
	if len(part) < 8 {
		return nil, &errStale{"truncated index"}
	}
	n := binary.LittleEndian.Uint64(part[len(part)-8:])
	if n > uint64(len(part)) {
		return nil, &errStale{"truncated index"}
	}
	blocks := (int(n) + indexBlock - 1) / indexBlock
	at := align8(int(n))
	if at+align8(4*blocks)+8 != len(part) {
		return nil, &errStale{"an index of the wrong length"}
	}
	trailer := part[int(n):]
	if crc32.Checksum(trailer, crcTable) != sum {
		return nil, &errStale{"checksum mismatch in the index"}
	}
	return &blockSums{payload: part[:n], sums: part[at : at+4*blocks], ok: make([]atomic.Bool, blocks)}, nil
}

func align8(n int) int { return (n + 7) &^ 7 }

// check checks the blocks holding payload[off:off+n].
func (b *blockSums) check(off, n int) error {
	if n <= 0 {
		return nil
	}
	for k := off / indexBlock; k <= (off+n-1)/indexBlock && k < len(b.ok); k++ {
		if b.ok[k].Load() {
			continue
		}
		end := min((k+1)*indexBlock, len(b.payload))
		if crc32.Checksum(b.payload[k*indexBlock:end], crcTable) != binary.LittleEndian.Uint32(b.sums[4*k:]) {
			return &errStale{"checksum mismatch in the index"}
		}
		b.ok[k].Store(true)
	}
	return nil
}

// checkAll checks every block, handing each chunk of the payload to done
// once checked (see checksum).
func (b *blockSums) checkAll(done func([]byte)) error {
	const chunk = 16 << 20 // a multiple of indexBlock
	for at := 0; at < len(b.payload); at += chunk {
		n := min(chunk, len(b.payload)-at)
		if err := b.check(at, n); err != nil {
			return err
		}
		if done != nil {
			done(b.payload[at : at+n])
		}
	}
	return nil
}

// blockWriter sums each block of a payload written to it; trailer is
// what follows the payload in the part.
type blockWriter struct {
	sums []byte
	cur  uint32 // the current block's CRC so far
	fill int    // bytes of the current block
	n    int    // payload bytes
}

func (bw *blockWriter) Write(p []byte) (int, error) {
	written := len(p)
	for len(p) > 0 {
		k := min(len(p), indexBlock-bw.fill)
		bw.cur = crc32.Update(bw.cur, crcTable, p[:k])
		bw.fill += k
		if bw.fill == indexBlock {
			bw.sums = binary.LittleEndian.AppendUint32(bw.sums, bw.cur)
			bw.cur, bw.fill = 0, 0
		}
		p = p[k:]
	}
	bw.n += written
	return written, nil
}

// trailer is what follows the payload: padding, the blocks' checksums,
// padding, the payload's length.
func (bw *blockWriter) trailer() []byte {
	sums := bw.sums
	if bw.fill > 0 {
		sums = binary.LittleEndian.AppendUint32(sums, bw.cur)
	}
	t := make([]byte, align8(bw.n)-bw.n)
	t = append(t, sums...)
	t = append(t, make([]byte, align8(len(sums))-len(sums))...)
	return binary.LittleEndian.AppendUint64(t, uint64(bw.n))
}
