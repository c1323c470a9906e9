package publish

import (
	"bytes"
	"encoding/binary"
	"math"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/parse/v2"
	parsehtml "github.com/tdewolff/parse/v2/html"
)

// The <main> of call and exchange pages (their turns and figure tables)
// is nine tenths of those pages' bytes, and the minifier's general HTML
// lexer was most of a cold build's minifying. It is markup of a few
// kinds: block and phrasing tags with double-quoted attributes around
// escaped text. minifyPlain minifies a page's <main> itself, with the
// minifier's own rules and entity tables, and the minifier does the
// rest of the page; anything outside that markup (another tag or
// attribute, a comment, a quote of another kind) sends the whole page
// through the minifier. plain_test.go checks the two against each other.
//
// Why the page may be cut there: a block tag resets the minifier's one
// piece of state (whether a leading space is dropped), a text's trailing
// space is dropped alike before a block tag and at the end of the input,
// and plainRegion only cuts where the lexer is between tags, outside raw
// text, comments and <pre>.

// plainTag is what the minifier knows of a tag it may see in <main>.
type plainTag uint8

const (
	phrasingTag    plainTag = iota + 1 // a normal phrasing tag (span): a space after an empty one is kept
	linkTag                            // <a>: neither block nor phrasing in the minifier's table
	objectLevelTag                     // <q>: spaces after it are kept
	blockLevelTag                      // spaces around it are dropped
	voidTag                            // <meta>, <link>: no end tag, spaces kept as around <a>
	scriptTag                          // <script>: its text read raw up to its end tag
)

// headTagOf is plainTagOf for a page's head (minifyHead): the tags of
// the default theme's head, with the minifier's traits of each.
func headTagOf(name []byte) (plainTag, bool) {
	switch string(name) {
	case "html", "head", "title":
		return blockLevelTag, true
	case "meta", "link":
		return voidTag, true
	case "script":
		return scriptTag, true
	}
	return 0, false
}

// plainTagOf returns what minifyPlain knows of a tag, with the
// minifier's traits of each (minify/v2/html's tagMap). A switch, not a
// map: it is asked for every tag of every page.
func plainTagOf(name []byte) (plainTag, bool) {
	switch string(name) {
	case "main", "article", "header", "section", "nav", "aside", "div", "p", "h1", "h2", "h3",
		"ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td":
		return blockLevelTag, true
	case "span", "strong", "em", "code", "time":
		return phrasingTag, true
	case "a":
		return linkTag, true
	case "q":
		return objectLevelTag, true
	}
	return 0, false
}

// plainAttr is how the minifier reads an attribute's value.
type plainAttr uint8

const (
	rawValue     plainAttr = iota + 1 // entities replaced
	trimmedValue                      // and spaces collapsed and trimmed
	idValue                           // rawValue, left out when empty
	classValue                        // trimmedValue, left out when empty
	urlValue                          // trimmed, then its scheme read
	styleValue                        // inline CSS
	typeValue                         // trimmed, and a link's media type lowered in case
	// In the head only (headAttrOf):
	nameValue     // rawValue, left out when empty, trimmed in <meta>
	booleanValue  // written without its value
	viewportValue // a viewport <meta>'s content: spaces dropped, numbers shortened
	keywordsValue // a keywords <meta>'s content: ", " made ","
)

// headAttrOf is plainAttrOf for a page's head: the attributes of the
// default theme's head tags. (In <main> "name" has another rule, on <a>.)
func headAttrOf(name []byte) (plainAttr, bool) {
	switch string(name) {
	case "lang", "charset", "rel":
		return trimmedValue, true
	case "href", "src":
		return urlValue, true
	case "type":
		return typeValue, true
	case "content", "property", "title":
		return rawValue, true
	case "name":
		return nameValue, true
	case "defer", "async":
		return booleanValue, true
	}
	return 0, false
}

// plainAttrOf returns how the minifier reads an attribute minifyPlain
// knows (minify/v2/html's attrMap, and the attributes it reads itself).
func plainAttrOf(name []byte) (plainAttr, bool) {
	switch string(name) {
	case "class":
		return classValue, true
	case "id":
		return idValue, true
	case "href":
		return urlValue, true
	case "style":
		return styleValue, true
	case "type":
		return typeValue, true
	case "tabindex", "rel", "scope", "colspan", "datetime":
		return trimmedValue, true
	case "role", "aria-describedby", "aria-labelledby", "aria-label", "aria-hidden",
		"data-copy", "data-figure", "title", "download":
		return rawValue, true
	}
	return 0, false
}

