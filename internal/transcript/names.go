package transcript

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// normText folds the typographic variants that make one name look like two:
// curly apostrophes and quotes, non-breaking and zero-width spaces, runs of
// white space.
func normText(s string) string {
	if isNormText(s) {
		return s // most text: spared the copy
	}
	return foldText(s)
}

// foldText is normText building the folded copy.
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '\u2032', '`', '\u00b4':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		case '\u200b', '\u200c', '\u200d', '\ufeff':
			continue
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isNormText reports whether normText(s) is s: ASCII without a backquote,
// spaces single and inside. It reads eight bytes at a time: every name and
// every opening paragraph of a call is asked (isNormTextBytewise is the
// same test a byte at a time, for the tail).
func isNormText(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	const highs = 0x8080808080808080
	i, prevSpaces := 0, uint64(0)
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		if x&highs != 0 {
			return false
		}
		spaces := asciiBytesIn(x, ' ', ' ')
		// A space after a space: within x, or x's first after the last word's last.
		double := spaces&(spaces>>8) | spaces&(prevSpaces>>56)
		if asciiBytesIn(x, '\t', '\r')|asciiBytesIn(x, '`', '`')|double != 0 {
			return false
		}
		prevSpaces = spaces
	}
	if i > 0 {
		i-- // the tail's first byte may be a space after the last word's last
	}
	return isNormTextBytewise(s[i:])
}

// isNormTextBytewise is isNormText's test of each byte, without the test
// of the ends.
func isNormTextBytewise(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == '`' || c < ' ' && (c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'):
			return false
		case c == ' ' && i+1 < len(s) && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// asciiBytesIn returns the high bit of each byte of x that lies in
// [lo, hi]; every byte of x is below 0x80, so no sum carries into the
// next byte.
func asciiBytesIn(x uint64, lo, hi byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return ((x + ones*uint64(0x80-lo)) ^ (x + ones*uint64(0x7f-hi))) & highs
}

// NormName folds the typographic variants of a name: curly apostrophes,
// odd spaces.
func NormName(name string) string { return normText(name) }

// nameKey is the form two spellings of one name share within a call.
func nameKey(name string) string {
	return strings.ToLower(normText(name))
}

// MaxSlug caps the length of a slug in bytes. Slugs are folder names of
// the built site and file systems refuse names over 255 bytes: a speaker
// or company name of thousands of characters must still give a page.
const MaxSlug = 96

// Slug makes a URL path segment from a name: lower-case ASCII letters and
// digits joined by single hyphens. Accented letters lose their accents.
// It is at most MaxSlug bytes long, cut at a hyphen when one is near.
func Slug(s string) string {
	slug := slug(s)
	if len(slug) <= MaxSlug {
		return slug
	}
	slug = slug[:MaxSlug] // ASCII only: any cut is a valid string
	if i := strings.LastIndexByte(slug, '-'); i >= MaxSlug/2 {
		slug = slug[:i]
	}
	return strings.TrimRight(slug, "-")
}

func slug(s string) string {
	if isASCII(s) {
		return asciiSlug(s)
	}
	return slugOf(s)
}

// asciiSlug is slugOf of an ASCII text, read byte by byte into a buffer on
// the stack: names are slugged many times a call (speakers, firms,
// company candidates) and most are ASCII, which slugOf lower-cased into a
// copy and looked up in foldAccent rune by rune. A text that is its own
// slug is returned as it is.
func asciiSlug(s string) string {
	var room [128]byte
	b := room[:0]
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = append(b, c)
		case c == '\'' || c == '`': // normText reads a backquote as an apostrophe
		case c == '&':
			if len(b) > 0 {
				b = append(b, "-and"...)
			}
			dash = true
		default:
			dash = true
		}
	}
	if string(b) == s {
		return s
	}
	return string(b)
}

// slugOf is slug of any text.
func slugOf(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(normText(s)) {
		if f, ok := foldAccent[r]; ok {
			r = f
		}
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'':
			// "Dall'Aglio" -> "dallaglio", "Kaleyra's" -> "kaleyras"
		case r == '&':
			// "Bed Bath & Beyond" and "Bed Bath and Beyond" are one name.
			if b.Len() > 0 {
				b.WriteString("-and")
			}
			dash = true
		default:
			dash = true
		}
	}
	return b.String()
}

var foldAccent = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ç': 'c',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ì': 'i', 'í': 'i', 'î': 'i',
	'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o',
	'ø': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y',
	'ß': 's', 'ł': 'l', 'š': 's', 'ž': 'z', 'č': 'c', 'ř': 'r',
}

