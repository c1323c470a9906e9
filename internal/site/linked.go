package site

import (
	"encoding/binary"
	"errors"
	"slices"
	"sort"

	"callsite/internal/binpack"
	"callsite/internal/transcript"
)

// Linking the people and firms of a large site is a pass over every
// speaker of every call (a third of a second at 5,000 calls), and a
// rebuild after an edit that changes no speaker, question or company
// would find them as they were. AppendPeople saves what linking found,
// with calls, speakers and exchanges by index, and BuildLinked puts it
// back on a site built from the same records instead of linking again.
// The caller vouches that the records read the same to linking as those
// the saved site was built from (in the build, by a hash of their
// AppendLinkInputs).

// linkedVersion is the first byte of an encoding: a change of layout
// makes older encodings fail to restore, and the people are linked.
const linkedVersion = 1

// AppendPeople appends the linked people and firms of s to buf, for
// BuildLinked, and returns it; it returns buf as it was if a person or
// firm points outside the calls of s (it cannot be saved by index). At
// 5,000 calls the encoding is 3 MB: growing it from nothing was most of
// its cost, so a caller with a buffer of about that size hands it in.
func (s *Site) AppendPeople(buf []byte) []byte {
	callIndex := make(map[*Call]int, len(s.Calls))
	for i, c := range s.Calls {
		callIndex[c] = i
	}
	personIndex := make(map[*Person]int, len(s.People))
	for i, p := range s.People {
		personIndex[p] = i
	}
	firmIndex := make(map[*Firm]int, len(s.Firms))
	for i, f := range s.Firms {
		firmIndex[f] = i
	}
	bad := false
	found := func(i int, ok bool) int {
		bad = bad || !ok
		return i
	}
	call := func(w *linkWriter, c *Call) {
		i, ok := callIndex[c]
		w.int(found(i, ok))
	}
	exchange := func(w *linkWriter, c *Call, ex *ExchangeRecord) {
		i := 0
		for i < len(c.Exchanges) && &c.Exchanges[i] != ex {
			i++
		}
		w.int(found(i, i < len(c.Exchanges)))
	}
	exchanges := func(w *linkWriter, c *Call, exs []*ExchangeRecord) {
		w.int(len(exs))
		for _, ex := range exs {
			exchange(w, c, ex)
		}
	}
	person := func(w *linkWriter, p *Person) {
		i, ok := personIndex[p]
		w.int(found(i, ok))
	}
	w := &linkWriter{buf: append(buf, linkedVersion)}
	w.int(len(s.Calls))
	w.int(len(s.People))
	for _, p := range s.People {
		w.str(p.Name)
		w.strs(p.Aliases)
		w.str(p.Slug)
		w.str(p.URL)
		w.int(len(p.Roles))
		for _, r := range p.Roles {
			w.str(string(r))
		}
		w.int(len(p.Affiliation))
		for _, a := range p.Affiliation {
			call(w, a.Call)
			w.str(a.Title)
			w.str(a.Firm)
		}
		w.int(len(p.Appearances))
		for _, a := range p.Appearances {
			call(w, a.Call)
			sp := slices.Index(a.Call.Speakers, a.Speaker)
			w.int(found(sp, sp >= 0))
			exchanges(w, a.Call, a.Asked)
			exchanges(w, a.Call, a.Answers)
		}
		if p.Firm == nil {
			w.int(0)
		} else {
			i, ok := firmIndex[p.Firm]
			w.int(found(i, ok) + 1)
		}
	}
	w.int(len(s.Firms))
	for _, f := range s.Firms {
		w.str(f.Name)
		w.str(f.Slug)
		w.str(f.URL)
		w.int(len(f.Analysts))
		for _, p := range f.Analysts {
			person(w, p)
		}
		w.int(len(f.Questions))
		for _, q := range f.Questions {
			call(w, q.Call)
			person(w, q.Analyst)
			exchange(w, q.Call, q.Exchange)
		}
	}
	names := make([]string, 0, len(s.firmKeys))
	for name := range s.firmKeys {
		names = append(names, name)
	}
	sort.Strings(names) // the same sites, the same bytes
	w.int(len(names))
	for _, name := range names {
		w.str(name)
		w.str(s.firmKeys[name])
	}
	if bad {
		return buf
	}
	return w.buf
}

