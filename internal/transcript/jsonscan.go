package transcript

import (
	"encoding/binary"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// scanJSON reads the top level of a Motley Fool JSON file into doc in one
// pass over the text, as walkJSON does with encoding/json's decoder, which
// was a fifth of a parse: a reflective decode of every statement, and a
// regular expression over each one for the line of its speech. It reads
// only the well-formed JSON those files hold and returns false at anything
// else (a key with an escape or in other case, a statement that is not an
// object of strings, a surrogate pair, a syntax error): the caller then
// reads the file with walkJSON, which reports errors where they are. What
// it returns matches walkJSON's reading of the same text. With views, a
// string without escapes is a view of text (see read).
func scanJSON(text string, views bool, doc *jsonDoc) bool {
	s := jsonScanner{text: text, views: views}
	if !s.byte('{') {
		return false
	}
	doc.fields = map[string]string{}
	if s.peek() == '}' {
		return true
	}
	for {
		key, ok := s.key()
		if !ok {
			return false
		}
		switch key {
		case "prepared_remarks", "q_and_a", "call_transcript":
			list, ok := s.entries()
			if !ok {
				return false
			}
			switch key {
			case "prepared_remarks":
				doc.prepared, doc.ectsum = list, true
			case "q_and_a":
				doc.qa, doc.ectsum = list, true
			default:
				doc.ct, doc.structured = list, true
			}
		case "participants":
			at := s.skipSpace()
			if list, ok := s.strs(); ok {
				doc.partsList = list
				break
			}
			s.pos = at // not a list of strings: the structured shape's object, or an error
			raw, ok := s.skipValue()
			if !ok {
				return false
			}
			if json.Unmarshal([]byte(raw), &doc.partsList) != nil {
				_ = json.Unmarshal([]byte(raw), &doc.parts)
			}
		default:
			switch s.peek() {
			case '"':
				v, ok := s.str()
				if !ok {
					return false
				}
				doc.fields[key] = v
			case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
				raw, ok := s.skipValue()
				if !ok {
					return false
				}
				f, err := strconv.ParseFloat(raw, 64)
				if err != nil {
					return false
				}
				doc.fields[key] = strconv.FormatFloat(f, 'f', -1, 64)
			default:
				if _, ok := s.skipValue(); !ok {
					return false
				}
			}
		}
		switch s.next() {
		case ',':
		case '}':
			return true // walkJSON reads no further either
		default:
			return false
		}
	}
}

// strs reads a list of strings (or null), as json.Unmarshal reads it into
// a []string: the participants of the ECTSum shape, which were checked
// whole by json.Valid, then decoded by json.Unmarshal, each step copying
// the text. False at anything else, s.pos then anywhere.
func (s *jsonScanner) strs() ([]string, bool) {
	if strings.HasPrefix(s.text[s.skipSpace():], "null") {
		s.pos += len("null")
		return nil, true
	}
	if !s.byte('[') {
		return nil, false
	}
	out := []string{}
	if s.byte(']') {
		return out, true
	}
	for {
		if s.peek() != '"' {
			return nil, false
		}
		v, ok := s.str()
		if !ok {
			return nil, false
		}
		out = append(out, v)
		switch s.next() {
		case ',':
		case ']':
			return out, true
		default:
			return nil, false
		}
	}
}

// entryKeys are jsonEntry's keys, read from its tags. encoding/json
// matches a key to a field in any case; the scanner leaves keys in other
// case to it, and keys of fields it does not set (one added to jsonEntry).
var entryKeys = func() []string {
	typ := reflect.TypeFor[jsonEntry]()
	var keys []string
	for i := range typ.NumField() {
		if k, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ","); k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	return keys
}()

// entryKey reports whether encoding/json would read key into a field of
// jsonEntry.
func entryKey(key string) bool {
	for _, k := range entryKeys {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}

// entries reads a list of statements (or null), each an object of
// strings, with the line where its first speech or text value starts.
func (s *jsonScanner) entries() ([]jsonEntry, bool) {
	if strings.HasPrefix(s.text[s.skipSpace():], "null") {
		s.pos += len("null")
		return nil, true
	}
	if !s.byte('[') {
		return nil, false
	}
	if s.peek() == ']' {
		s.pos++
		return nil, true
	}
	// Room for an entry at each "{" ahead, as many as there can be (the
	// other list's too): grown one by one, the list was copied over and
	// over. The braces are counted once a text: each entry read takes
	// one, so what is left bounds the next list.
	if !s.counted {
		s.braces, s.counted = strings.Count(s.text[s.pos:], "{"), true
	}
	out := make([]jsonEntry, 0, s.braces)
	lines := lineCounter{text: s.text}
	for {
		if !s.byte('{') {
			return nil, false
		}
		var e jsonEntry
		speechAt := -1
		for s.peek() != '}' {
			key, ok := s.key()
			if !ok {
				return nil, false
			}
			at := s.skipSpace()
			var v string
			switch s.peek() {
			case '"':
				if v, ok = s.str(); !ok {
					return nil, false
				}
			case '{', '[':
				return nil, false // its keys would be where walkJSON looks for the speech
			default: // a number, true, false or null, of a key not read
				if _, ok := s.skipValue(); !ok || entryKey(key) {
					return nil, false
				}
				key = "" // nothing to read
			}
			switch key {
			case "":
			case "speaker":
				e.Speaker = v
			case "speech":
				e.Speech = v
			case "text":
				e.Text = v
			case "section":
				e.Section = v
			case "statement_type":
				e.StatementType = v
			case "role":
				e.Role = v
			case "affiliation":
				e.Affiliation = v
			default:
				if entryKey(key) {
					return nil, false
				}
			}
			if speechAt < 0 && (key == "speech" || key == "text") {
				speechAt = at
			}
			switch s.peek() {
			case ',':
				s.pos++
				if s.peek() == '}' {
					return nil, false
				}
			case '}':
			default:
				return nil, false
			}
		}
		s.pos++ // '}'
		if speechAt < 0 {
			return nil, false // walkJSON's line of such a statement is not worth copying
		}
		e.line = lines.at(int64(speechAt))
		out = append(out, e)
		switch s.next() {
		case ',':
		case ']':
			s.braces -= len(out)
			return out, true
		default:
			return nil, false
		}
	}
}

// jsonScanner reads JSON text from pos on.
type jsonScanner struct {
	text string
	pos  int
	// braces is at least the number of "{" from pos on, once counted:
	// the room entries makes for a list.
	braces  int
	counted bool
	views   bool // a string without escapes is a view of text, not a copy (read's views)
}

// skipSpace moves past JSON whitespace and returns where it stopped.
func (s *jsonScanner) skipSpace() int {
	for s.pos < len(s.text) {
		switch s.text[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
			continue
		}
		break
	}
	return s.pos
}

// peek is the next byte after whitespace, 0 at the end.
func (s *jsonScanner) peek() byte {
	if s.skipSpace() < len(s.text) {
		return s.text[s.pos]
	}
	return 0
}

// next reads the next byte after whitespace, 0 at the end.
func (s *jsonScanner) next() byte {
	c := s.peek()
	if c != 0 {
		s.pos++
	}
	return c
}

// byte reads c, after whitespace.
func (s *jsonScanner) byte(c byte) bool {
	if s.peek() != c {
		return false
	}
	s.pos++
	return true
}

// key reads an object's key and its colon: a plain string, without
// escapes or bytes beyond ASCII, whose every reading agrees.
func (s *jsonScanner) key() (string, bool) {
	if !s.byte('"') {
		return "", false
	}
	start := s.pos
	for s.pos < len(s.text) {
		c := s.text[s.pos]
		if c == '"' {
			key := s.text[start:s.pos]
			s.pos++
			return key, s.byte(':')
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			return "", false
		}
		s.pos++
	}
	return "", false
}

// str reads a string value (s.pos at its opening quote). Common escapes
// are decoded here, and a string with a \u escape of a surrogate or bytes
// that are not UTF-8 is left to encoding/json, whose replacements it then
// has. It steps from quote to backslash with strings.IndexByte, which
// reads many bytes at a time: a call's text is mostly in these strings.
func (s *jsonScanner) str() (string, bool) {
	start := s.pos
	s.pos++
	escaped, high := false, false
	quote := -1 // the next quote from pos on, kept across escapes: a speech's paragraphs are split by "\n"
	for {
		rest := s.text[s.pos:]
		if quote < s.pos {
			q := strings.IndexByte(rest, '"')
			if q < 0 {
				return "", false
			}
			quote = s.pos + q
		}
		q := quote - s.pos
		plain := rest[:q] // up to the quote, or to a backslash before it
		if b := strings.IndexByte(plain, '\\'); b >= 0 {
			plain = rest[:b]
		}
		control, h := controlOrHigh(plain)
		if control {
			return "", false
		}
		high = high || h
		s.pos += len(plain)
		if len(plain) < q { // a backslash: the escaped byte cannot end the string
			escaped = true
			s.pos += 2
			if s.pos > len(s.text) {
				return "", false
			}
			continue
		}
		s.pos++ // the closing quote
		raw := s.text[start+1 : s.pos-1]
		if high && !utf8.ValidString(raw) {
			return unmarshalString(s.text[start:s.pos])
		}
		if !escaped && s.views {
			return raw, true
		}
		if !escaped {
			// A copy, as encoding/json makes: a slice would keep the
			// whole file's text alive as long as a speaker's name.
			return strings.Clone(raw), true
		}
		return unescapeJSON(raw, s.text[start:s.pos])
	}
}

// controlOrHigh reports whether s holds a control byte (below 0x20, which
// a JSON string may not) and whether it holds a byte of a character
// beyond ASCII; sixteen bytes at a time, the two tests' bits gathered
// over the whole text and read once at its end: every string of a file
// is read so.
func controlOrHigh(s string) (control, high bool) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var seen, all uint64
	b := unsafe.Slice(unsafe.StringData(s), len(s)) // read, never written
	for ; len(b) >= 16; b = b[16:] {
		x, y := binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])
		all |= x | y
		seen |= (x-ones*0x20)&^x | (y-ones*0x20)&^y // a high bit where a byte is below 0x20 (or, with borrows, after one)
	}
	control, high = seen&highs != 0, all&highs != 0
	for _, c := range b {
		control = control || c < 0x20
		high = high || c >= utf8.RuneSelf
	}
	return control, high
}

