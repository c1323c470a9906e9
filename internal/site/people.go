package site

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"callsite/internal/transcript"
)

// Person is one named speaker across calls: the same person even when
// calls write the name differently ("Jeff Bernstein", "Jeffrey M. K.
// Bernstein", "Giacomo Dall’Aglio").
type Person struct {
	Name        string   // the fullest spelling seen
	Aliases     []string // other spellings, sorted
	Slug        string
	URL         string // /people/{slug}/
	Roles       []transcript.Role
	Affiliation []Affiliation // titles and firms over time, oldest first
	Appearances []Appearance  // newest call first
	Firm        *Firm         // analysts: the firm of their latest call

	forms []transcript.NameForm // of Name and Aliases
	// while linking (see personIndex)
	seq       int             // order met
	last      string          // lastName of the name first met
	affilKeys map[string]bool // the keys of Affiliation
}

// Affiliation is a title at a company or firm as of a call.
type Affiliation struct {
	Call  *Call
	Title string
	Firm  string // analysts' firm; for management, their company

	key string // firmKey(Firm), for comparing
}

// Appearance is one call a person spoke on and what they did there.
type Appearance struct {
	Call    *Call
	Speaker *transcript.Speaker
	Asked   []*ExchangeRecord // exchanges this person asked in (the call's own)
	Answers []*ExchangeRecord // exchanges this person answered in
}

// Firm is an analysts' firm (a bank, a broker, a research house).
type Firm struct {
	Name     string
	Slug     string
	URL      string // /firms/{slug}/
	Analysts []*Person
	// Questions lists every exchange an analyst of the firm asked in,
	// newest call first.
	Questions []FirmQuestion

	spellings map[string]int // how often each spelling of the name was seen
}

// pickName names the firm by its most common spelling, the shortest of
// equals ("Goldman Sachs" over "Goldman Sachs & Co. LLC").
func (f *Firm) pickName() {
	best, n := "", 0
	for name, c := range f.spellings {
		if c > n || c == n && (len(name) < len(best) || len(name) == len(best) && name < best) {
			best, n = name, c
		}
	}
	f.Name = best
}

// FirmQuestion is one question asked by a firm's analyst.
type FirmQuestion struct {
	Call     *Call
	Analyst  *Person
	Exchange *ExchangeRecord // the call's own
}

// anonymous matches speaker names that name nobody.
var anonymous = regexp.MustCompile(`(?i)^(?:operator|speaker\s*\d*|unidentified.*|unknown.*|unattributed.*|participant\s*\d*|analyst|moderator|company representative|corporate participant|management)$`)

// PersonOf returns the person a speaker of a call is, or nil (the
// operator, unnamed speakers).
func (s *Site) PersonOf(c *Call, speakerID string) *Person {
	for i, sp := range c.Speakers {
		if sp.ID == speakerID && i < len(c.people) {
			return c.people[i]
		}
	}
	return nil
}

// FirmOf returns the firm a speaker of a call was with on that call, or
// nil.
func (s *Site) FirmOf(c *Call, speakerID string) *Firm {
	for _, sp := range c.Speakers {
		if sp.ID == speakerID && sp.Firm != "" {
			k, ok := s.firmKeys[sp.Firm]
			if !ok {
				k = firmKey(sp.Firm)
			}
			return s.firmByKey[k]
		}
	}
	return nil
}

// makePeopleSlots gives every call its slots for the people of its
// speakers, all in one array.
func (s *Site) makePeopleSlots() {
	n := 0
	for _, c := range s.Calls {
		n += len(c.Speakers)
	}
	all := make([]*Person, n)
	for _, c := range s.Calls {
		c.people, all = all[:len(c.Speakers):len(c.Speakers)], all[len(c.Speakers):]
	}
}

// linkPeople finds the people and firms of the site's calls.
func (s *Site) linkPeople() {
	s.makePeopleSlots()
	l := &peopleLinker{s: s, index: newPersonIndex(), firms: map[string]*Firm{}, keys: firmKeys{}, names: nameMemo{}}
	s.firmByKey = l.firms
	s.firmKeys = l.keys // read only once linked
	// Oldest calls first, so affiliations come out in time order.
	calls := append([]*Call(nil), s.Calls...)
	sort.SliceStable(calls, func(i, j int) bool { return newer(calls[j], calls[i]) })
	for _, c := range calls {
		l.linkCall(c)
	}
	sortKeys := l.sortPeople()
	s.People = l.people
	l.linkFirms(sortKeys)
}

