// Package cache keeps, in the user's cache folder, the parsed organisation
// of a set of content layers and its search index, so that the next run
// reads one file instead of parsing Markdown and analysing every word.
//
// A cache file is named by the layers it holds (their folders, in order)
// and records, for every file the loader reads, its size, modification
// time and SHA-256. It is used only when the same files are there with the
// same contents, the format version and the program are the same, and its
// CRC-32 checksum holds; otherwise the content is loaded as if there were
// no cache and the file is written anew. A file's contents are hashed
// again only when its size or modification time changed, or when it was
// modified so close to the cache's writing that the time cannot tell (as
// git does for its index). Files are written whole to a temporary file
// and renamed into place, so a reader never sees half a cache.
//
// Nothing in a cache file is trusted: every length, offset and index is
// checked before use (see internal/wire), so a corrupt or hostile file is
// rebuilt, never a panic or an allocation larger than the file.
package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/filekind"
	"github.com/dutymap/dutymap/internal/gcstart"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
	"github.com/dutymap/dutymap/model/search"
)

// FormatVersion is the version of the cache files this program writes and
// reads. Bump it when the encoding of the organisation or of the search
// index changes, or when the analysis behind the index does (stemming,
// synonyms, weights): a file of another version is rebuilt.
const FormatVersion = 49 // 3: department groups; 4: the node table (search without the organisation); 5: Chinese sub-words and owner aliases in the search index; 6: each document framed by its node count and length (decoded on every core); 7: the index checked by blocks, its terms in order; 8: the letters texts folded as the words are (NFKD, accents and format characters dropped, full case folding); 9: the synonyms spell out abbreviations (public relations, PR); 10: CRC-32 (IEEE) checksums, not CRC-32C; 11: words of conflict (quarrel, clash, 争吵, 吵架) are synonyms; 12: where the other language's file writes a RACI or hand-off line too (Twin); 13: the field's abbreviations (KA, QA, QC, KPI, CEO, CFO); 14: traditional Chinese in its simplified form, compatibility forms split as words (Ⅱ, ①, ㎏), ı as i; 15: the hyphens U+2010 and U+2011 as -, ʼ as ', variation selectors dropped; 16: pinyin readings of the words inside longer Chinese words (工资 of 劳动工资), procure and 采购 no synonyms of buy and 购买, distributor ~ dealer; 17: the letters texts read Chinese characters as the word index does (analysis.IsHan: extension B on, 々, not the hexagram symbols); 18: a word written with hyphens also indexed written together (follow-up: followup, e-mail: email); 19: pinyin readings with ü also spelt u (falu for 法律); 20: the Chinese dictionary takes words in every Chinese character the analyser reads as one (extension B and beyond); 21: exhibition, trade show and trade fair are synonyms (展会, 展览会, 博览会, 交易会); write leads to draw up and draft; 22: 制订 is a synonym of 制定, 报销 and 报账 are related to 费用 and 申报; 23: irregular verbs' past forms stem as their base (built: build), American spellings as British (labor: labour, center: centre); 24: words the Chinese dictionary tags as names but are verbs (申报, 汇报 …) read as verbs, which the segmentation of a run after 谁 or 哪个 consults; 25: ligatures and stroked Latin letters folded to the letters they are made of (œ: oe, ø: o, ł: l); 26: the node table holds the summaries of the units that own duties (evidence of who does what without the organisation); 27: a phrasal verb is a term of its own (set up, draw up, tear down), not its verb; 28: 钱, 资金 and 现金 synonyms of money again; 29: which RACI lines write their key in Chinese (批准：), so that fixes name a line as it is written; 30: the summaries of the units that own duties stored analysed, so that a search reads their terms instead of analysing them and making a node of every unit; the departments' ids and titles side by side in the node table; 31: request frames (ask, help, need, 我要, 找谁) and pinyin fillers left out, payslip, expenses and 报销 related to wages, spending and 费用, -ing nouns of another sense (standing) no longer stemmed to their verb, vs read as versus; 34: the node table holds the Accountable lines too, so that a search read from the cache names the unit answering for a topic's shared work, and the unit a duty is written in as accountable, as a search of the organisation does; 35: a department or position a Responsible line names is an owner though it holds no duty of its own; 40: a sub-department (.unit) owns the duties written in it, as a position does, and its name is an owner's name in the index; 41: a point of a topic's shared work is work in the letters lists' tiers, ranked with the duties, not after them; 42: "who's" and "what's" are question words (a text saying them is read as one asking who); 43: which hand-off lines write their key in the other language than their file's (From: in a Chinese file), so that check names a line by the key it writes; editor's notes not searched; 44: a stop word in capitals in a text written in both cases is a word (IT); 45: hand-off lines record which write their key in Chinese (提供方：), as RACI lines do, not which write it in the other language than their file's; 46: names written with symbols are words of their own (C++, C#, F#, .NET, Node.js, R&D, I/O), no longer the letters alone; the synonym list's new phrases (phone call, stock count, send out) indexed; goods, customs, premises and securities their own terms, not stemmed to good, custom, premise, security; 47: the terms that begin a duty stored in the word index (a search whose query words a section's title says read every duty's first word); 48: a role's verb after 谁 a word of its own, whatever the dictionary makes of the characters after it (谁批准备份: 批准, then 备份; was 批, 准备, 份); 49: to ship and to deliver are synonyms again as verbs, their nouns (delivery, shipment) only related

// Header of a cache file, little-endian: magic, format version, 4 bytes of
// padding, then for each of the payload's three parts its CRC-32 (IEEE),
// 4 bytes of padding and its length; the payload starts on
// an 8-byte boundary for its arrays. The parts are checked apart: the
// description (the program, the content folders, their files), the
// organisation, and the search index, which is checked and read when
// first used (after the explorer's first frame), or alone (OpenIndex).
const (
	magic      = "DUTYMAPC"
	numParts   = 3
	headerSize = len(magic) + 4 + 4 + numParts*(4+4+8)
	// Suffix names cache files; temporary files end in tmpSuffix.
	Suffix    = ".dmc"
	tmpSuffix = ".tmp"
)

