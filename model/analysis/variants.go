package analysis

import (
	"slices"
	"strings"
)

// Lemma returns the word a folded English word is a form or a spelling
// of, when Snowball cannot tell: the base form of an irregular verb's
// past or past participle ("built" build, "sold" sell, "paid" pay,
// "written" write), and the British spelling of an American one
// (spellingVariant: "labor" labour, "center" centre, "behaviors"
// behaviours). Other words are returned as they are. Stem applies it
// first, to texts and queries alike, so that each form finds the others.
func Lemma(word string) string {
	if base, ok := irregularBase(word); ok {
		return base
	}
	return britishForm(word)
}

// irregularVerbs lists English irregular verbs whose past and past
// participle are not made with -ed, one verb a line: the base form, then
// its other forms. The verbs and forms are those of Wikipedia's "List of
// English irregular verbs" (after R. Quirk et al., A Comprehensive
// Grammar of the English Language, 1985, §3.14–3.16), kept to the verbs a
// list of duties may use; be, have and do are stop words and left out.
//
// A form that is also a common word of another meaning is left out, so
// that it never becomes the verb: found (to found a company), ground,
// bound, wound, left, saw, rose, lay (itself a verb), fell (to fell a
// tree), felt, lit, stole, ate, won (a currency), shot, tore, bit, dove,
// thought (a noun), spoke (of a wheel), meant and lead's led are kept.
// Forms that equal the base (cut, set, put, cost, forecast) need nothing.
const irregularVerbs = `
arise arose arisen
bear bore borne
beat beaten
become became
begin began begun
bend bent
bid bidden
bind
blow blew blown
break broke broken
breed bred
bring brought
broadcast broadcasted
build built
burn burnt
buy bought
catch caught
choose chose chosen
come came
creep crept
deal dealt
dig dug
draw drew drawn
drink drank drunk
drive drove driven
eat eaten
fall fallen
feed fed
fight fought
find
flee fled
fly flew flown
forbid forbade forbidden
foresee foresaw foreseen
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone
grow grew grown
hang hung
hear heard
hide hid hidden
hold held
keep kept
know knew known
lay laid
lead led
lend lent
lose lost
make made
mean meant
meet met
mislead misled
mistake mistook mistaken
overcome overcame
override overrode overridden
oversee oversaw overseen
overtake overtook overtaken
pay paid
rebuild rebuilt
redo redid redone
remake remade
rethink rethought
rewrite rewrote rewritten
ride rode ridden
ring rang rung
rise risen
run ran
say said
see seen
seek sought
sell sold
send sent
shake shook shaken
show shown
shrink shrank shrunk
sing sang sung
sink sank sunk
sit sat
sleep slept
slide slid
speak spoken
spend spent
spin spun
spread
stand stood
stick stuck
strike struck stricken
strive strove striven
swear swore sworn
sweep swept
swim swam swum
swing swung
take took taken
teach taught
tell told
think
throw threw thrown
undergo underwent undergone
understand understood
undertake undertook undertaken
uphold upheld
wake woke woken
wear wore worn
win
withdraw withdrew withdrawn
withhold withheld
write wrote written
`

// irregularBase returns the base of word when irregularVerbs lists it as
// an irregular form. It reads the list where it lies (2 KB), so that no
// table is built for it: package initialisers stem words too.
func irregularBase(word string) (string, bool) {
	if len(word) < 2 || strings.ContainsAny(word, " \n") {
		return "", false
	}
	list := irregularVerbs
	for from := 0; ; {
		i := strings.Index(list[from:], " "+word)
		if i < 0 {
			return "", false
		}
		i += from
		end := i + 1 + len(word)
		if end < len(list) && (list[end] == ' ' || list[end] == '\n') {
			base, _, _ := strings.Cut(list[strings.LastIndexByte(list[:i], '\n')+1:], " ")
			return base, true
		}
		from = end
	}
}

// britishForm writes an American spelling of a folded word the British
// way, by the regular differences of the two (the rules of Wikipedia's
// "American and British English spelling differences", as in the
// spelling lists of VarCon, K. Atkinson, wordlist.aspell.net): -or for
// -our ("labor", "behavior", "favored"), -er for -re ("center", "fiber",
// "liters"), -ize and -yze for -ise and -yse ("organize", "analyze"), and
// -og for -ogue ("catalog"), -l for -ll before -ed and -ing
// ("traveled"), -se for -ce ("defense"). Only the words of the rules'
// lists change (orToOur, erToRe, doubleL, seToCe), and only their
// endings: most words ending -or or -er are spelt so on both sides
// ("motor", "order", "manager", "water").
func britishForm(w string) string {
	if len(w) < 5 || strings.ContainsAny(w, "'0123456789") {
		return w
	}
	if strings.Contains(w, "iz") || strings.Contains(w, "yz") {
		w = britishSpelling.Replace(w)
	}
	if b, ok := britishOf(w, ""); ok {
		return b
	}
	for _, e := range inflections {
		if stem, ok := strings.CutSuffix(w, e); ok && len(stem) >= 4 {
			if b, ok := britishOf(stem, e); ok {
				return b
			}
		}
	}
	return w
}

// inflections are the regular endings britishForm looks behind.
var inflections = []string{"ing", "ers", "ed", "er", "es", "s", "ful", "able", "ite", "al"}

// britishOf writes stem, a word before its ending end, the British way,
// when one of britishForm's rules covers it.
func britishOf(stem, end string) (string, bool) {
	switch {
	case len(stem) >= 5 && strings.HasSuffix(stem, "or") && slices.Contains(orToOur, stem[:len(stem)-2]):
		return stem[:len(stem)-2] + "our" + end, true
	case len(stem) >= 5 && strings.HasSuffix(stem, "er") && slices.Contains(erToRe, stem[:len(stem)-2]):
		return stem[:len(stem)-2] + "re" + strings.TrimPrefix(end, "e"), true
	case stem == "catalog" || stem == "dialog":
		return stem + "ue" + strings.TrimPrefix(end, "e"), true
	case slices.Contains(doubleL, stem) && (end == "ed" || end == "ing" || end == "er" || end == "ers"):
		return stem + "l" + end, true
	case len(stem) > 2 && strings.HasSuffix(stem, "se") && slices.Contains(seToCe, stem[:len(stem)-2]) && (end == "" || end == "s"):
		return stem[:len(stem)-2] + "ce" + end, true
	}
	return "", false
}

// orToOur and erToRe are the stems (before -or, before -er) of the
// words British English spells -our and -re, from the same rules'
// lists: only these change, as most words ending -or or -er are spelt
// so on both sides ("motor", "order", "manager", "water").
var (
	orToOur = []string{"arb", "ard", "arm", "behavi", "cand", "clam", "col", "endeav", "fav", "flav", "harb", "hon", "hum",
		"lab", "neighb", "parl", "rig", "rum", "sav", "splend", "succ", "tum", "val", "vap", "vig"}
	erToRe = []string{"cent", "calib", "fib", "goit", "lust", "maneuv", "meag", "och", "reconnoit", "sab", "scept",
		"sepulch", "somb", "spect", "theat"}
	// The verbs whose l British English doubles before -ed, -ing and
	// -er ("traveled" travelled, "canceling" cancelling).
	doubleL = []string{"cancel", "channel", "counsel", "dial", "equal", "fuel", "funnel", "jewel", "label", "level",
		"marvel", "model", "panel", "quarrel", "signal", "total", "travel", "tunnel"}
	// -se for -ce (defense, offense, pretense).
	seToCe = []string{"defen", "offen", "preten"}
)