// peopleLinker is the state of linkPeople.
type peopleLinker struct {
	s      *Site
	people []*Person
	index  *personIndex
	firms  map[string]*Firm
	keys   firmKeys // a few hundred firms and companies, named on every call
	names  nameMemo // a speaker's name is said on many calls
}

// linkCall finds the person of every named speaker of a call (a new one
// when none matches), with the call's questions and answers.
func (l *peopleLinker) linkCall(c *Call) {
	// Pointers into the call's record, not copies: a large site has
	// hundreds of thousands of exchanges.
	asked, answered := map[*transcript.Speaker][]*ExchangeRecord{}, map[*transcript.Speaker][]*ExchangeRecord{}
	for i := range c.Exchanges {
		ex := &c.Exchanges[i]
		asked[ex.Analyst] = append(asked[ex.Analyst], ex)
		for _, sp := range ex.AnsweredBy {
			answered[sp] = append(answered[sp], ex)
		}
	}
	for i, sp := range c.Speakers {
		if sp.Role == transcript.RoleOperator {
			continue
		}
		n := l.names.of(sp.Name)
		if n.nobody {
			continue
		}
		affil := sp.Firm
		if sp.Role != transcript.RoleAnalyst {
			affil = c.Company.Name
		}
		p := l.index.find(n.form, n.last, l.keys.of(affil))
		if p == nil {
			p = &Person{Name: transcript.NormName(sp.Name), seq: len(l.people), last: n.last}
			l.index.add(p)
			l.people = append(l.people, p)
		}
		c.people[i] = p
		p.addName(sp.Name)
		if sp.IntroducedAs != "" {
			p.addName(sp.IntroducedAs) // "Mike Latimore" for "Michael James Latimore"
		}
		p.addRole(sp.Role)
		l.index.addAffiliation(p, Affiliation{Call: c, Title: sp.Title, Firm: affil, key: l.keys.of(affil)})
		p.Appearances = append(p.Appearances, Appearance{Call: c, Speaker: sp, Asked: asked[sp], Answers: answered[sp]})
		if sp.Role == transcript.RoleAnalyst && sp.Firm != "" {
			f := firmFor(l.firms, sp.Firm, l.keys.of(sp.Firm))
			p.Firm = f
			for _, ex := range asked[sp] {
				f.Questions = append(f.Questions, FirmQuestion{Call: c, Analyst: p, Exchange: ex})
			}
		}
	}
}

// sortPeople puts the people in name order, their appearances newest
// first, and gives them slugs and URLs; it returns the sort keys.
func (l *peopleLinker) sortPeople() map[*Person]string {
	people := l.people
	used := map[string]bool{}
	for _, p := range people {
		p.affilKeys = nil // linked
		sort.Strings(p.Aliases)
		// Newest call first on the page.
		for i, j := 0, len(p.Appearances)-1; i < j; i, j = i+1, j-1 {
			p.Appearances[i], p.Appearances[j] = p.Appearances[j], p.Appearances[i]
		}
	}
	sortKeys := make(map[*Person]string, len(people)) // sorting compares each many times
	for _, p := range people {
		sortKeys[p] = personKey(p)
	}
	sort.SliceStable(people, func(i, j int) bool { return sortKeys[people[i]] < sortKeys[people[j]] })
	for _, p := range people {
		p.Slug = uniqueSlug(transcript.Slug(p.Name), used)
		p.URL = "/people/" + p.Slug + "/"
	}
	return sortKeys
}

