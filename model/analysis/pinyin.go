package analysis

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./internal/genpinyin

// pinyinTable is every character's readings without tones, generated from
// github.com/mozillazg/go-pinyin's table (internal/genpinyin has the
// layout and why it is not go-pinyin's map at run time). It is read in
// place by readingsOf.
//
//go:embed pinyin.bin
var pinyinTable string

// maxReadings bounds the readings Pinyin returns for one word: a word of
// characters that each have several readings (多音字) would otherwise give
// their product.
const maxReadings = 4

// Pinyin returns the pinyin readings of a Chinese word, without tones, in
// full ("dingjia" for 定价) and by initials ("dj"), from
// github.com/mozillazg/go-pinyin's character table. A character with
// several readings adds its others to the full readings (银行 is yinxing
// and yinhang), up to four a word, the first readings first. The initials
// are those of each character's first reading only (比如 is "br", never
// "pr" through 比's rare reading pí): two or three letters match many
// words, and a rare reading would make a common word answer for letters
// that are not its own. go-pinyin lists a character's readings most
// common first, mostly (长 lists zhǎng before cháng). It returns nothing
// for text that is not all Chinese.
func Pinyin(word string) (full, initials []string) {
	if !IsHanWord(word) {
		return nil, nil
	}
	var per [][]string
	for _, r := range word {
		readings := readingsOf(r)
		if readings == nil {
			return nil, nil // a character without a reading
		}
		per = append(per, readings)
	}
	full = combine(per, func(r string) string { return r })
	var first strings.Builder
	for _, readings := range per {
		first.WriteString(readings[0][:1])
	}
	return full, []string{first.String()}
}

// combine joins one reading per character, each passed through part, in
// every combination (the first readings first), up to maxReadings distinct
// results.
func combine(per [][]string, part func(string) string) []string {
	out := []string{""}
	for _, alts := range per {
		var next []string
		for _, r := range out {
			for _, alt := range alts {
				if w := r + part(alt); len(next) < maxReadings && !slices.Contains(next, w) {
					next = append(next, w)
				}
			}
		}
		out = next
	}
	return out
}

// readingsOf returns a character's readings from pinyinTable, the most
// common first, or nil for a character it does not have: a binary search
// over the sorted characters, then the character's slice of the text.
func readingsOf(r rune) []string {
	const head = 8 // magic and count
	n := int(u32At(pinyinTable, 4))
	char := func(i int) rune { return rune(u32At(pinyinTable, head+4*i)) }
	lo := sort.Search(n, func(i int) bool { return char(i) >= r })
	if lo == n || char(lo) != r {
		return nil
	}
	offsets := head + 4*n
	from, to := u32At(pinyinTable, offsets+4*lo), u32At(pinyinTable, offsets+4*lo+4)
	text := pinyinTable[offsets+4*(n+1):]
	return strings.Split(text[from:to], ",")
}

// u32At is the little-endian uint32 at s[i:i+4].
func u32At(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// TonelessPinyin returns a folded word written as pinyin with tone numbers
// ("ding4jia4", "xiao3shou4", "shi4chang3bu4") without them ("dingjia"),
// as tone marks fold away (dìngjià): pinyin typed on a keyboard without
// tone marks. The word must be letters a to z and tone numbers 1 to 5,
// at least one, each right after letters; the letters before each
// number, and after the last, at least two, are whole syllables, each a
// reading of some character with a vowel (pinyinSyllables). Anything else
// is no pinyin, and ok is false: b2b, mp3, 401k, o2o, a4.
func TonelessPinyin(word string) (toneless string, ok bool) {
	var b strings.Builder
	from, tones := 0, 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= 'a' && c <= 'z':
			b.WriteByte(c)
		case c >= '1' && c <= '5' && i > from:
			if !syllables(word[from:i]) {
				return "", false
			}
			from, tones = i+1, tones+1
		default:
			return "", false
		}
	}
	if tones == 0 || from < len(word) && !syllables(word[from:]) {
		return "", false
	}
	return b.String(), true
}