const (
	textToken uint8 = iota
	startToken
	endToken
	rawToken     // a script's text, written as it is
	doctypeToken // written as the minifier writes every doctype
)

// doctype is what the minifier writes for a doctype.
const doctype = "<!doctype html>"

// span is where a name, text or value lies in the run being minified:
// offsets rather than slices, so that the attributes a minifier keeps
// between pages are small and hold no page.
type span struct{ start, end int32 }

type plainToken struct {
	kind     uint8
	tag      plainTag
	plain    bool  // a text plainText takes
	refs     bool  // a text with a reference ('&')
	verbatim bool  // a start tag written as it is (verbatimTag)
	text     span  // the text, or the tag's name
	attrs    int32 // first attribute in plainMinifier.attrs
	nattr    int32
}

type plainAttribute struct {
	name, value span
	kind        plainAttr
	bare        bool // no value given
	plain       bool // a value plainValue takes (lex tells it)
}

// plainMinifier keeps its buffers between pages.
type plainMinifier struct {
	run     []byte        // the run being minified, while it is
	dst     *bytes.Buffer // where it is written
	work    []byte
	attrs   []plainAttribute
	escaped []byte

	// What minifyRun knows of the tokens written so far.
	omitSpace bool  // a text's leading space is dropped
	copyFrom  int32 // where tokens written as they are start, or -1
	pending   []int // dst's offsets of trailing spaces not yet decided
	waited    int   // tokens read since the first pending space
	emptyable span  // the name of a phrasing start tag just written
}

func (p *plainMinifier) bytes(sp span) []byte { return p.run[sp.start:sp.end] }

// plainRegion returns where a page's <main> starts and ends, if the
// minifier may be cut around it, and where the head may be cut again
// before its </head> (cut; -1 for nowhere), so that the header after it
// is shared. With a cut, the lexer is between tags at start if it is at
// cut, which is left to minifyOutput.minifyHead: minifyHead's reading of
// the head tells it for most pages, where betweenTags read the head a
// second time (a tenth of minifying a page).
func plainRegion(page []byte) (start, end, cut int, ok bool) {
	start = bytes.Index(page, []byte("<main"))
	if start < 0 || start+5 >= len(page) || !isSpaceOrClose(page[start+5]) {
		return 0, 0, -1, false
	}
	last := bytes.LastIndex(page, []byte("</main>"))
	if last < start {
		return 0, 0, -1, false
	}
	// The head is read once: between tags at the cut, the lexer reads
	// what follows it as from the start of a page.
	cut = bytes.LastIndex(page[:start], []byte("</head>"))
	if !betweenTags(page[max(cut, 0):start]) {
		return 0, 0, -1, false
	}
	return start, last + len("</main>"), cut, true
}

func isSpaceOrClose(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '>'
}

// rawTextTags are the elements whose text the lexer reads up to their end
// tag; preformatted ones keep their spaces. plainRegion cuts only after
// the last of them has ended (a <pre> or foreign markup before the cut
// is not worth the reasoning: the page goes to the minifier whole).
var rawTextTags = map[string]bool{
	"script": true, "style": true, "title": true, "textarea": true, "xmp": true, "iframe": true,
	"noembed": true, "noframes": true, "noscript": true,
}

var unplainTags = map[string]bool{
	"pre": true, "listing": true, "plaintext": true, "svg": true, "math": true, "template": true,
}