// maxFile bounds the cache file read: a 1,000,000-duty organisation takes
// about half a gigabyte.
const maxFile = 4 << 30

// racyWindow: a file modified this close before the cache was written may
// have changed again within the same modification time, so its contents
// are hashed on every load.
const racyWindow = 2 * time.Second

// crcTable is the IEEE polynomial's: CRC-32C (Castagnoli) checks no faster
// (both 30 to 40 GB/s on 4 KB blocks on an AMD EPYC, with SSE 4.2 and with
// carry-less multiplication), and making its tables cost every process
// 0.13 ms and 9 KB before main; IEEE's take 13 µs, on first use.
var crcTable = crc32.IEEETable

// Store is a folder of cache files.
type Store struct {
	// Dir is the folder; "" disables the cache (Open only loads).
	Dir string
	// Version is the format version written and accepted; 0 means
	// FormatVersion. Tests set it to check that a change is noticed.
	Version uint32
	// Program identifies the running program, whose code made the index:
	// another program's file is rebuilt. "" means Program().
	Program string
	// NoPrebuilt loads the built-in content from its files too, rather
	// than from the index built into the program (go generate ./cache).
	NoPrebuilt bool
	// HoldGC, when set, keeps garbage collection paused after a hit until
	// it is closed (the explorer: until its first frame is drawn). Resumed
	// at once, the collector marks everything just read while the program
	// goes on, and makes it help (a million duties: 80 ms of the first
	// frame's time). Collection resumes at once after a miss.
	HoldGC <-chan struct{}
}

// Status says where a load came from.
type Status int

const (
	// Disabled: no cache folder, or --no-cache; loaded from the files.
	Disabled Status = iota
	// Hit: read from the cache.
	Hit
	// Miss: no usable cache file (Reason says why); loaded from the files,
	// and Save writes one.
	Miss
)

func (s Status) String() string { return [...]string{"disabled", "hit", "miss"}[s] }

// Loaded is an organisation with its search index.
type Loaded struct {
	Org   *model.Org
	Index *search.Index
	// Status and, for a miss, the reason the cache could not be used.
	Status Status
	Reason string

	// tags and langs are the organisation's (Org.Tag, Org.HasLang), kept
	// for a Loaded without Org (OpenIndex).
	tags  [model.NumLangs]string
	langs [model.NumLangs]bool

	store  Store
	file   string
	layers []content.Layer
	inputs []input
	start  time.Time
	// release gives back the pages of part of a mapped cache file.
	release func([]byte)
	// data is the mapped cache file of a hit, whose strings and arrays
	// the organisation and index use in place.
	data []byte
	// read is the cache file read (removeRead).
	read os.FileInfo
	// restamp is set by a hit whose files' times were out of date.
	restamp *restamp
	// digests are the sums of the files loadFiles read, per layer.
	digests []*content.Digests
	// blocks checks the index of OpenIndex block by block; damaged is
	// what CheckIndex found.
	blocks  *blockSums
	damaged error
}

// input is one file the loader read.
type input struct {
	layer int
	name  string
	size  int64
	mtime int64 // Unix nanoseconds
	hash  [sha256.Size]byte
}

// DefaultDir is dutymap's folder in the user's cache folder
// (os.UserCacheDir: $XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches
// on macOS, %LocalAppData% on Windows), or "" when there is none.
func DefaultDir() string {
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(base, "dutymap")
}

// Program identifies this build of dutymap: its module version and VCS
// revision, and the executable's size and modification time, which tell
// apart two builds of one uncommitted tree.
func Program() string {
	var b strings.Builder
	if bi, ok := debug.ReadBuildInfo(); ok {
		b.WriteString(bi.Main.Version)
		for _, s := range bi.Settings {
			if strings.HasPrefix(s.Key, "vcs.") {
				fmt.Fprintf(&b, " %s", s.Value)
			}
		}
	}
	if exe, err := os.Executable(); err == nil {
		if info, err := os.Stat(exe); err == nil {
			fmt.Fprintf(&b, " %d %d", info.Size(), info.ModTime().UnixNano())
		}
	}
	return b.String()
}

func (s Store) version() uint32 {
	if s.Version == 0 {
		return FormatVersion
	}
	return s.Version
}

func (s Store) program() string {
	if s.Program == "" {
		return Program()
	}
	return s.Program
}

// layerKey identifies a layer: its folder, made absolute, or the name of
// a layer of another file system (the built-in content).
func layerKey(l content.Layer) string {
	if d := l.Folder(); d != "" {
		if abs, err := filepath.Abs(d); err == nil {
			return "dir:" + abs
		}
		return "dir:" + d
	}
	return "fs:" + l.Name
}

func layerKeys(layers []content.Layer) []string {
	out := make([]string, len(layers))
	for i, l := range layers {
		out[i] = layerKey(l)
	}
	return out
}

// FileFor is the cache file of the layers.
func (s Store) FileFor(layers []content.Layer) string {
	h := sha256.New()
	for _, k := range layerKeys(layers) {
		fmt.Fprintf(h, "%s\n", k)
	}
	return filepath.Join(s.Dir, hex.EncodeToString(h.Sum(nil)[:16])+Suffix)
}