// linkFirms names the firms, lists their analysts and questions, and
// adds them to the site in slug order.
func (l *peopleLinker) linkFirms(sortKeys map[*Person]string) {
	s := l.s
	// Each firm's people in one pass, in the people's order: a large site
	// has thousands of firms and tens of thousands of people.
	byFirm := map[*Firm][]*Person{}
	for _, p := range l.people {
		if p.Firm != nil {
			byFirm[p.Firm] = append(byFirm[p.Firm], p)
		}
	}
	for _, f := range l.firms {
		f.pickName()
		seen := map[*Person]bool{}
		for _, q := range f.Questions {
			if !seen[q.Analyst] {
				seen[q.Analyst] = true
				f.Analysts = append(f.Analysts, q.Analyst)
			}
		}
		for _, p := range byFirm[f] {
			if !seen[p] {
				seen[p] = true
				f.Analysts = append(f.Analysts, p)
			}
		}
		sort.SliceStable(f.Analysts, func(i, j int) bool { return sortKeys[f.Analysts[i]] < sortKeys[f.Analysts[j]] })
		newestFirst(f.Questions)
		s.Firms = append(s.Firms, f)
	}
	sort.Slice(s.Firms, func(i, j int) bool { return s.Firms[i].Slug < s.Firms[j].Slug })
}

func personKey(p *Person) string {
	return lastName(p.Name) + " " + strings.ToLower(p.Name)
}

// personIndex finds the person a speaker is, if already met: same last
// name, compatible first names, and the same firm (analysts) or company
// (everyone else) when both are known; the first met of those. A common
// name is many people's, at different firms: the index looks at those
// who were ever with the speaker's firm (or whose firm is unknown).
type personIndex struct {
	byLast  map[string][]*Person            // by lastName, in the order met
	byAffil map[[2]string][]*Person         // by lastName and firm key: who was ever with it
	noFirm  map[string]map[*Person]struct{} // by lastName: whose latest firm is unknown
}

func newPersonIndex() *personIndex {
	return &personIndex{byLast: map[string][]*Person{}, byAffil: map[[2]string][]*Person{}, noFirm: map[string]map[*Person]struct{}{}}
}

func (x *personIndex) add(p *Person) {
	x.byLast[p.last] = append(x.byLast[p.last], p)
}

func (x *personIndex) addAffiliation(p *Person, a Affiliation) {
	p.Affiliation = append(p.Affiliation, a)
	if p.affilKeys == nil {
		p.affilKeys = map[string]bool{}
	}
	if !p.affilKeys[a.key] {
		p.affilKeys[a.key] = true
		k := [2]string{p.last, a.key}
		x.byAffil[k] = append(x.byAffil[k], p)
	}
	if a.Firm == "" {
		if x.noFirm[p.last] == nil {
			x.noFirm[p.last] = map[*Person]struct{}{}
		}
		x.noFirm[p.last][p] = struct{}{}
	} else {
		delete(x.noFirm[p.last], p)
	}
}

// find returns the first person met of last name last who has the name
// and was ever with the firm or company of key affilKey (or whose latest
// firm is unknown), or with any when affilKey is "".
func (x *personIndex) find(name transcript.NameForm, last, affilKey string) *Person {
	if affilKey == "" {
		for _, p := range x.byLast[last] {
			if p.sameName(name) {
				return p
			}
		}
		return nil
	}
	var found *Person
	consider := func(p *Person) {
		if (found == nil || p.seq < found.seq) && p.sameName(name) {
			found = p
		}
	}
	for _, p := range x.byAffil[[2]string{last, affilKey}] {
		consider(p)
	}
	for p := range x.noFirm[last] {
		consider(p)
	}
	return found
}

// sameName reports whether a name is the person's name or one of their
// aliases.
func (p *Person) sameName(name transcript.NameForm) bool {
	if len(p.forms) != 1+len(p.Aliases) { // names added since they were split
		p.forms = p.forms[:0]
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			p.forms = append(p.forms, transcript.NameFormOf(n))
		}
	}
	for _, f := range p.forms {
		if f.Same(name) {
			return true
		}
	}
	return false
}

// newestFirst orders a firm's questions, added oldest call first, newest
// call first; a call's questions keep their order.
func newestFirst(qs []FirmQuestion) {
	slices.Reverse(qs)
	for i := 0; i < len(qs); {
		j := i + 1
		for j < len(qs) && qs[j].Call == qs[i].Call {
			j++
		}
		slices.Reverse(qs[i:j]) // back in their order
		i = j
	}
}