// betweenTags reports whether the lexer, having read s, is in text
// between tags: every comment, tag and raw text of s has ended.
func betweenTags(s []byte) bool {
	for {
		i := bytes.IndexByte(s, '<')
		if i < 0 {
			return true
		}
		s = s[i:]
		switch {
		case bytes.HasPrefix(s, []byte("<!--")):
			j := bytes.Index(s[4:], []byte("-->"))
			if j < 0 {
				return false
			}
			s = s[4+j+3:]
		case len(s) > 1 && (s[1] == '!' || s[1] == '?'):
			// a doctype; anything else of the kind is not for the cut
			if len(s) < 9 || !bytes.EqualFold(s[:9], []byte("<!doctype")) {
				return false
			}
			j := bytes.IndexByte(s, '>')
			if j < 0 {
				return false
			}
			s = s[j+1:]
		case len(s) > 1 && (isLetter(s[1]) || s[1] == '/' && len(s) > 2 && isLetter(s[2])):
			n := 1
			if s[1] == '/' {
				n = 2
			}
			name := n
			for name < len(s) && (isLetter(s[name]) || '0' <= s[name] && s[name] <= '9') {
				name++
			}
			var lower [10]byte // the longest name looked up is 9 letters
			tag := lower[:0]
			if name-n <= len(lower) {
				for _, c := range s[n:name] {
					tag = append(tag, c|0x20) // digits have the bit already
				}
			}
			end, ok := tagEnd(s, name)
			if !ok || unplainTags[string(tag)] {
				return false
			}
			s = s[end:]
			if n == 1 && rawTextTags[string(tag)] {
				j := indexFold(s, tag)
				if j < 0 {
					return false
				}
				s = s[j:]
			}
		default:
			s = s[1:] // a '<' of the text
		}
	}
}

// tagEnd returns the index after the '>' that closes the tag whose
// attributes start at s[i:], reading quoted values as the lexer does.
func tagEnd(s []byte, i int) (int, bool) {
	for i < len(s) {
		switch c := s[i]; c {
		case '>':
			return i + 1, true
		case '"', '\'':
			j := bytes.IndexByte(s[i+1:], c)
			if j < 0 {
				return 0, false
			}
			i += j + 2
		case '=':
			// an unquoted value may hold quotes: not for the cut
			i++
			for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f') {
				i++
			}
			if i < len(s) && s[i] != '"' && s[i] != '\'' {
				for i < len(s) && s[i] != '>' && !isSpaceOrClose(s[i]) {
					if s[i] == '"' || s[i] == '\'' || s[i] == '`' || s[i] == '<' || s[i] == '=' {
						return 0, false
					}
					i++
				}
			}
		default:
			i++
		}
	}
	return 0, false
}

func isLetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

// indexFold is the index of the first end tag named name (lower case)
// in s, in any case, or -1.
func indexFold(s, name []byte) int {
	for i := 0; ; {
		j := bytes.Index(s[i:], []byte("</"))
		if j < 0 {
			return -1
		}
		i += j
		if i+2+len(name) <= len(s) && bytes.EqualFold(s[i+2:i+2+len(name)], name) {
			return i
		}
		i += 2
	}
}

// minifyPlain appends the minified run to dst as the minifier writes it,
// starting as after a block tag; false when the run has markup it does
// not know (dst is then to be dropped).
func (p *plainMinifier) minifyPlain(dst *bytes.Buffer, run []byte) bool {
	return p.minifyRun(dst, run, false)
}

// minifyHead is minifyPlain for a page's head up to its </head> (the
// doctype, the head's tags, its title and JSON-LD), started as the
// minifier starts a page. The head is a fifth of a page drawn in Go,
// and a start of the minifier for each page cost more than the head's
// own reading.
func (p *plainMinifier) minifyHead(dst *bytes.Buffer, run []byte) bool {
	return p.minifyRun(dst, run, true)
}

func (p *plainMinifier) minifyRun(dst *bytes.Buffer, run []byte, head bool) bool {
	if int64(len(run)) > math.MaxInt32 {
		return false
	}
	p.run, p.dst = run, dst
	defer func() { p.run, p.dst = nil, nil }()
	p.omitSpace, p.copyFrom, p.pending, p.emptyable = true, -1, p.pending[:0], span{}
	if !p.lex(run, head) || len(p.pending) > 0 {
		// a pending space is decided at a block tag, not at the end
		return false
	}
	p.copyTo(int32(len(run)))
	return true
}

// copyTo writes the run of tokens written as they are, from copyFrom to
// end, if there is one.
func (p *plainMinifier) copyTo(end int32) {
	if p.copyFrom >= 0 {
		p.dst.Write(p.run[p.copyFrom:end])
		p.copyFrom = -1
	}
}

// copyFromHere starts a run of tokens written as they are at from,
// unless one has started.
func (p *plainMinifier) copyFromHere(from int32) {
	if p.copyFrom < 0 {
		p.copyFrom = from
	}
}