// Open returns the organisation of the layers and its search index: from
// the cache when it is current, or else loaded from the files (content
// errors are content.Load's). After a miss, call Save, once the index has
// been used or prepared, to write the cache for next time.
func (s Store) Open(layers []content.Layer) (*Loaded, error) {
	ld := &Loaded{store: s, layers: layers, start: time.Now()}
	if !s.NoPrebuilt && builtinOnly(layers) {
		if pre, err := openBuiltin(); err == nil {
			pre.store, pre.layers = s, layers
			return pre, nil
		}
	}
	if s.Dir == "" {
		return ld, ld.loadFiles()
	}
	ld.file = s.FileFor(layers)
	ld.Status = Miss
	if err := ld.readWith(ld.decode); err == nil {
		ld.Status = Hit
		return ld, nil
	} else {
		ld.Reason = err.Error()
	}
	return ld, ld.loadFiles()
}

// OpenIndex is Open for a program that searches and prints the results:
// on a hit it reads and checks only the search index, with what a result
// line needs of the nodes (search.DecodeAlone), and never makes the
// organisation (Org is nil; its nodes are made for the results only). On a
// miss, or for the built-in content, it loads as Open does (Org set), and
// Save writes the cache. A damaged index part is a miss.
func (s Store) OpenIndex(layers []content.Layer) (*Loaded, error) {
	if s.Dir == "" || !s.NoPrebuilt && builtinOnly(layers) {
		return s.Open(layers)
	}
	ld := &Loaded{store: s, layers: layers, start: time.Now(), file: s.FileFor(layers), Status: Miss}
	if err := ld.readWith(ld.decodeAlone); err != nil {
		ld.Reason = err.Error()
		return ld, ld.loadFiles()
	}
	ld.Status = Hit
	return ld, nil
}

// Tag is the organisation's Org.Tag, also without Org (OpenIndex).
func (ld *Loaded) Tag(l model.Lang) string {
	if ld.Org != nil {
		return ld.Org.Tag(l)
	}
	if ld.tags[l] != "" {
		return ld.tags[l]
	}
	return l.Code()
}

// HasLang is the organisation's Org.HasLang, also without Org (OpenIndex).
func (ld *Loaded) HasLang(l model.Lang) bool {
	if ld.Org != nil {
		return ld.Org.HasLang(l)
	}
	return ld.langs[l]
}

// loadFiles loads the layers as content.Load does.
func (ld *Loaded) loadFiles() error {
	layers := make([]content.Layer, len(ld.layers))
	ld.digests = make([]*content.Digests, len(ld.layers))
	for i, l := range ld.layers {
		layers[i], ld.digests[i] = l.Recording()
	}
	// A program that started with the collector off (gcstart) collects
	// from here on.
	gcstart.Resume()
	// Loading makes what stays live (the organisation: about 80 MB at
	// 100,000 duties) and about as much garbage: collecting while the heap
	// grows from nothing would mark the organisation over and over (seven
	// times at 100,000 duties). The peak comes later, with the search
	// index, whose build collects as usual. The hold is bounded: a folder
	// of many small files makes garbage by the file (the YAML parser's),
	// collected once it passes gcstart.Budget.
	release := gcstart.Hold()
	// The word index is built next, and segmenting its Chinese needs the
	// dictionary (about 30 ms to load): loaded meanwhile, on a core the
	// loader's last, single-threaded steps leave free.
	go analysis.LoadDictionary()
	org, err := content.Load(layers...)
	release()
	if err != nil {
		return err
	}
	ld.Org, ld.Index = org, search.New(org)
	return nil
}

// errStale reports a cache file that no longer describes the content.
type errStale struct{ why string }

func (e *errStale) Error() string { return e.why }

// readWith maps the cache file and restores from it what decode reads,
// checking everything on the way.
func (ld *Loaded) readWith(decode func([]byte) error) error {
	// Opened without waiting: a named pipe under a cache file's name would
	// otherwise block here until something writes to it.
	f, err := os.OpenFile(ld.file, os.O_RDONLY|filekind.OpenNonblock, 0)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return &errStale{"no cache file yet"}
		}
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() || info.Size() < int64(headerSize) || info.Size() > maxFile {
		return &errStale{"not a cache file"}
	}
	// The header says how long the file is: a damaged or stray file is
	// refused before its size is mapped or read.
	head := make([]byte, headerSize)
	if _, err := f.ReadAt(head, 0); err != nil {
		return &errStale{"truncated"}
	}
	if err := ld.store.checkLength(head, info.Size()); err != nil {
		return err
	}
	data, mapped, err := mapFile(f, info.Size())
	if err != nil {
		return err
	}
	ld.read = info
	// Decoding allocates what will stay live (the nodes): collecting
	// garbage while the heap grows from nothing to that would mark it over
	// and over, for nothing (within gcstart's bound).
	resume := gcstart.Hold()
	ld.release = func(b []byte) { release(b, mapped) }
	if err := decode(data); err != nil {
		resume()
		unmapFile(data, mapped)
		return err
	}
	if hold := ld.store.HoldGC; hold != nil {
		go func() { <-hold; resume() }()
	} else {
		resume()
	}
	release(data, mapped)
	ld.data = data
	return nil
}

// GiveBack lets the kernel take back the pages of the cache file read
// since it was opened: they are the file's clean pages, read again from
// the page cache when used. A program calls it when it turns idle (the
// explorer, once its background builds are done), so that its resident
// memory is what it uses from then on, not all that the builds read.
func (ld *Loaded) GiveBack() {
	if ld.release != nil && ld.data != nil {
		ld.release(ld.data)
	}
}