// unescapeJSON decodes the escapes of raw, the content of the JSON
// string literal lit.
func unescapeJSON(raw, lit string) (string, bool) {
	var b strings.Builder
	b.Grow(len(raw))
	for {
		i := strings.IndexByte(raw, '\\')
		if i < 0 {
			b.WriteString(raw)
			return b.String(), true
		}
		b.WriteString(raw[:i])
		if i+1 >= len(raw) {
			return "", false
		}
		raw = raw[i+1:]
		switch raw[0] {
		case '"', '\\', '/':
			b.WriteByte(raw[0])
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			if len(raw) < 5 {
				return "", false
			}
			r, err := strconv.ParseUint(raw[1:5], 16, 32)
			if err != nil {
				return "", false
			}
			if r >= 0xd800 && r < 0xe000 {
				return unmarshalString(lit) // surrogates, paired or not
			}
			b.WriteRune(rune(r))
			raw = raw[4:]
		default:
			return "", false
		}
		raw = raw[1:]
	}
}

// unmarshalString decodes a string literal with encoding/json.
func unmarshalString(lit string) (string, bool) {
	var v string
	if json.Unmarshal([]byte(lit), &v) != nil {
		return "", false
	}
	return v, true
}

// skipValue moves past one value and returns its text; false when it is
// not valid JSON.
func (s *jsonScanner) skipValue() (string, bool) {
	start := s.skipSpace()
	depth := 0
	for s.pos < len(s.text) {
		switch c := s.text[s.pos]; c {
		case '"':
			if !s.skipStr() {
				return "", false
			}
		case '{', '[':
			depth++
			s.pos++
		case '}', ']':
			if depth == 0 {
				return s.valid(start)
			}
			depth--
			s.pos++
		case ',', ' ', '\t', '\n', '\r':
			if depth == 0 {
				return s.valid(start)
			}
			s.pos++
		default:
			s.pos++
			continue
		}
		if depth == 0 && s.pos > start && (s.text[s.pos-1] == '"' || s.text[s.pos-1] == '}' || s.text[s.pos-1] == ']') {
			return s.valid(start) // a string, object or list has ended
		}
	}
	return "", false
}

// skipStr moves past a string literal (s.pos at its opening quote), where
// str would, without decoding or copying it: skipValue's value is checked
// whole by json.Valid (a header's texts, which nothing reads, were each
// copied and thrown away).
func (s *jsonScanner) skipStr() bool {
	s.pos++
	for {
		rest := s.text[s.pos:]
		q := strings.IndexByte(rest, '"')
		if q < 0 {
			return false
		}
		if b := strings.IndexByte(rest[:q], '\\'); b >= 0 {
			s.pos += b + 2 // a backslash: the escaped byte cannot end the string
			if s.pos > len(s.text) {
				return false
			}
			continue
		}
		s.pos += q + 1
		return true
	}
}

// valid is the text from start to pos when it is one valid JSON value.
// json.Valid only reads its bytes: it is given the text's own, not a copy.
func (s *jsonScanner) valid(start int) (string, bool) {
	raw := s.text[start:s.pos]
	return raw, raw != "" && json.Valid(unsafe.Slice(unsafe.StringData(raw), len(raw)))
}