// BuildLinked is Build with the people and firms of linked
// (AppendPeople of a site built from the same records) rather than
// linked again. When linked does not fit the calls (another layout, a
// call, speaker or exchange out of range) the people are linked, and
// restored is false. The people's strings are slices of linked, which
// must not change afterwards.
func BuildLinked(cfg Config, calls []*Record, pages []*Page, linked []byte) (s *Site, restored bool) {
	s = build(cfg, calls, pages, func(s *Site) {
		restored = s.restorePeople(linked) == nil
		if !restored {
			s.linkPeople()
		}
	})
	return s, restored
}

var errLinked = errors.New("site: saved people do not fit the calls")

// restorePeople decodes AppendPeople's bytes onto s, all or nothing.
func (s *Site) restorePeople(data []byte) error {
	if len(data) == 0 || data[0] != linkedVersion {
		return errLinked
	}
	r := linkReader{binpack.NewReader(data, 1)}
	if r.int() != len(s.Calls) {
		return errLinked
	}
	call := func() *Call {
		i := r.int()
		if i < 0 || i >= len(s.Calls) {
			r.fail()
			return nil
		}
		return s.Calls[i]
	}
	exchange := func(c *Call) *ExchangeRecord {
		i := r.int()
		if c == nil || i < 0 || i >= len(c.Exchanges) {
			r.fail()
			return nil
		}
		return &c.Exchanges[i]
	}
	exchanges := func(c *Call) []*ExchangeRecord {
		n := r.count()
		if n == 0 {
			return nil // as linking leaves a speaker who asked nothing
		}
		exs := make([]*ExchangeRecord, n)
		for i := range exs {
			exs[i] = exchange(c)
		}
		return exs
	}
	people := make([]*Person, r.count())
	for i := range people {
		people[i] = &Person{}
	}
	person := func() *Person {
		i := r.int()
		if i < 0 || i >= len(people) {
			r.fail()
			return nil
		}
		return people[i]
	}
	s.makePeopleSlots()
	firmOf := make([]int, len(people)) // 1 + the index of each person's firm, 0 for none
	for i, p := range people {
		p.Name = r.str()
		p.Aliases = r.strs()
		p.Slug = r.str()
		p.URL = r.str()
		p.Roles = make([]transcript.Role, r.count())
		for k := range p.Roles {
			p.Roles[k] = transcript.Role(r.str())
		}
		p.Affiliation = make([]Affiliation, r.count())
		for k := range p.Affiliation {
			p.Affiliation[k] = Affiliation{Call: call(), Title: r.str(), Firm: r.str()}
		}
		p.Appearances = make([]Appearance, r.count())
		for k := range p.Appearances {
			c := call()
			sp := r.int()
			if c == nil || sp < 0 || sp >= len(c.Speakers) {
				return errLinked
			}
			a := Appearance{Call: c, Speaker: c.Speakers[sp]}
			a.Asked = exchanges(c)
			a.Answers = exchanges(c)
			p.Appearances[k] = a
			c.people[sp] = p
		}
		firmOf[i] = r.int()
		if r.bad() {
			return errLinked
		}
	}
	firms := make([]*Firm, r.count())
	firmByKey := make(map[string]*Firm, len(firms))
	for i := range firms {
		f := &Firm{Name: r.str(), Slug: r.str(), URL: r.str()}
		if n := r.count(); n > 0 {
			f.Analysts = make([]*Person, n)
			for k := range f.Analysts {
				f.Analysts[k] = person()
			}
		}
		if n := r.count(); n > 0 {
			f.Questions = make([]FirmQuestion, n)
			for k := range f.Questions {
				c := call()
				f.Questions[k] = FirmQuestion{Call: c, Analyst: person(), Exchange: exchange(c)}
			}
		}
		firms[i] = f
		firmByKey[f.Slug] = f // linking keys firms by their slug
	}
	for i, p := range people {
		if k := firmOf[i]; k > 0 {
			if k > len(firms) {
				return errLinked
			}
			p.Firm = firms[k-1]
		}
	}
	keys := firmKeys{}
	for n := r.count(); n > 0 && !r.bad(); n-- {
		name := r.str()
		keys[name] = r.str()
	}
	if r.bad() || r.r.Left() > 0 {
		return errLinked
	}
	s.People, s.firmKeys, s.firmByKey = people, keys, firmByKey
	if len(firms) > 0 {
		s.Firms = firms
	}
	return nil
}