// decode checks and restores a cache file's contents: the organisation
// now, the search index when it is first used (search.DecodeLazy).
func (ld *Loaded) decode(data []byte) error {
	h, err := ld.describes(data)
	if err != nil {
		return err
	}
	// The checksum is worked out while the organisation is decoded (which
	// trusts nothing it reads, so may read bytes not yet summed): on two
	// cores that is most of its cost off the wait for the first frame.
	sum := make(chan uint32, 1)
	go func() { sum <- checksum(h.part[partOrg], nil) }()
	r := wire.NewReader(h.part[partOrg])
	org := decodeOrg(r)
	if <-sum != h.sum[partOrg] {
		return &errStale{"checksum mismatch"}
	}
	if err := r.Err(); err != nil {
		return err
	}
	if r.Left() >= 8 || slices.ContainsFunc(r.Raw(r.Left()), func(b byte) bool { return b != 0 }) {
		return &errStale{"bad padding after the organisation"}
	}
	release := ld.release
	open := func() (*wire.Reader, error) {
		b, err := splitIndex(h.part[partIndex], h.sum[partIndex])
		if err == nil {
			err = b.checkAll(release)
		}
		if err != nil {
			return nil, err
		}
		return wire.NewReader(b.payload), nil
	}
	done := func(err error) {
		if err != nil {
			// The index is built from the organisation instead; the file
			// goes, so that the next run writes a sound one.
			ld.removeRead()
		}
		release(h.part[partIndex])
	}
	ld.Org, ld.Index = org, search.DecodeLazy(org, open, done)
	return nil
}

// decodeAlone restores the search index alone (OpenIndex): the
// organisation part is never read. The index's blocks are checked as the
// search uses them (search.DecodeAlone): what it reads now (the node
// table, the lengths of every table) now, the rest, such as the postings
// of one term, when first used. A damaged block found then is reported by
// Damaged, and Reload loads the files instead.
func (ld *Loaded) decodeAlone(data []byte) error {
	h, err := ld.describes(data)
	if err != nil {
		return err
	}
	b, err := splitIndex(h.part[partIndex], h.sum[partIndex])
	if err != nil {
		return err
	}
	ix, err := search.DecodeAlone(wire.NewCheckedReader(b.payload, b.check))
	if err != nil {
		return err
	}
	ld.Index, ld.blocks = ix, b
	return nil
}

// removeRead removes a damaged cache file, if it is still the one read:
// another process may have renamed a sound one into its place since.
func (ld *Loaded) removeRead() {
	if ld.read == nil {
		return
	}
	if now, err := os.Stat(ld.file); err == nil && os.SameFile(now, ld.read) {
		os.Remove(ld.file)
	}
}

// CheckIndex checks every block of an index read by OpenIndex now, rather
// than as a search reads them: for an answer too large to hold back until
// the search is over, which reads most of the index anyway. A damaged
// block is returned and reported by Damaged; Reload then loads the files.
func (ld *Loaded) CheckIndex() error {
	if ld.blocks == nil || ld.damaged != nil {
		return ld.damaged
	}
	ld.damaged = ld.blocks.checkAll(ld.release)
	return ld.damaged
}

// Damaged reports a damaged cache file found after Open or OpenIndex
// returned: a block of the search index that failed its checksum when a
// search first read it. What the index answered since cannot be trusted:
// Reload loads the content from its files instead.
func (ld *Loaded) Damaged() error {
	if ld.damaged != nil {
		return ld.damaged
	}
	if ld.Index == nil {
		return nil
	}
	return ld.Index.Err()
}

// Reload loads the content from its files after Damaged reported a
// damaged cache file, which it removes: Save then writes a sound one. The
// status becomes a miss, its reason the damage.
func (ld *Loaded) Reload() error {
	why := ld.Damaged()
	if why == nil {
		return nil
	}
	ld.removeRead()
	ld.Status, ld.Reason, ld.Org, ld.Index = Miss, why.Error(), nil, nil
	ld.blocks, ld.damaged = nil, nil
	return ld.loadFiles()
}

// describes checks the header and the description part: the file is of
// this format and program, for these layers, whose files are the ones it
// was made from. It returns the parts, not yet checked.
func (ld *Loaded) describes(data []byte) (parts, error) {
	h, err := ld.store.checkHeader(data)
	if err != nil {
		return h, err
	}
	if checksum(h.part[partMeta], nil) != h.sum[partMeta] {
		return h, &errStale{"checksum mismatch"}
	}
	r := wire.NewReader(h.part[partMeta])
	if r.String() != ld.store.program() {
		return h, &errStale{"written by another build of dutymap"}
	}
	written := time.Unix(0, r.Varint())
	if !slices.Equal(r.Strings(), layerKeys(ld.layers)) {
		return h, &errStale{"written for other content folders"}
	}
	inputs := readInputs(r, len(ld.layers))
	dirs := readDirs(r, len(ld.layers))
	for l := range model.NumLangs {
		ld.tags[l], ld.langs[l] = r.String(), r.Bool()
	}
	if err := r.Err(); err != nil {
		return h, err
	}
	// Up to 7 zero bytes may follow (a rewritten description keeps the
	// parts after it where they were, modulo 8: saveRestamped).
	if r.Left() >= 8 || slices.ContainsFunc(r.Raw(r.Left()), func(b byte) bool { return b != 0 }) {
		return h, &errStale{"bytes after the description"}
	}
	if err := ld.current(inputs, dirs, written); err != nil {
		return h, err
	}
	ld.inputs = inputs
	return h, nil
}

// The parts of a cache file, in order.
const (
	partMeta = iota
	partOrg
	partIndex
)

// parts are a cache file's checksummed parts and their checksums.
type parts struct {
	part [numParts][]byte
	sum  [numParts]uint32
}

// checkHeader checks the magic, version and lengths, and returns the
// parts (their checksums are checked as they are read).
func (s Store) checkHeader(data []byte) (parts, error) {
	var p parts
	if err := s.checkVersion(data); err != nil {
		return p, err
	}
	h := data[len(magic):]
	payload := data[headerSize:]
	for i := range numParts {
		e := h[8+16*i:]
		p.sum[i] = binary.LittleEndian.Uint32(e)
		n := binary.LittleEndian.Uint64(e[8:])
		if n > uint64(len(payload)) {
			return p, &errStale{"truncated"}
		}
		p.part[i], payload = payload[:n], payload[n:]
	}
	if len(payload) != 0 {
		return p, &errStale{"bytes after the index"}
	}
	return p, nil
}