// addName keeps the fullest spelling as the name: the one with the most
// words, then the longest; the others become aliases.
func (p *Person) addName(name string) {
	name = transcript.NormName(name)
	if name == p.Name {
		return
	}
	nw, pw := len(strings.Fields(name)), len(strings.Fields(p.Name))
	if nw > pw || nw == pw && len(name) > len(p.Name) {
		name, p.Name = p.Name, name
	}
	for _, a := range p.Aliases {
		if a == name {
			return
		}
	}
	p.Aliases = append(p.Aliases, name)
}

func (p *Person) addRole(r transcript.Role) {
	for _, have := range p.Roles {
		if have == r {
			return
		}
	}
	p.Roles = append(p.Roles, r)
}

// LatestTitle is the title of the person's newest call.
func (p *Person) LatestTitle() string {
	for i := len(p.Affiliation) - 1; i >= 0; i-- {
		if p.Affiliation[i].Title != "" {
			return p.Affiliation[i].Title
		}
	}
	return ""
}

func lastName(name string) string {
	parts := strings.Split(transcript.Slug(name), "-")
	for i := len(parts) - 1; i >= 0; i-- {
		switch parts[i] {
		case "jr", "sr", "ii", "iii", "iv", "cfa", "phd":
			continue
		}
		return parts[i]
	}
	return ""
}

