package model

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// Analysing every duty's text is most of an index build, and the
// languages cost unlike amounts (segmenting Chinese costs up to twice as
// much as stemming English). So the texts are cut into chunks of
// chunkLeaves duties, analysed by one worker per core whatever their
// language, and each language's chunks are then taken in order by the
// goroutine that interns its tokens: the result is the same as analysing
// one text after another, and every core stays busy to the end.

// chunkLeaves is how many duties one task analyses.
const chunkLeaves = 1024

// yieldEvery is how many duties a worker analyses between yields of its
// core (about a tenth of a millisecond of work).
const yieldEvery = 32

// aheadPerWorker bounds the chunks analysed but not yet interned, per
// worker, so that the tokens held between the two steps stay small.
const aheadPerWorker = 4

// tokenChunk is the analysis of one chunk of duties in one language:
// each duty's units (analyse), their tokens flat.
type tokenChunk struct {
	toks     []string
	unitLen  []int32 // each unit's number of tokens; a duty's units in a row, the whole first
	leafUnit []int32 // each duty's number of units
}

// analyseAll splits every duty's text, in every language, into units of
// token ids.
func (ix *Similarity) analyseAll(ctx context.Context, progress *atomic.Int64) ([NumLangs]*draft, error) {
	n := len(ix.leaves)
	chunks := (n + chunkLeaves - 1) / chunkLeaves
	tasks := chunks * int(NumLangs)
	workers := max(1, min(runtime.GOMAXPROCS(0), tasks))
	var done [NumLangs][]chan *tokenChunk
	for l := range NumLangs {
		done[l] = make([]chan *tokenChunk, chunks)
		for k := range done[l] {
			done[l][k] = make(chan *tokenChunk, 1)
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ahead := make(chan struct{}, aheadPerWorker*workers)
	// Chunks go back to the workers once interned, so that their arrays
	// are reused rather than grown again for every chunk.
	spare := make(chan *tokenChunk, cap(ahead))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var as [NumLangs]analyser
			for {
				select {
				case ahead <- struct{}{}:
				case <-ctx.Done():
					return
				}
				// Tasks go chunk by chunk, the languages side by side, so
				// that every language's next chunk is soon ready.
				t := int(next.Add(1) - 1)
				if t >= tasks {
					return
				}
				l, k := Lang(t%int(NumLangs)), t/int(NumLangs)
				var c *tokenChunk
				select {
				case c = <-spare:
				default:
					c = new(tokenChunk)
				}
				as[l].chunk(c, ix.leaves[k*chunkLeaves:min(n, (k+1)*chunkLeaves)], l)
				done[l][k] <- c
			}
		})
	}
	var drafts [NumLangs]*draft
	var errs [NumLangs]error
	for l := range NumLangs {
		wg.Go(func() {
			d := &draft{dict: map[string]int32{}, first: make([]int32, 0, n+1)}
			for k := range chunks {
				select {
				case c := <-done[l][k]:
					d.add(c)
					if k == 0 && chunks > 1 {
						d.reserve(n)
					}
					if progress != nil {
						progress.Add(int64(len(c.leafUnit)))
					}
					spare <- c
					<-ahead
				case <-ctx.Done():
					errs[l] = ctx.Err()
					cancel()
					return
				}
			}
			d.first = append(d.first, int32(len(d.units)))
			d.orderByFrequency()
			drafts[l] = d
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return drafts, err
		}
	}
	return drafts, nil
}

// chunk analyses the texts of leaves in l into c.
func (a *analyser) chunk(c *tokenChunk, leaves []*Node, l Lang) {
	c.toks, c.unitLen, c.leafUnit = c.toks[:0], c.unitLen[:0], c.leafUnit[:0]
	for i, leaf := range leaves {
		if i%yieldEvery == yieldEvery-1 {
			// The workers and the interners are more goroutines than there
			// are cores: yielding now and then lets a program's update
			// loop, woken meanwhile, have a core within a fraction of a
			// millisecond rather than after the scheduler's 10 ms slice.
			runtime.Gosched()
		}
		units := a.units(leaf.Title[l])
		c.leafUnit = append(c.leafUnit, int32(len(units)))
		for _, toks := range units {
			c.unitLen = append(c.unitLen, int32(len(toks)))
			c.toks = append(c.toks, toks...)
		}
	}
}

// add interns the tokens of the next chunk of duties.
func (d *draft) add(c *tokenChunk) {
	at, u := 0, 0
	for _, nu := range c.leafUnit {
		leaf := int32(len(d.first))
		d.first = append(d.first, int32(len(d.units)))
		for k := range int(nu) {
			toks := c.toks[at : at+int(c.unitLen[u])]
			at += len(toks)
			u++
			un := unit{at: int32(len(d.toks)), class: leaf, whole: k == 0}
			for _, t := range toks {
				d.toks = append(d.toks, d.intern(t))
			}
			set := d.toks[un.at:]
			slices.Sort(set)
			set = slices.Compact(set)
			set = set[:min(len(set), maxUnitTokens)]
			d.toks = d.toks[:int(un.at)+len(set)]
			un.n = uint16(len(set))
			if un.whole {
				d.docs++
				for _, t := range set {
					d.df[t]++
				}
			}
			d.units = append(d.units, un)
		}
	}
}

// reserve makes room for the units and tokens of n duties, estimated
// from those of the duties added so far, so that the arrays of a large
// organisation are not copied again and again as they grow.
func (d *draft) reserve(n int) {
	if done := len(d.first); done > 0 {
		d.units = slices.Grow(d.units, len(d.units)*(n-done)/done*21/20)
		d.toks = slices.Grow(d.toks, len(d.toks)*(n-done)/done*21/20)
	}
}

func (d *draft) intern(t string) int32 {
	id, ok := d.dict[t]
	if !ok {
		id = int32(len(d.names))
		d.dict[t] = id
		d.names = append(d.names, t)
		d.df = append(d.df, 0)
	}
	return id
}