// write writes a token as the minifier does, as lex reads it. Most come
// out as they went in (end tags, tags with plain values, text without
// references): from copyFrom on, the run is such tokens, copied in one
// write when one that changes comes. Where the minifier looks ahead (a
// text's trailing space is dropped before a block tag), the space is
// written and taken out again when the block tag comes (decide).
func (p *plainMinifier) write(t plainToken) bool {
	if len(p.pending) > 0 && !p.decide(t) {
		return false
	}
	emptyable := p.emptyable
	p.emptyable = span{}
	switch t.kind {
	case textToken:
		data := p.bytes(t.text)
		plain := t.plain
		if !plain {
			// The minifier's rules rewrite in place, as it does
			// in its own copy of the page.
			p.work = append(p.work[:0], data...)
			data = parse.ReplaceMultipleWhitespaceAndEntities(p.work, html.EntitiesMap, html.TextRevEntitiesMap)
		}
		if p.omitSpace && len(data) > 0 && parse.IsWhitespace(data[0]) {
			data = data[1:]
		}
		p.omitSpace = len(data) == 0
		trailing := len(data) > 0 && parse.IsWhitespace(data[len(data)-1])
		if trailing {
			// Kept, and the next leading space dropped, unless a
			// block tag comes first: the tokens up to it are then end
			// tags and whitespace, which write the same either way.
			p.omitSpace = true
		}
		switch {
		case plain && int32(len(data)) == t.text.end-t.text.start && !t.refs:
			p.copyFromHere(t.text.start)
		case plain:
			p.copyTo(t.text.start)
			writePlainText(p.dst, data)
		default:
			p.copyTo(t.text.start)
			p.dst.Write(data)
		}
		if trailing {
			p.copyTo(t.text.end)
			if len(p.pending) == 0 {
				p.waited = 0
			}
			p.pending = append(p.pending, p.dst.Len()-1)
		}
	case rawToken:
		// Written as it is (JSON-LD: the minifier has no minifier
		// for it), leaving the spaces as they were.
		p.copyFromHere(t.text.start)
	case doctypeToken:
		p.copyTo(t.text.start)
		p.dst.WriteString(doctype)
	case endToken:
		if emptyable.end > 0 && bytes.Equal(p.bytes(emptyable), p.bytes(t.text)) {
			// an empty phrasing tag: the space after it is kept
			p.omitSpace = false
		}
		p.omitSpace = spaceAfter(t.tag, p.omitSpace)
		p.copyFromHere(t.text.start - int32(len("</")))
	case startToken:
		p.omitSpace = spaceAfter(t.tag, p.omitSpace)
		if t.verbatim {
			p.copyFromHere(t.text.start - int32(len("<")))
		} else {
			p.copyTo(t.text.start - 1)
			p.dst.WriteByte('<')
			p.dst.Write(p.bytes(t.text))
			for _, a := range p.attrs[t.attrs : t.attrs+t.nattr] {
				if !p.writeAttr(p.dst, a) {
					return false
				}
			}
			p.dst.WriteByte('>')
		}
		if t.tag == phrasingTag {
			p.emptyable = t.text
		}
	}
	return true
}

// maxLookahead is how many tokens after a text's trailing space the
// minifier looks for a block tag (it keeps the space after that):
// further, minifyRun leaves the page to it.
const maxLookahead = 100

// decide settles the pending trailing spaces at token t, as the minifier
// decides them looking ahead from each: a block tag drops them, other
// text or a start tag keeps them, and end tags and whitespace leave them
// pending.
func (p *plainMinifier) decide(t plainToken) bool {
	switch {
	case t.kind == textToken && !parse.IsAllWhitespace(p.bytes(t.text)), t.kind == startToken && t.tag != blockLevelTag:
		p.pending = p.pending[:0]
	case (t.kind == startToken || t.kind == endToken) && t.tag == blockLevelTag:
		open := int32(len("<"))
		if t.kind == endToken {
			open = int32(len("</"))
		}
		p.copyTo(t.text.start - open)
		b := p.dst.Bytes()
		w := p.pending[0]
		for k, at := range p.pending {
			next := len(b)
			if k+1 < len(p.pending) {
				next = p.pending[k+1]
			}
			w += copy(b[w:], b[at+1:next])
		}
		p.dst.Truncate(w)
		p.pending = p.pending[:0]
	default:
		p.waited++
		return p.waited <= maxLookahead
	}
	return true
}

// spaceAfter is whether a leading space is dropped after a tag, as the
// minifier decides it.
func spaceAfter(tag plainTag, omitSpace bool) bool {
	switch tag {
	case blockLevelTag:
		return true
	case objectLevelTag:
		return false
	}
	return omitSpace
}