// AppendLinkInputs appends to buf what building a site reads of r to
// order its calls and link their people: the call's source, company and
// period, its speakers and who asked and answered each exchange (by the
// speaker's place in the call). Saved people (AppendPeople) fit a site of
// records whose inputs, in order, are the same, whatever the words said
// and the questions' wording: an edit of a question keeps them, so a
// rebuild after it restores the people rather than linking them again.
func (r *Record) AppendLinkInputs(buf []byte) []byte {
	w := &linkWriter{buf: buf}
	w.str(r.Source)
	w.str(r.Meta.Company)
	w.str(r.Meta.Date)
	w.buf = binary.AppendVarint(binary.AppendVarint(w.buf, int64(r.Meta.Year)), int64(r.Meta.Quarter))
	w.int(len(r.Speakers))
	for _, sp := range r.Speakers {
		w.str(sp.ID)
		w.str(sp.Name)
		w.str(sp.Title)
		w.str(string(sp.Role))
		w.str(sp.Firm)
		w.str(sp.IntroducedAs)
	}
	// 0 for a speaker not of the call (linking finds no one there).
	speaker := func(sp *transcript.Speaker) { w.int(slices.Index(r.Speakers, sp) + 1) }
	w.int(len(r.Exchanges))
	for i := range r.Exchanges {
		ex := &r.Exchanges[i]
		speaker(ex.Analyst)
		w.int(len(ex.AnsweredBy))
		for _, sp := range ex.AnsweredBy {
			speaker(sp)
		}
	}
	return w.buf
}

// linkWriter appends varints and strings in binpack's encoding.
type linkWriter struct{ buf []byte }

func (w *linkWriter) int(n int) { w.buf = binary.AppendUvarint(w.buf, uint64(n)) }

func (w *linkWriter) str(s string) { w.buf = binpack.AppendString(w.buf, s) }

func (w *linkWriter) strs(list []string) {
	w.int(len(list))
	for _, s := range list {
		w.str(s)
	}
}

// linkReader reads what linkWriter wrote with a binpack.Reader, which
// reads zeros and empty strings past a fault; bad is checked once at the
// end of a step.
type linkReader struct{ r *binpack.Reader }

func (r linkReader) bad() bool { return r.r.Err() != nil }

func (r linkReader) fail() { r.r.Fail() }

func (r linkReader) int() int {
	n := r.r.Uvarint()
	if n > 1<<31 { // no index or length is near this
		r.fail()
		return 0
	}
	return int(n)
}

// count reads a length, which cannot exceed the bytes left (each item
// takes one at least): a damaged encoding allocates nothing large.
func (r linkReader) count() int {
	n := r.int()
	if n > r.r.Left() {
		r.fail()
		return 0
	}
	return n
}

// str is a slice of the encoding (BuildLinked's linked), not a copy:
// copying the names, titles and firms of 5,000 calls' speakers was a
// sixth of restoring them.
func (r linkReader) str() string { return r.r.String() }

func (r linkReader) strs() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	list := make([]string, n)
	for i := range list {
		list[i] = r.str()
	}
	return list
}