// checkLength checks a file's header (its first headerSize bytes) against
// the file's size: the magic, the version, and the parts' lengths adding
// up to what follows the header.
func (s Store) checkLength(head []byte, size int64) error {
	if err := s.checkVersion(head); err != nil {
		return err
	}
	if payloadLength(head[len(magic):]) != uint64(size)-uint64(headerSize) {
		return &errStale{"truncated, or longer than written"}
	}
	return nil
}

// checkVersion checks that data starts with a whole header of this
// store's format: the magic, then the version.
func (s Store) checkVersion(data []byte) error {
	if len(data) < headerSize || string(data[:len(magic)]) != magic {
		return &errStale{"not a cache file"}
	}
	if v := binary.LittleEndian.Uint32(data[len(magic):]); v != s.version() {
		return &errStale{fmt.Sprintf("format version %d, not %d", v, s.version())}
	}
	return nil
}

// payloadLength adds up the parts' lengths in a three-part header (h
// starts after the magic).
func payloadLength(h []byte) uint64 {
	var total uint64
	for i := range numParts {
		total += binary.LittleEndian.Uint64(h[8+16*i+8:])
	}
	return total
}

// checksum is the CRC-32 (IEEE) of data, computed in chunks, each handed to
// done once summed (to give its pages back: a 1,000,000-duty cache file
// is 800 MB, which the process need not hold all at once).
func checksum(data []byte, done func([]byte)) uint32 {
	const chunk = 16 << 20
	var sum uint32
	for len(data) > 0 {
		n := min(chunk, len(data))
		sum = crc32.Update(sum, crcTable, data[:n])
		if done != nil {
			done(data[:n])
		}
		data = data[n:]
	}
	return sum
}

// readInputs reads the recorded files: layer, name, size, time and hash.
func readInputs(r *wire.Reader, layers int) []input { return readEntries(r, layers, true) }

// readDirs reads the recorded folders: as files, without a hash.
func readDirs(r *wire.Reader, layers int) []input { return readEntries(r, layers, false) }

func readEntries(r *wire.Reader, layers int, hashed bool) []input {
	least := 4 // the fewest bytes of an entry: a byte each for layer, name length, size and time
	if hashed {
		least += sha256.Size
	}
	out := make([]input, r.Count(least))
	for i := range out {
		in := &out[i]
		in.layer = r.Index(layers)
		in.name = r.String()
		in.size = r.Varint()
		in.mtime = r.Varint()
		if hashed {
			copy(in.hash[:], r.Raw(sha256.Size))
		}
	}
	return out
}

// current checks that the layers' files are the ones recorded, with the
// same contents. When no folder that holds them changed since (dirs: a
// folder's modification time changes when a file in it is added, removed
// or renamed), they are the recorded files, and only those are looked at
// (stat), on both cores; otherwise the layers' files are listed again
// (content.Inputs) while the recorded ones are looked at, on another core.
func (ld *Loaded) current(recorded, dirs []input, written time.Time) error {
	infos := make([]fs.FileInfo, len(recorded))
	stat := func(from, to int) {
		for i := from; i < to; i++ {
			infos[i], _ = fs.Stat(ld.layers[recorded[i].layer].FS, recorded[i].name)
		}
	}
	names := make([][]string, len(ld.layers))
	var wg sync.WaitGroup
	var nowDirs []input // the folders as they are, when they changed: taken before the files are listed
	if ld.sameFolders(dirs, written) {
		half := len(recorded) / 2
		wg.Go(func() { stat(0, half) })
		stat(half, len(recorded))
		for _, in := range recorded {
			names[in.layer] = append(names[in.layer], in.name)
		}
	} else {
		nowDirs, _ = ld.folders(recorded)
		wg.Go(func() { stat(0, len(recorded)) })
		for li, l := range ld.layers {
			names[li] = content.Inputs(l)
		}
	}
	wg.Wait()
	hashed := false
	at := 0
	for li, l := range ld.layers {
		for _, name := range names[li] {
			if at >= len(recorded) || recorded[at].layer != li || recorded[at].name != name {
				return &errStale{"files were added or removed"}
			}
			in, info := &recorded[at], infos[at]
			at++
			if info == nil {
				return &errStale{"cannot stat " + name}
			}
			if !unchanged(info, in.size, in.mtime, written) {
				data, err := l.ReadFile(name)
				if err != nil || sha256.Sum256(data) != in.hash {
					return &errStale{name + " changed"}
				}
				// Worth recording if its time will tell next time.
				hashed = hashed || settled(info.ModTime(), ld.start)
			}
		}
	}
	if at != len(recorded) {
		return &errStale{"files were removed"}
	}
	if hashed || nowDirs != nil && !slices.ContainsFunc(nowDirs, func(d input) bool { return !settled(time.Unix(0, d.mtime), ld.start) }) {
		// The same content under new times (touched, checked out again):
		// Save records them, so that the next run need not read the files
		// again. The times are those of the stats taken before the files
		// were read and listed: a file changed since is newer than them.
		stamps := slices.Clone(recorded)
		for i, info := range infos {
			stamps[i].size, stamps[i].mtime = info.Size(), info.ModTime().UnixNano()
		}
		if nowDirs == nil {
			nowDirs = dirs
		}
		ld.restamp = &restamp{inputs: stamps, dirs: nowDirs}
	}
	return nil
}

// restamp is the files' and folders' times to record after a hit that
// found the same content under new times (Save).
type restamp struct{ inputs, dirs []input }