// textSpecial marks the bytes of a text the minifier may change:
// whitespace and '&'.
var textSpecial = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true, '&': true}

// plainEntities are the references the page's escapers write in text,
// and what the minifier makes of each ("" is kept as it is; &amp; is
// kept before a letter, digit or '#', where a bare '&' could be read as
// another reference).
var plainEntities = []struct{ ref, text string }{
	{"&#39;", "'"}, {"&#34;", "\""}, {"&#43;", "+"}, {"&gt;", ">"}, {"&lt;", ""}, {"&amp;", "&"},
}

// plainText reports whether the minifier's whitespace and entity rules
// (parse.ReplaceMultipleWhitespaceAndEntities) change text only by
// replacing plainEntities: its whitespace is single spaces and newlines,
// its references are the escapers', and it has no NUL. writePlainText
// then writes it as those rules do. refs is whether plain text has a
// reference ('&'): without one, it is written as it is.
func plainText(s []byte) (plain, refs bool) {
	if len(s) < 8 {
		return plainBytes(s, 0, len(s)), bytes.IndexByte(s, '&') >= 0
	}
	// Eight bytes at a time while they are letters and single spaces,
	// as most of a transcript is: a byte at a time was an eighth of a
	// build's minifying. The last eight overlap the eight before
	// (a byte at a time, the rest cost a third of the whole).
	for i := 0; ; i += 8 {
		if i+8 > len(s) {
			i = len(s) - 8
		}
		x := binary.LittleEndian.Uint64(s[i:])
		if amp := hasZeroByte(x ^ (ones * '&')); amp || hasByteBelow(x, ' ') {
			refs = refs || amp
			if !plainBytes(s, i, i+8) {
				return false, refs
			}
		} else {
			spaces := zeroBytes(x ^ (ones * ' '))
			if spaces&(spaces<<8) != 0 {
				return false, refs // two spaces in a row
			}
			if spaces>>63 != 0 && i+8 < len(s) && s[i+8] <= ' ' && textSpecial[s[i+8]] {
				return false, refs // a space, then whitespace in the next eight
			}
		}
		if i+8 == len(s) {
			return true, refs
		}
	}
}

// plainBytes is plainText's test of s[from:to], a byte at a time (it may
// look beyond to, at what follows a space or '&').
func plainBytes(s []byte, from, to int) bool {
	for i := from; i < to; i++ {
		// Most bytes are letters: one comparison lets them by, as
		// every special byte is a space, a control byte or '&'.
		c := s[i]
		if c > ' ' && c != '&' {
			continue
		}
		switch c {
		case ' ', '\n':
			if i+1 < len(s) && s[i+1] <= ' ' && textSpecial[s[i+1]] {
				return false
			}
		case '&':
			if plainEntity(s[i:]) < 0 {
				return false
			}
		case '\t', '\r', '\f', 0: // and NUL, which lex refuses
			return false
		}
	}
	return true
}

// Bytes of a word tested eight at a time, in one uint64.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
	lows  = 0x7f7f7f7f7f7f7f7f
)

// hasByteBelow reports whether a byte of x is below n (n <= 128).
func hasByteBelow(x uint64, n byte) bool { return (x-ones*uint64(n))&^x&highs != 0 }

// hasZeroByte reports whether a byte of x is zero.
func hasZeroByte(x uint64) bool { return (x-ones)&^x&highs != 0 }

// zeroBytes has the high bit of each byte of x that is zero set, and
// no other bit (exact, unlike hasZeroByte's borrows).
func zeroBytes(x uint64) uint64 { return ^((x & lows) + lows | x) & highs }

func plainEntity(s []byte) int {
	for k, e := range plainEntities {
		if len(s) >= len(e.ref) && string(s[:len(e.ref)]) == e.ref {
			return k
		}
	}
	return -1
}

// writePlainText writes text that plainText accepted as the minifier's
// rules rewrite it.
func writePlainText(dst *bytes.Buffer, s []byte) {
	for {
		i := bytes.IndexByte(s, '&')
		if i < 0 {
			dst.Write(s)
			return
		}
		dst.Write(s[:i])
		e := plainEntities[plainEntity(s[i:])]
		s = s[i+len(e.ref):]
		switch {
		case e.text == "":
			dst.WriteString(e.ref)
		case e.ref == "&amp;" && len(s) > 0 && (isLetter(s[0]) || '0' <= s[0] && s[0] <= '9' || s[0] == '#'):
			dst.WriteString(e.ref)
			dst.WriteByte(s[0]) // not read as a reference's start
			s = s[1:]
		default:
			dst.WriteString(e.text)
		}
	}
}

