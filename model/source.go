package model

// Source is a document the content cites.
type Source struct {
	ID    string
	Title Text
	URL   string
	Ref   string // the author's own note on where the text is, e.g. "seed 004"
}
