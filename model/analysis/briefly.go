package analysis

// SegmentBriefly runs segment, which segments Chinese (SegmentChinese),
// and then lets go of the dictionary if it was not loaded before: for a
// caller that segments a few texts now and then, after the program has
// let the dictionary go (ReleaseDictionary), and must not keep its 10 MB
// for them (the explorer's matrix breaking unit names between words). A
// dictionary loaded before, for a search, stays. Run it off the update
// loop: loading takes about 25 ms.
func SegmentBriefly(segment func()) {
	had := DictionaryLoaded()
	segment()
	if !had {
		ReleaseDictionary()
	}
}

// DictionaryLoaded reports whether the Chinese dictionary is held now
// (loaded and not let go since).
func DictionaryLoaded() bool { return loaded.Load() != nil }