func (p *plainMinifier) writeAttr(dst *bytes.Buffer, a plainAttribute) bool {
	val := p.bytes(a.value)
	switch a.kind {
	case booleanValue:
		if !a.bare {
			return false // the minifier drops a given value
		}
		dst.WriteByte(' ')
		dst.Write(p.bytes(a.name))
		return true
	case viewportValue, keywordsValue:
		// lex took only plain values, which the entity rules leave.
		p.work = append(p.work[:0], val...)
		val = p.work
		if a.kind == keywordsValue {
			val = bytes.ReplaceAll(val, []byte(", "), []byte(","))
		} else {
			val = minifyViewport(bytes.ReplaceAll(val, []byte(" "), nil))
		}
	}
	if !plainValue(val) {
		p.work = append(p.work[:0], val...)
		val = p.work
		switch a.kind {
		case trimmedValue, classValue:
			val = parse.TrimWhitespace(parse.ReplaceMultipleWhitespaceAndEntities(val, html.EntitiesMap, nil))
		default:
			val = parse.ReplaceEntities(val, html.EntitiesMap, nil)
		}
	}
	switch a.kind {
	case idValue, classValue, nameValue:
		if len(val) == 0 {
			return true
		}
	case styleValue, urlValue:
		val = parse.TrimWhitespace(val)
		if a.kind == styleValue && len(val) == 0 {
			return true
		}
	}
	if !acceptedValue(a.kind, val) {
		return false
	}
	dst.WriteByte(' ')
	dst.Write(p.bytes(a.name))
	if len(val) > 0 {
		dst.WriteByte('=')
		if !a.bare && bytes.IndexByte(val, '"') < 0 {
			// What EscapeAttrVal writes for a value without a double
			// quote that was double-quoted: the value in them again.
			dst.WriteByte('"')
			dst.Write(val)
			dst.WriteByte('"')
			return true
		}
		quote := byte('"')
		if a.bare {
			quote = 0
		}
		dst.Write(parsehtml.EscapeAttrVal(&p.escaped, val, quote, true))
	}
	return true
}

// acceptedValue reports whether minifyPlain writes a value of the kind,
// as the minifier reads it, as the minifier would: inline CSS only of
// numeric custom properties, a type the minifier leaves alone, no
// absolute URL (the minifier rewrites these: not worth copying).
func acceptedValue(kind plainAttr, val []byte) bool {
	switch kind {
	case styleValue:
		return numericCustomProperties(val)
	case typeValue:
		for _, c := range val {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '/' || c == '+' || c == '.' || c == '-') {
				return false // a type minify.Mediatype may change
			}
		}
	case urlValue:
		// The minifier lowers an http(s) scheme's case and rewrites
		// data URLs.
		if len(val) > 5 && parse.EqualFold(val[:4], []byte("http")) {
			return string(val[:4]) == "http" && val[4] != 'S'
		}
		return !(len(val) > 5 && parse.EqualFold(val[:5], []byte("data:")))
	}
	return true
}

// minifyViewport shortens the numbers of a viewport's content, spaces
// taken out, as the minifier does (minify/v2/html, its <meta> rule),
// in place.
func minifyViewport(v []byte) []byte {
	for i := 0; i < len(v); i++ {
		if v[i] == '=' && i+2 < len(v) {
			i++
			if n := parse.Number(v[i:]); 0 < n {
				short := minify.Number(v[i:i+n], -1)
				if len(short) < n {
					copy(v[i:i+len(short)], short)
					copy(v[i+len(short):], v[i+n:])
					v = v[:len(v)+len(short)-n]
				}
				i += len(short)
			}
			i--
		}
	}
	return v
}

// verbatimTag reports whether the minifier writes a start tag as it is:
// lex took it with single spaces before its attributes, so it is when
// every value is given, in double quotes, not empty and left unchanged,
// or not given where the minifier writes the name alone (a link's
// data-copy: a tenth of the tags, each written again attribute by
// attribute, cost a third of minifying its tags).
func (p *plainMinifier) verbatimTag(t *plainToken) bool {
	for _, a := range p.attrs[t.attrs : t.attrs+t.nattr] {
		switch {
		case a.bare:
			if !bareAsIs(a.kind) {
				return false
			}
		case a.kind == booleanValue || a.kind == viewportValue || a.kind == keywordsValue:
			return false
		case a.value.start == a.value.end || !a.plain || !acceptedValue(a.kind, p.bytes(a.value)):
			return false
		}
	}
	return true
}