// firmKey folds the ways one firm is written: case, punctuation, a
// parenthesis, legal suffixes ("& Co.", "LLC", "Inc."), the trailing words
// that reports drop ("RBC Capital Markets" is "RBC") and the common
// short names of the large banks.
func firmKey(name string) string {
	if i := strings.IndexByte(name, '('); i > 0 {
		if j := strings.IndexByte(name[i:], ')'); j > 0 {
			name = name[:i] + name[i+j+1:]
		}
	}
	words := joinInitials(strings.Split(transcript.Slug(name), "-"))
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 1 && firmSuffix[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	for len(words) > 2 && firmSuffix2[strings.Join(words[len(words)-2:], "-")] {
		words = words[:len(words)-2]
		for len(words) > 1 && firmSuffix[words[len(words)-1]] {
			words = words[:len(words)-1]
		}
	}
	k := strings.Join(words, "-")
	if a, ok := firmAlias[k]; ok {
		return a
	}
	return k
}

// joinInitials writes a firm's initials as one word, as they are as often
// written: "D.A. Davidson" is "DA Davidson" ("d-a-davidson" is
// "da-davidson").
func joinInitials(words []string) []string {
	out := words[:0:0]
	for i := 0; i < len(words); i++ {
		j := i
		for j < len(words) && len(words[j]) == 1 {
			j++
		}
		if j-i >= 2 {
			out = append(out, strings.Join(words[i:j], ""))
			i = j - 1
			continue
		}
		out = append(out, words[i])
	}
	return out
}

// nameMemo remembers the last name and the form of each name asked for,
// and whether it names nobody (the same speakers are on many calls, and
// anonymous is a regular expression).
type nameMemo map[string]nameParts

type nameParts struct {
	last   string // lastName
	form   transcript.NameForm
	nobody bool // anonymous, or one word: no person of its own
}

func (m nameMemo) of(name string) nameParts {
	n, ok := m[name]
	if !ok {
		n.nobody = anonymous.MatchString(strings.TrimSpace(name)) || len(strings.Fields(name)) < 2
		if !n.nobody {
			n.last, n.form = lastName(name), transcript.NameFormOf(name)
		}
		m[name] = n
	}
	return n
}

// firmKeys remembers the firmKey of each name asked for. Keys that differ
// only by where words split ("north-coast", "northcoast") are one firm:
// the first key met is kept, under "\x00" and its letters.
type firmKeys map[string]string

func (m firmKeys) of(name string) string {
	k, ok := m[name]
	if !ok {
		k = firmKey(name)
		joined := "\x00" + strings.ReplaceAll(k, "-", "")
		if first, seen := m[joined]; seen {
			k = first
		} else {
			m[joined] = k
		}
		m[name] = k
	}
	return k
}

var firmSuffix = map[string]bool{
	"llc": true, "lllp": true, "llp": true, "lp": true, "inc": true, "co": true, "corp": true,
	"corporation": true, "ltd": true, "limited": true, "plc": true, "ag": true, "sa": true, "nv": true,
	"company": true, "companies": true, "and": true, "of": true, "group": true, "holdings": true,
	"securities": true, "capital": true, "markets": true, "research": true, "partners": true,
	"equities": true, "global": true, "associates": true, "division": true,
	"isi": true, "investment": true, "international": true, "advisory": true,
}

var firmSuffix2 = map[string]bool{
	"north-america": true, "investment-bank": true, "asset-management": true, "research-division": true,
}

// firmAlias maps the short names of firms that are written many ways.
var firmAlias = map[string]string{
	"jp-morgan": "jpmorgan", "j-p-morgan": "jpmorgan", "jpmorgan-chase": "jpmorgan", "jpm": "jpmorgan",
	"citigroup": "citi", "citibank": "citi",
	"bank-of-america-merrill-lynch": "bank-of-america", "bofa": "bank-of-america", "merrill-lynch": "bank-of-america", "bofa-merrill-lynch": "bank-of-america",
	"sanford-c-bernstein": "bernstein", "sanford-bernstein": "bernstein", "alliancebernstein": "bernstein",
	"robert-w-baird": "baird", "robert-baird": "baird", "rw-baird": "baird",
	"royal-bank-of-canada": "rbc", "keefe-bruyette-and-woods": "kbw", "keefe-bruyette-woods": "kbw", "keefe-bruyette": "kbw",
	"suntrust-robinson-humphrey": "suntrust", "suntrust-robinson-humphreys": "suntrust",
	"stifel-nicolaus": "stifel", "scotia-howard-weil": "scotiabank", "scotia": "scotiabank",
	"jeffries": "jefferies", "nomura-instinet": "nomura", "cowen-and": "cowen", "td-cowen": "cowen",
	"deutsche": "deutsche-bank", "wells-fargo": "wells-fargo", "goldman": "goldman-sachs",
	"raymond-james-and": "raymond-james", "barclays-bank": "barclays", "b-riley-financial": "b-riley",
	"stifel-financial": "stifel", "susquehanna-financial": "susquehanna", "ubs-investment-bank": "ubs", "ubs-bank": "ubs", "tudor-pickering-holt-and": "tudor-pickering-holt",
}

// firmFor returns the firm of key k (firmKey(name)), made on first use.
func firmFor(firms map[string]*Firm, name, k string) *Firm {
	if k == "" {
		k = "unknown"
	}
	f := firms[k]
	if f == nil {
		f = &Firm{Name: name, Slug: k, URL: "/firms/" + k + "/", spellings: map[string]int{}}
		firms[k] = f
	}
	f.spellings[name]++
	return f
}

// uniqueSlug returns s, or s-2, s-3, ... when s is taken.
func uniqueSlug(s string, used map[string]bool) string {
	if s == "" {
		s = "person"
	}
	base := s
	for n := 2; used[s]; n++ {
		s = base + "-" + strconv.Itoa(n)
	}
	used[s] = true
	return s
}

// Calls are the calls the person spoke on, newest first: what their page
// is drawn from.
func (p *Person) Calls() []*Call {
	calls := make([]*Call, 0, len(p.Appearances))
	for _, a := range p.Appearances {
		calls = append(calls, a.Call)
	}
	return calls
}

// Calls are the calls the firm's page is drawn from: those its analysts
// asked in and, for their titles, every call they spoke on. Each is
// listed once, in a fixed order.
func (f *Firm) Calls() []*Call {
	// Sized by the questions, most of the calls: a firm of a large site
	// asked on thousands, and every rebuild asks for each firm's calls.
	seen := make(map[*Call]bool, len(f.Questions))
	calls := make([]*Call, 0, len(f.Questions))
	add := func(c *Call) {
		if !seen[c] {
			seen[c] = true
			calls = append(calls, c)
		}
	}
	for _, q := range f.Questions {
		add(q.Call)
	}
	for _, a := range f.Analysts {
		for _, ap := range a.Appearances {
			add(ap.Call)
		}
	}
	return calls
}