// syllables reports whether s, two letters or more, is made of whole
// pinyin syllables.
func syllables(s string) bool {
	if len(s) < 2 {
		return false
	}
	set := pinyinSyllables()
	// can[i]: s[:i] is whole syllables; a syllable has six letters at most.
	can := make([]bool, len(s)+1)
	can[0] = true
	for i := 1; i <= len(s); i++ {
		for j := max(0, i-6); j < i && !can[i]; j++ {
			can[i] = can[j] && set[s[j:i]]
		}
	}
	return can[len(s)]
}

// pinyinSyllables is the set of pinyinSyllableList, made on first use.
var pinyinSyllables = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, s := range strings.Fields(pinyinSyllableList) {
		set[s] = true
	}
	return set
})

// pinyinSyllableList is every reading of pinyinTable with a vowel: the
// syllables of pinyin without tones (the readings m, n, ng, hm of
// interjections are left out: they would make letters such as "mp" pinyin),
// with ü written v (lv, lve) and u (lu, lue: SpellU). Written out rather
// than gathered from the table's 42,000 characters at run time, which took
// some 3 ms of every process that read a word as joined pinyin;
// TestPinyinSyllablesAreTheTables keeps it equal to the table.
const pinyinSyllableList = `
	a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang
	biao bie bin bing bo bong bu ca cai can cang cao ce cei cen ceng
	cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang
	chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao
	de dei den deng di dia dian diao die din ding diu dong dou du duan
	dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo
	fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai
	guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou
	hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing
	jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong
	kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei
	len leng li lia lian liang liao lie lin ling liu lo long lou lu luan
	lue lun luo lv lve ma mai man mang mao me mei men meng mi mian
	miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen
	neng ni nia nian niang niao nie nin ning niu nong nou nu nuan nue nun
	nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao
	pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu
	qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan
	rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao
	she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song
	sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian
	tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen
	weng wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan
	xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue
	yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe
	zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong
	zou zu zuan zui zun zuo
`

// SpellU returns a reading with ü written u, as pinyin is typed where the
// keyboard has no ü and as tone marks fold (lǜ, lü → lu): go-pinyin's
// table writes ü as v (律 lv, 略 lve, 女 nv), the way input methods take
// it, and v stands for nothing else in pinyin. Other readings come back as
// they are. (After j, q, x and y, ü is written u in pinyin itself: 居 ju.)
func SpellU(reading string) string {
	if !strings.Contains(reading, "v") {
		return reading
	}
	return strings.ReplaceAll(reading, "v", "u")
}

// maxSyllables bounds the syllables of a word read as joined pinyin, and
// maxSplits the ways of reading it: "xian" is xian or xi an, and a long
// word typed joined may be read several ways.
const maxSyllables, maxSplits = 12, 8