// bareAsIs reports whether the minifier writes an attribute of the kind
// given without a value as it is, its name alone (writeAttr: an id, a
// class or a name is left out, a style refused).
func bareAsIs(kind plainAttr) bool {
	switch kind {
	case rawValue, trimmedValue, urlValue, typeValue, booleanValue:
		return true
	}
	return false
}

// plainValue reports whether an attribute's value is left as it is by
// the minifier's entity and whitespace rules, trimmed or not: no '&',
// and whitespace only single spaces inside it.
func plainValue(s []byte) bool {
	for i, c := range s {
		if textSpecial[c] && (c != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// valueBytes tells the bytes readValue looks at: textSpecial's, and
// those lex refuses in a value.
var valueBytes = func() (t [256]uint8) {
	for c := range 256 {
		if textSpecial[c] {
			t[c] = specialInValue
		}
	}
	t['<'], t[0] = refusedInValue, refusedInValue
	return t
}()

const (
	specialInValue = iota + 1
	refusedInValue
)

// readValue tells whether lex takes a double-quoted value (no '<', no
// NUL) and whether plainValue does, in one pass over it: eight bytes at a
// time while none is whitespace, '&' or '<' (most of a link's, say),
// then a byte at a time.
func readValue(s []byte) (ok, plain bool) {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64(s[i:])
		if hasByteBelow(x, ' '+1) || hasZeroByte(x^(ones*'&')) || hasZeroByte(x^(ones*'<')) {
			break
		}
	}
	plain = true
	for ; i < len(s); i++ {
		switch valueBytes[s[i]] {
		case 0:
			continue
		case refusedInValue:
			return false, false
		}
		if c := s[i]; c != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ' {
			plain = false
		}
	}
	return true, plain
}

// nameBytes marks the bytes lex reads in a tag's name (a-z, 0-9) and in
// an attribute's (a-z, '-'): one load a byte.
var nameBytes = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = tagNameByte | attrNameByte
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = tagNameByte
	}
	t['-'] = attrNameByte
	return t
}()

const (
	tagNameByte = 1 << iota
	attrNameByte
)

