package model

import (
	"context"
	"errors"
	"runtime"
	"testing"
)

// A background build gives the same index as NewSimilarity, reports its
// progress, and never blocks Index.
func TestBuildSimilarityInTheBackground(t *testing.T) {
	org := bigOrg(5000)
	b := BuildSimilarity(context.Background(), org)
	last := int64(0)
	for b.Index() == nil { // polled as a screen would, between frames
		done, total := b.Progress()
		if done < last || done > total || total != 2*5000 {
			t.Fatalf("progress %d/%d after %d", done, total, last)
		}
		last = done
		runtime.Gosched()
	}
	ix, err := b.Wait(context.Background())
	if err != nil || ix == nil || ix != b.Index() {
		t.Fatalf("Wait = %v, %v", ix, err)
	}
	if done, total := b.Progress(); done != total {
		t.Errorf("finished at %d/%d", done, total)
	}
	want := NewSimilarity(org)
	ctx := context.Background()
	for _, n := range ix.leaves[:500] {
		got, _ := ix.Similar(ctx, n, 9)
		exp, _ := want.Similar(ctx, n, 9)
		if !sameMatches(got, exp) {
			t.Fatalf("background index: Similar(%s) = %v, NewSimilarity's %v", n.Path, matchTexts(got), matchTexts(exp))
		}
	}
}

func TestBuildSimilarityCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b := BuildSimilarity(ctx, bigOrg(5000))
	<-b.Done()
	if ix, err := b.Wait(context.Background()); ix != nil || !errors.Is(err, context.Canceled) || b.Index() != nil {
		t.Errorf("cancelled build: %v, %v", ix, err)
	}
	// Waiting may itself be cancelled while the build goes on.
	b = BuildSimilarity(context.Background(), bigOrg(5000))
	if _, err := b.Wait(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled wait: %v", err)
	}
	<-b.Done()
}

// A build given a start channel does nothing until it is closed (a
// program drawing its first frame meanwhile), then builds the same index;
// cancelled before it starts, it stops with the context's error.
func TestBuildSimilarityAfterStart(t *testing.T) {
	org := bigOrg(2000)
	start := make(chan struct{})
	b := BuildSimilarityAfter(context.Background(), org, start)
	for range 100 {
		runtime.Gosched()
	}
	if done, _ := b.Progress(); done != 0 || b.Index() != nil {
		t.Fatalf("before start: %d texts analysed, index %v", done, b.Index())
	}
	close(start)
	ix, err := b.Wait(context.Background())
	if err != nil || ix == nil {
		t.Fatalf("after start: %v, %v", ix, err)
	}
	if done, total := b.Progress(); done != total {
		t.Errorf("finished at %d/%d", done, total)
	}
	ctx, cancel := context.WithCancel(context.Background())
	b = BuildSimilarityAfter(ctx, org, make(chan struct{}))
	cancel()
	if ix, err := b.Wait(context.Background()); ix != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before its start: %v, %v", ix, err)
	}
}