// nicknames maps a short form to its formal first name. Both directions
// are checked by SameFirstName.
var nicknames = map[string]string{
	"mike": "michael", "mick": "michael", "tim": "timothy", "jeff": "jeffrey",
	"geoff": "geoffrey", "bob": "robert", "rob": "robert", "bobby": "robert",
	"bill": "william", "will": "william", "billy": "william", "jim": "james",
	"jimmy": "james", "jamie": "james", "tom": "thomas", "tommy": "thomas",
	"dave": "david", "dan": "daniel", "danny": "daniel", "chris": "christopher",
	"matt": "matthew", "andy": "andrew", "drew": "andrew", "steve": "steven",
	"stephen": "steven", "joe": "joseph", "joey": "joseph", "ben": "benjamin",
	"sam": "samuel", "nick": "nicholas", "rick": "richard", "rich": "richard",
	"dick": "richard", "ricky": "richard", "ed": "edward", "eddie": "edward",
	"ted": "edward", "ken": "kenneth", "kenny": "kenneth", "greg": "gregory",
	"pat": "patrick", "tony": "anthony", "al": "albert", "alex": "alexander",
	"fred": "frederick", "frank": "francis", "hank": "henry", "harry": "henry",
	"jon": "jonathan", "johnny": "john", "jack": "john", "larry": "lawrence",
	"len": "leonard", "phil": "philip", "ray": "raymond", "ron": "ronald",
	"russ": "russell", "stan": "stanley", "vince": "vincent", "walt": "walter",
	"zach": "zachary", "josh": "joshua", "jake": "jacob", "nate": "nathan",
	"charlie": "charles", "chuck": "charles", "doug": "douglas", "gene": "eugene",
	"jerry": "gerald", "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth",
	"kate": "katherine", "katie": "katherine", "kathy": "katherine", "cathy": "catherine",
	"jen": "jennifer", "jenny": "jennifer", "sue": "susan", "suzy": "susan",
	"meg": "margaret", "peggy": "margaret", "maggie": "margaret", "pam": "pamela",
	"deb": "deborah", "debbie": "deborah", "vicky": "victoria", "tori": "victoria",
	"becky": "rebecca", "abby": "abigail", "mandy": "amanda", "manny": "emmanuel",
	"nicky": "nicole", "val": "valerie", "lou": "louis",
	"brad": "bradley", "rod": "rodney", "tj": "thomas", "max": "maximilian", "gabe": "gabriel",
	"ollie": "oliver", "theo": "theodore", "fran": "francesca", "toni": "antonia",
}

func formalFirst(n string) string {
	if f, ok := nicknames[n]; ok {
		return f
	}
	return n
}

// nameWords splits a name into lower-case words without dots, dropping
// honorifics and suffixes that vary between mentions.
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(normText(name))) {
		w = strings.Trim(w, ".,")
		switch w {
		case "", "mr", "mrs", "ms", "miss", "dr", "jr", "sr", "ii", "iii", "iv", "cfa", "phd":
			continue
		}
		out = append(out, w)
	}
	return out
}

// SameFirstName reports whether two first names are the same person's:
// equal, one a nickname of the other, or one an initial of the other.
func SameFirstName(a, b string) bool {
	a, b = strings.ToLower(strings.Trim(a, ".")), strings.ToLower(strings.Trim(b, "."))
	return sameFirst(a, b, formalFirst(a), formalFirst(b))
}

// sameFirst is SameFirstName of two names in lower case without dots,
// given their formalFirst.
func sameFirst(a, b, formalA, formalB string) bool {
	if a == b || formalA == formalB {
		return true
	}
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	// "Matt" and "Matthias", "Jeff" and "Jeffery": a shared 4-letter stem.
	return len(a) >= 4 && len(b) >= 4 && a[:4] == b[:4]
}

// SameName reports whether two written names plausibly name one person:
// the same last name and compatible first names; middle names and
// initials may be present on one side only ("Mike Latimore" and
// "Michael James Latimore", "Jeff Bernstein" and "Jeffrey M. K. Bernstein").
func SameName(a, b string) bool {
	return NameFormOf(a).Same(NameFormOf(b))
}

// A NameForm is a name as SameName compares it, split once: for comparing
// one name with many.
type NameForm struct {
	words  []string // nameWords: lower case, without dots
	formal string   // formalFirst of the first word
}

// NameFormOf splits a name for Same.
func NameFormOf(name string) NameForm {
	n := NameForm{words: nameWords(name)}
	if len(n.words) > 0 {
		n.formal = formalFirst(n.words[0])
	}
	return n
}

// Same is SameName of the two names.
func (a NameForm) Same(b NameForm) bool {
	wa, wb := a.words, b.words
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if slices.Equal(wa, wb) {
		return true
	}
	if len(wa) == 1 || len(wb) == 1 {
		return false
	}
	if wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	return sameFirst(wa[0], wb[0], a.formal, b.formal) // words are in lower case, without dots
}