// lex splits a run into tokens and writes each (write) as it reads it;
// false at anything but known tags with double-quoted or bare
// attributes, and text without '<'. A head (head) has its own tags and
// attributes, a doctype and scripts' raw text.
func (p *plainMinifier) lex(s []byte, head bool) bool {
	tagOf, attrOf := plainTagOf, plainAttrOf
	if head {
		tagOf, attrOf = headTagOf, headAttrOf
	}
	p.attrs = p.attrs[:0]
	size := len(s)
	// at is the span of s[i:j] in the run, s being its rest.
	at := func(s []byte, i, j int) span {
		off := size - len(s)
		return span{int32(off + i), int32(off + j)}
	}
	for len(s) > 0 {
		if s[0] != '<' {
			i := bytes.IndexByte(s, '<')
			if i < 0 {
				i = len(s)
			}
			// One pass over most texts: plainText refuses a NUL too.
			plain, refs := plainText(s[:i])
			if !plain && bytes.IndexByte(s[:i], 0) >= 0 {
				return false
			}
			if !p.write(plainToken{kind: textToken, text: at(s, 0, i), plain: plain, refs: refs}) {
				return false
			}
			s = s[i:]
			continue
		}
		if head && len(s) >= len(doctype) && bytes.EqualFold(s[:len(doctype)], []byte(doctype)) {
			if !p.write(plainToken{kind: doctypeToken, text: at(s, 0, len(doctype))}) {
				return false
			}
			s = s[len(doctype):]
			continue
		}
		end := len(s) > 1 && s[1] == '/'
		n := 1
		if end {
			n = 2
		}
		i := n
		for i < len(s) && nameBytes[s[i]]&tagNameByte != 0 {
			i++
		}
		tag, ok := tagOf(s[n:i])
		if !ok || i >= len(s) {
			return false
		}
		t := plainToken{kind: startToken, tag: tag, text: at(s, n, i), attrs: int32(len(p.attrs))}
		if end {
			if s[i] != '>' {
				return false
			}
			t.kind = endToken
			if !p.write(t) {
				return false
			}
			s = s[i+1:]
			continue
		}
		s = s[i:]
		for {
			if len(s) == 0 {
				return false
			}
			if s[0] == '>' {
				s = s[1:]
				break
			}
			if s[0] != ' ' {
				return false
			}
			s = s[1:]
			j := 0
			for j < len(s) && nameBytes[s[j]]&attrNameByte != 0 {
				j++
			}
			kind, ok := attrOf(s[:j])
			if !ok || j == len(s) {
				return false
			}
			a := plainAttribute{name: at(s, 0, j), kind: kind}
			s = s[j:]
			if s[0] == '=' {
				if len(s) < 2 || s[1] != '"' {
					return false
				}
				k := bytes.IndexByte(s[2:], '"')
				if k < 0 {
					return false
				}
				a.value = at(s, 2, 2+k)
				if ok, a.plain = readValue(s[2 : 2+k]); !ok {
					return false
				}
				s = s[2+k+1:]
				if len(s) == 0 {
					return false
				}
			} else {
				a.bare = true
			}
			if s[0] != ' ' && s[0] != '>' {
				return false
			}
			p.attrs = append(p.attrs, a)
			t.nattr++
		}
		if !head {
			t.verbatim = p.verbatimTag(&t)
			if !p.write(t) {
				return false
			}
			continue
		}
		switch t.tag {
		case blockLevelTag:
			// A title's text is read raw up to its end tag, then
			// minified as text: no markup in it.
			if head && string(p.bytes(t.text)) == "title" {
				if i := bytes.IndexByte(s, '<'); i < 0 || !bytes.HasPrefix(s[i:], []byte("</title>")) {
					return false
				}
			}
		case voidTag:
			if !p.headMeta(t) {
				return false
			}
		}
		t.verbatim = p.verbatimTag(&t) // as headMeta left its attributes
		if !p.write(t) {
			return false
		}
		if t.tag == scriptTag {
			var ok bool
			if s, ok = p.scriptText(t, s, at(s, 0, 0).start); !ok {
				return false
			}
		}
	}
	return true
}

// headMeta checks a <meta>'s name and marks a viewport's or keywords'
// content for the minifier's rules of each; false for a name it does not
// take as it is (the minifier trims it, and leaves it out when empty).
func (p *plainMinifier) headMeta(t plainToken) bool {
	if string(p.bytes(t.text)) != "meta" {
		return true
	}
	attrs := p.attrs[t.attrs : t.attrs+t.nattr]
	var content *plainAttribute
	kind := rawValue
	for i := range attrs {
		a := &attrs[i]
		switch string(p.bytes(a.name)) {
		case "content":
			content = a
		case "name":
			name := p.bytes(a.value)
			if a.bare || len(name) == 0 || !plainValue(name) {
				return false
			}
			if bytes.EqualFold(name, []byte("viewport")) {
				kind = viewportValue
			} else if bytes.EqualFold(name, []byte("keywords")) {
				kind = keywordsValue
			}
		}
	}
	if content != nil && kind != rawValue {
		if content.bare || !plainValue(p.bytes(content.value)) {
			return false
		}
		content.kind = kind
	}
	return true
}

// scriptText reads a script's text after its start tag t, the rest of
// the run being s (at offset off): the minifier leaves JSON-LD as it is
// (it has no minifier for it) and a script of a src empty; anything else
// (JavaScript, a charset the minifier drops) is not taken.
func (p *plainMinifier) scriptText(t plainToken, s []byte, off int32) ([]byte, bool) {
	if t.nattr == 0 {
		return s, false // an empty one the minifier drops
	}
	ld := false
	for _, a := range p.attrs[t.attrs : t.attrs+t.nattr] {
		switch string(p.bytes(a.name)) {
		case "charset":
			return s, false
		case "type":
			ld = string(p.bytes(a.value)) == "application/ld+json"
		}
	}
	i := bytes.IndexByte(s, '<')
	if i < 0 || !bytes.HasPrefix(s[i:], []byte("</script>")) {
		return s, false
	}
	if i > 0 {
		if !ld || bytes.IndexByte(s[:i], 0) >= 0 {
			return s, false
		}
		if !p.write(plainToken{kind: rawToken, text: span{off, off + int32(i)}}) {
			return s, false
		}
	}
	return s[i:], true
}