// settled reports whether a time read at now can be trusted next time:
// it is older than racyWindow.
func settled(t, now time.Time) bool { return !t.IsZero() && t.Before(now.Add(-racyWindow)) }

// unchanged reports whether a file or folder has the recorded size and
// modification time, and was not modified so close before the cache was
// written that the time cannot tell (racyWindow).
func unchanged(info fs.FileInfo, size, mtime int64, written time.Time) bool {
	t := info.ModTime()
	return info.Size() == size && t.UnixNano() == mtime && !t.IsZero() && t.Before(written.Add(-racyWindow))
}

// sameFolders reports whether every recorded folder is there, unchanged:
// then no file was added to, removed from or renamed in the content.
func (ld *Loaded) sameFolders(dirs []input, written time.Time) bool {
	if len(dirs) == 0 {
		return false
	}
	for _, d := range dirs {
		info, err := fs.Stat(ld.layers[d.layer].FS, d.name)
		if err != nil || !info.IsDir() || !unchanged(info, d.size, d.mtime, written) {
			return false
		}
	}
	return true
}

// folders records the folders the layers' files lie in, to tell next time
// that no file was added or removed (sameFolders): each layer's top
// folder, and every folder beneath its language folders, those that hold
// no file yet included (a translation to come: its first file changes
// only its own folder's time), and beneath any other top-level folder
// holding one of its files.
func (ld *Loaded) folders(inputs []input) ([]input, error) {
	var out []input
	for li, l := range ld.layers {
		tops := []string{"."}
		entries, err := fs.ReadDir(l.FS, ".")
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if _, ok := content.LangFolder(e.Name()); ok {
				if info, err := fs.Stat(l.FS, e.Name()); err == nil && info.IsDir() {
					tops = append(tops, e.Name())
				}
			}
		}
		for _, in := range inputs {
			if top, _, ok := strings.Cut(in.name, "/"); in.layer == li && ok && !slices.Contains(tops, top) {
				tops = append(tops, top)
			}
		}
		for k, top := range tops {
			err := fs.WalkDir(l.FS, top, func(name string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() {
					return nil
				}
				if name != top && content.Ignored(name) {
					return fs.SkipDir // .git: nothing in it is read
				}
				info, err := fs.Stat(l.FS, name)
				if err != nil {
					return err
				}
				out = append(out, input{layer: li, name: name, size: info.Size(), mtime: info.ModTime().UnixNano()})
				if k == 0 {
					return fs.SkipDir // the top folder alone: its own entries
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// Save writes the cache file after a miss, preparing the index of both
// languages first if it is not. It does nothing after a hit or with the
// cache disabled. The file is written to a temporary name and renamed,
// so that readers see the old file or the new one, never part of one.
func (ld *Loaded) Save() error {
	if ld.Status == Hit && ld.restamp != nil {
		return ld.saveRestamped()
	}
	return ld.StartSave()()
}

// StartSave begins Save's work after a miss on another goroutine, for a
// program that goes on using the organisation and its index meanwhile (a
// search whose cache missed: it answers while the file is written). The
// description and the organisation are written at once, and each table
// of the index as soon as it is built (Index.Encode), in the moments the
// build leaves a core free; what is left when the index is ready is its
// last table. The returned wait ends the save and returns Save's error:
// the file is put in place then, not before (a program that answers
// before calling it answers before its cache file appears). Until it
// returns, ld's organisation and index may be read, and nothing of ld
// changed. After a hit, or with the cache disabled, it does nothing.
func (ld *Loaded) StartSave() (wait func() error) {
	if ld.Status != Miss || ld.Org == nil {
		return func() error { return nil }
	}
	var inputs []input
	var tmp string
	done := make(chan error, 1)
	go func() {
		var err error
		inputs, tmp, err = ld.writeTemp()
		done <- err
	}()
	return sync.OnceValue(func() error {
		if err := <-done; err != nil {
			return err
		}
		if err := ld.putInPlace(tmp); err != nil {
			return err
		}
		ld.Status, ld.inputs = Hit, inputs
		// Writing is a good moment to drop the files of folders since
		// removed (test runs leave many); a failure only leaves them for
		// later.
		_, _ = ld.store.Prune()
		return nil
	})
}

// writeTemp writes the cache file of what loadFiles loaded under a
// temporary name, and returns the files it records and that name.
func (ld *Loaded) writeTemp() ([]input, string, error) {
	if err := os.MkdirAll(ld.store.Dir, 0o700); err != nil {
		return nil, "", err
	}
	inputs, err := ld.hashInputs()
	if err != nil {
		return nil, "", err
	}
	dirs, err := ld.folders(inputs)
	if err != nil {
		return nil, "", err
	}
	ld.store.removeStaleTemps()
	tmp, err := ld.fillTemp(func(f *os.File) error { return ld.write(f, inputs, dirs) })
	return inputs, tmp, err
}

// write writes the cache file to f: a header to fill in at the end, then
// the three parts of the payload, each streamed through its checksum.
func (ld *Loaded) write(f *os.File, inputs, dirs []input) error {
	if _, err := f.Write(make([]byte, headerSize)); err != nil {
		return err
	}
	sum := crc32.New(crcTable)
	var blocks *blockWriter // while the index's payload is written
	w := wire.NewStreamWriter(writerFunc(func(p []byte) (int, error) {
		if blocks != nil {
			blocks.Write(p)
		} else {
			sum.Write(p)
		}
		return f.Write(p)
	}))
	var sums [numParts]uint32
	var lens [numParts]int
	start := 0
	end := func(i int) error {
		if err := w.Flush(); err != nil {
			return err
		}
		sums[i], lens[i], start = sum.Sum32(), w.Len()-start, w.Len()
		sum.Reset()
		return nil
	}
	ld.writeMeta(w, ld.start, inputs, dirs)
	if err := end(partMeta); err != nil {
		return err
	}
	encodeOrg(w, ld.Org)
	w.Align(8) // the index is read as a part of its own, its arrays aligned
	if err := end(partOrg); err != nil {
		return err
	}
	blocks = &blockWriter{}
	ld.Index.Encode(w)
	if err := w.Flush(); err != nil {
		return err
	}
	trailer := blocks.trailer()
	blocks = nil
	w.Raw(trailer)
	if err := end(partIndex); err != nil {
		return err
	}
	_, err := f.WriteAt(ld.store.header(sums, lens), 0)
	return err
}

// header is a cache file's header for parts of these checksums and
// lengths.
func (s Store) header(sums [numParts]uint32, lens [numParts]int) []byte {
	head := make([]byte, headerSize)
	copy(head, magic)
	h := head[len(magic):]
	binary.LittleEndian.PutUint32(h, s.version())
	for i := range numParts {
		e := h[8+16*i:]
		binary.LittleEndian.PutUint32(e, sums[i])
		binary.LittleEndian.PutUint64(e[8:], uint64(lens[i]))
	}
	return head
}

// writeMeta writes the description part: the program, when the files
// were looked at, the layers, their files and folders, the languages.
func (ld *Loaded) writeMeta(w *wire.Writer, at time.Time, inputs, dirs []input) {
	w.String(ld.store.program())
	w.Varint(at.UnixNano())
	w.Strings(layerKeys(ld.layers))
	writeEntries(w, inputs, true)
	writeEntries(w, dirs, false)
	tags := ld.tags // as recorded, "" where the content named none
	if ld.Org != nil {
		tags = ld.Org.Tags
	}
	for _, l := range model.Langs {
		w.String(tags[l])
		w.Bool(ld.HasLang(l))
	}
}

// writeEntries writes recorded files (hashed) or folders, as readEntries
// reads them.
func writeEntries(w *wire.Writer, entries []input, hashed bool) {
	w.Int(len(entries))
	for _, in := range entries {
		w.Int(in.layer)
		w.String(in.name)
		w.Varint(in.size)
		w.Varint(in.mtime)
		if hashed {
			w.Raw(in.hash[:])
		}
	}
}

// saveRestamped rewrites the cache file of a hit whose files had new
// times and the same content: a new description part, the organisation
// and index parts copied as they are, with their checksums. It costs a
// copy of the file once; every later run then looks at the files' times
// alone again.
func (ld *Loaded) saveRestamped() error {
	stamps := ld.restamp
	ld.restamp = nil
	old, err := ld.store.checkHeader(ld.data)
	if err != nil {
		return err
	}
	var meta bytes.Buffer
	w := wire.NewStreamWriter(&meta)
	ld.writeMeta(w, ld.start, stamps.inputs, stamps.dirs)
	if err := w.Flush(); err != nil {
		return err
	}
	// The index's arrays are read where they lie, so the parts after the
	// description keep their place modulo 8.
	for meta.Len()%8 != len(old.part[partMeta])%8 {
		meta.WriteByte(0)
	}
	parts := [numParts][]byte{meta.Bytes(), old.part[partOrg], old.part[partIndex]}
	sums := [numParts]uint32{crc32.Checksum(meta.Bytes(), crcTable), old.sum[partOrg], old.sum[partIndex]}
	var lens [numParts]int
	for i, p := range parts {
		lens[i] = len(p)
	}
	head := ld.store.header(sums, lens)
	return ld.replaceFile(func(f *os.File) error {
		_, err := f.Write(head)
		for _, p := range parts {
			if err == nil {
				_, err = f.Write(p)
			}
		}
		return err
	})
}

// replaceFile writes the cache file through fill under a temporary name
// and renames it into place, so that readers see the old file or the new
// one, never part of one.
func (ld *Loaded) replaceFile(fill func(*os.File) error) error {
	tmp, err := ld.fillTemp(fill)
	if err != nil {
		return err
	}
	return ld.putInPlace(tmp)
}

// putInPlace renames the temporary file tmp to the cache file's name, or
// removes it when that fails.
func (ld *Loaded) putInPlace(tmp string) error {
	if err := os.Rename(tmp, ld.file); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// fillTemp writes a temporary file beside the cache file through fill and
// returns its name; it removes the file when writing fails.
func (ld *Loaded) fillTemp(fill func(*os.File) error) (string, error) {
	tmp, err := os.CreateTemp(ld.store.Dir, filepath.Base(ld.file)+".*"+tmpSuffix)
	if err != nil {
		return "", err
	}
	err = fill(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// writerFunc is a function that is an io.Writer.
type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// hashInputs records the layers' files after loadFiles: their size and
// time now, and the sum of the bytes the organisation was made from (its
// digests).
// The time of loading, taken before, is the cache's: a file changed while
// it loaded is newer, so it is read again next time and found to differ
// from what was loaded; a file added meanwhile, which was not loaded, is
// recorded with no sum, which nothing matches.
func (ld *Loaded) hashInputs() ([]input, error) {
	var out []input
	for li, l := range ld.layers {
		for _, name := range content.Inputs(l) {
			info, err := fs.Stat(l.FS, name)
			if err != nil {
				return nil, err
			}
			in := input{layer: li, name: name, size: info.Size(), mtime: info.ModTime().UnixNano()}
			in.hash, _ = ld.digests[li].Sum(name)
			out = append(out, in)
		}
	}
	return out, nil
}

// removeStaleTemps deletes temporary files a killed writer left, an hour
// old or more.
func (s Store) removeStaleTemps() {
	entries, _ := os.ReadDir(s.Dir)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), tmpSuffix) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > time.Hour {
			os.Remove(filepath.Join(s.Dir, e.Name()))
		}
	}
}

// Entry is one cache file, as `dutymap cache` lists it.
type Entry struct {
	File    string
	Size    int64
	ModTime time.Time
	// Layers are the folders it holds ("(builtin)" for the embedded
	// content); nil when Problem says why they cannot be read.
	Layers []string
	// Problem says what the file is when it is not a cache file this
	// program can read: one being written (or left by a writer that was
	// stopped), one of another cache format, or not a cache file at all.
	Problem string
	// Gone says that a folder it holds no longer exists: nothing can use
	// it any more (Prune removes it).
	Gone bool
}

// List returns the store's cache files, newest first.
func (s Store) List() ([]Entry, error) {
	entries, err := os.ReadDir(s.Dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, e := range entries {
		tmp := strings.HasSuffix(e.Name(), tmpSuffix)
		if !strings.HasSuffix(e.Name(), Suffix) && !tmp {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		en := Entry{File: filepath.Join(s.Dir, e.Name()), Size: info.Size(), ModTime: info.ModTime()}
		if what, regular := filekind.Of(info.Mode()); !regular {
			// Listed so that Clear removes it: the next run would write
			// its cache file in its place anyway.
			if what == "" {
				what = "not a regular file"
			}
			en.Size, en.Problem = 0, "not a cache file: "+what
			out = append(out, en)
			continue
		}
		if tmp {
			en.Problem = "being written, or left by a writer that was stopped (removed after an hour)"
		} else {
			s.describe(&en)
		}
		out = append(out, en)
	}
	slices.SortFunc(out, func(a, b Entry) int { return b.ModTime.Compare(a.ModTime) })
	return out, nil
}

// Prune removes the cache files of folders that no longer exist, which no
// run can use again, and returns them.
func (s Store) Prune() ([]Entry, error) {
	entries, err := s.List()
	if err != nil {
		return nil, err
	}
	var removed []Entry
	for _, e := range entries {
		if !e.Gone {
			continue
		}
		if err := os.Remove(e.File); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return removed, err
		}
		removed = append(removed, e)
	}
	return removed, nil
}

// headerSizeOf is the header size of a cache format whose description
// (the program, the time, the layers) List can read: formats 2 and 3 had
// two parts, formats from 4 on three (a format bump that changes the
// header must say so here).
func headerSizeOf(version uint32) (int, bool) {
	switch {
	case version == 2 || version == 3:
		return len(magic) + 4 + 4 + 8 + 4 + 4 + 8, true
	case version >= 4 && version <= FormatVersion:
		return headerSize, true
	}
	return 0, false
}

// wholeFile reports whether a file of a three-part format (4 on) is as
// long as its header says and its description part (the first, read in
// head when it fits) matches its checksum; otherwise it says so in
// e.Problem. The other parts are not read: listing stays quick, and a
// search or the explorer checks them before use.
func (s Store) wholeFile(e *Entry, head []byte) bool {
	h := head[len(magic):]
	if payloadLength(h) != uint64(e.Size)-uint64(headerSize) {
		e.Problem = "a damaged cache file (cut short, or longer than written); the next run that needs it writes it anew"
		return false
	}
	n := binary.LittleEndian.Uint64(h[8+8:])
	if n <= uint64(len(head)-headerSize) && crc32.Checksum(head[headerSize:headerSize+int(n)], crcTable) != binary.LittleEndian.Uint32(h[8:]) {
		e.Problem = "a damaged cache file (its description does not match its checksum); the next run that needs it writes it anew"
		return false
	}
	return true
}

// describe reads the layers a cache file holds from its beginning, or
// says what the file is (it is not checked: this is for listing only).
func (s Store) describe(e *Entry) {
	f, err := os.Open(e.File)
	if err != nil {
		e.Problem = "cannot be read: " + err.Error()
		return
	}
	defer f.Close()
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if n < len(magic)+4 || string(head[:len(magic)]) != magic {
		e.Problem = "not a cache file"
		return
	}
	version := binary.LittleEndian.Uint32(head[len(magic):])
	size, ok := headerSizeOf(version)
	if !ok {
		e.Problem = fmt.Sprintf("cache format %d, of another dutymap version", version)
		return
	}
	if n < size {
		e.Problem = "a damaged cache file (cut short); the next run that needs it writes it anew"
		return
	}
	if version >= 4 && !s.wholeFile(e, head) {
		return
	}
	r := wire.NewReader(head[size:])
	_ = r.String()
	r.Varint()
	keys := r.Strings()
	if r.Err() != nil || len(keys) == 0 {
		e.Problem = "a damaged cache file"
		return
	}
	out := make([]string, len(keys))
	for i, k := range keys {
		kind, name, _ := strings.Cut(k, ":")
		switch {
		case kind == "fs" && name != "":
			name = "(" + name + ")"
		case kind == "dir" && filepath.IsAbs(name):
			if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
				e.Gone = true
			}
		default:
			e.Problem = "a damaged cache file"
			return
		}
		out[i] = name
	}
	e.Layers = out
}

// Clear removes every cache file and returns how many bytes it freed.
func (s Store) Clear() (int64, error) {
	entries, err := s.List()
	if err != nil {
		return 0, err
	}
	var freed int64
	for _, e := range entries {
		if err := os.Remove(e.File); err != nil && !errors.Is(err, fs.ErrNotExist) {
			if info, serr := os.Lstat(e.File); serr == nil && info.IsDir() {
				continue // not ours to empty; `dutymap cache` still lists it
			}
			return freed, err
		}
		freed += e.Size
	}
	return freed, nil
}

// readFile reads size bytes of f into memory.
func readFile(f *os.File, size int64) ([]byte, error) {
	data := make([]byte, size)
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, err
	}
	return data, nil
}
