package model

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// Analysing every duty's text is most of an index build, and the
// languages cost unlike amounts (segmenting Chinese costs about three
// times as much as stemming English). So the texts are cut into chunks of
// chunkLeaves duties, analysed by one worker per core whatever their
// language, and each language's chunks are then taken in order by the
// goroutine that interns its tokens: the result is the same as analysing
// one text after another, and every core stays busy to the end.

// chunkLeaves is how many duties one task analyses.
const chunkLeaves = 1024

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
				done[l][k] <- as[l].chunk(ix.leaves[k*chunkLeaves:min(n, (k+1)*chunkLeaves)], l)
			}
		})
	}
	var drafts [NumLangs]*draft
	var errs [NumLangs]error
	for l := range NumLangs {
		wg.Go(func() {
			d := &draft{dict: map[string]int32{}, first: make([]int32, 0, n+1)}
			if ix.hasLang(l) {
				// Room for a short duty, so that a large organisation
				// does not regrow the arrays again and again.
				d.units, d.toks = make([]unit, 0, n), make([]int32, 0, 8*n)
			}
			for k := range chunks {
				select {
				case c := <-done[l][k]:
					d.add(c)
					<-ahead
					if progress != nil {
						progress.Add(int64(len(c.leafUnit)))
					}
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

// chunk analyses the texts of leaves in l.
func (a *analyser) chunk(leaves []*Node, l Lang) *tokenChunk {
	c := &tokenChunk{leafUnit: make([]int32, len(leaves))}
	for i, leaf := range leaves {
		units := a.units(leaf.Title[l])
		c.leafUnit[i] = int32(len(units))
		for _, toks := range units {
			c.unitLen = append(c.unitLen, int32(len(toks)))
			c.toks = append(c.toks, toks...)
		}
	}
	return c
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
			d.toks = d.toks[:int(un.at)+len(set)]
			un.n = int32(len(set))
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

// hasLang reports whether any indexed duty is written in l.
func (ix *Similarity) hasLang(l Lang) bool {
	for _, n := range ix.leaves {
		if n.Title.Has(l) {
			return true
		}
	}
	return false
}
