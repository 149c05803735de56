package model

// ScoreIn is Similarity.Score in language l alone, for the tests of
// package model_test.
func ScoreIn(ix *Similarity, a, b *Node, l Lang) float64 { return float64(ix.scoreIn(a, b, l)) }