// PinyinSplits returns the ways to read word, letters a to z typed
// without spaces ("pandian", "falvzixun"), as two whole syllables of
// pinyin or more (pan dian; fa lv zi xun), the fewest syllables first,
// at most maxSplits ways of at most maxSyllables syllables each: a word
// that is one syllable may be two as well (xian is xi an: 西安). ü may be
// written v or u (falv, falu). It returns none for a word that is not
// whole syllables.
func PinyinSplits(word string) [][]string {
	if len(word) < 2 || len(word) > 6*maxSyllables {
		return nil
	}
	for i := 0; i < len(word); i++ {
		if word[i] < 'a' || word[i] > 'z' {
			return nil
		}
	}
	set := pinyinSyllables()
	// fewest[i]: the fewest syllables word[i:] is made of, or -1.
	fewest := make([]int, len(word)+1)
	for i := len(word) - 1; i >= 0; i-- {
		fewest[i] = -1
		for j := i + 1; j <= min(len(word), i+6); j++ {
			if set[word[i:j]] && fewest[j] >= 0 && (fewest[i] < 0 || fewest[j]+1 < fewest[i]) {
				fewest[i] = fewest[j] + 1
			}
		}
	}
	if fewest[0] < 0 || fewest[0] > maxSyllables {
		return nil
	}
	var out [][]string
	var walk func(i int, path []string)
	walk = func(i int, path []string) {
		if len(out) == maxSplits || len(path) > maxSyllables {
			return
		}
		if i == len(word) {
			if len(path) >= 2 {
				out = append(out, slices.Clone(path))
			}
			return
		}
		for j := i + 1; j <= min(len(word), i+6); j++ {
			if set[word[i:j]] && fewest[j] >= 0 {
				walk(j, append(path, word[i:j]))
			}
		}
	}
	walk(0, nil)
	slices.SortStableFunc(out, func(a, b []string) int { return len(a) - len(b) })
	return out
}

// CharsReading returns the characters that have syllable as one of their
// readings, tones aside, in order of code point: 盘 磐 蹒 … for "pan". ü
// may be written v or u: "lu" is 路 and 律 (lü), "lv" only 律 and its
// like. It searches pinyinTable's text in place for the syllable between
// commas (tens of microseconds; nothing is built, so that a process
// answering one query pays for no table of every syllable).
func CharsReading(syllable string) []rune {
	if syllable == "" || strings.ContainsAny(syllable, ",") {
		return nil
	}
	const head = 8 // as readingsOf reads the table
	n := int(u32At(pinyinTable, 4))
	offsets := head + 4*n
	text := pinyinTable[offsets+4*(n+1):]
	// entryAt is the character whose readings hold text[p].
	entryAt := func(p int) int {
		return sort.Search(n, func(i int) bool { return int(u32At(pinyinTable, offsets+4*i+4)) > p }) // the first entry ending after p
	}
	var out []rune
	spellings := []string{syllable}
	if v := strings.ReplaceAll(syllable, "u", "v"); v != syllable && (syllable[0] == 'l' || syllable[0] == 'n') {
		spellings = append(spellings, v) // lu, nu, lue, nue: also lü (lv) …
	}
	for _, s := range spellings {
		for from := 0; ; {
			k := strings.Index(text[from:], s)
			if k < 0 {
				break
			}
			p := from + k
			from = p + 1
			i := entryAt(p)
			start, end := int(u32At(pinyinTable, offsets+4*i)), int(u32At(pinyinTable, offsets+4*i+4))
			if (p == start || text[p-1] == ',') && (p+len(s) == end || text[p+len(s)] == ',') {
				out = append(out, rune(u32At(pinyinTable, head+4*i)))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// pinyinMarks are the marks only pinyin puts on Latin vowels: the first
// tone's macron, the third's caron, and ü with or without a tone. (The
// second and fourth tones' acute and grave accents are French and
// Italian as often: café, più.)
const pinyinMarks = "āēīōūǖǎěǐǒǔǚüǘǜĀĒĪŌŪǕǍĚǏǑǓǙÜǗǛ"

// MarkedPinyin reports whether a word as typed is pinyin by its marks: a
// tone number after whole syllables (fa3lü4, ding4jia4: TonelessPinyin),
// or a mark only pinyin writes (fǎlǜ, falü, lǜ), on whole syllables. Such
// a word is no English word, and is never a typing slip of one.
func MarkedPinyin(typed string) bool {
	folded := Fold(typed)
	if strings.ContainsAny(folded, "12345") {
		_, ok := TonelessPinyin(folded)
		return ok
	}
	decomposed := strings.ContainsRune(typed, '\u0304') || strings.ContainsRune(typed, '\u030c') || strings.ContainsRune(typed, '\u0308')
	return (decomposed || strings.ContainsAny(typed, pinyinMarks)) && syllables(folded)
}
