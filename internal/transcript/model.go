// Package transcript reads earnings-call transcripts into a typed model.
//
// Parse takes a file name and its bytes, detects the format by content
// (plain "Name - Title" text, Seeking Alpha text, Motley Fool JSON and HTML,
// Rev's token-per-line .nlp, unlabelled sentence lines or blobs, Markdown
// with YAML front matter) and returns a *Transcript: metadata, sections,
// turns, paragraphs, speakers with roles and firms, and Q&A exchanges.
//
// Every format reader produces a draft (a flat list of speaker turns with
// hints); assemble turns a draft into the model, so that roles, firms,
// sections, exchanges, anchors and metadata inference work the same way for
// every format. Every node keeps the source line it came from.
//
// Anchors come from structure, never from a global counter:
//
//	pr2      second turn of the prepared remarks      pr2p1  its first paragraph
//	q3       third Q&A exchange                       q3-2   its second turn
//	q3-2p1   first paragraph of that turn             qa1    Q&A turn outside any exchange
//	cl1      first turn of the closing                cl1p2  its second paragraph
package transcript

import (
	"fmt"

	"callsite/internal/source"
)

// Pos and Error are the positions and input errors of package source,
// named here too for the code that reads transcripts.
type (
	Pos   = source.Pos
	Error = source.Error
)

// Role is what a speaker does on the call.
type Role string

const (
	RoleOperator   Role = "operator"
	RoleHost       Role = "host" // opens the call: investor relations, moderator
	RoleManagement Role = "management"
	RoleAnalyst    Role = "analyst"
	RoleUnknown    Role = "unknown"
)

// SectionKind names the three parts of a call.
type SectionKind string

const (
	SectionPrepared SectionKind = "prepared"
	SectionQA       SectionKind = "qa"
	SectionClosing  SectionKind = "closing"
)

// Transcript is one parsed call.
type Transcript struct {
	Source string // path of the file it came from, as given to Parse
	// Sources are every file this call was read from: Source first, then
	// its sidecar and any duplicate copies of the same call Load set aside.
	Sources []string
	Format  string // plain, seekingalpha, motleyfool-json, ...
	Meta    Meta
	Notes   []Note // lines before the first speaker (disclaimers, page chrome)
	Editors string // Markdown body of a sidecar: editorial notes on the call

	// Unlabelled is true when the source has no speaker labels: the whole
	// call is one anonymous speaker and the page says so.
	Unlabelled bool

	Speakers  []*Speaker // in order of first appearance
	Sections  []*Section // prepared, qa, closing; empty ones are left out
	Exchanges []*Exchange

	Warnings []*Error // not fatal: missing metadata, dropped pseudo-speakers, ...

	// periodVotes is how many sentences named the period when it was
	// voted from the text (0 when a title or welcome stated it).
	periodVotes int
	hints       metaHints
	assembly    *assembly // what assemble decided, kept for Meta.assembly
}

// metaHints is what inferMeta read for finishMeta.
type metaHints struct {
	companies  []*companyCandidate // names the call gives its company, best first
	opening    []string            // the header and the first paragraphs
	years      map[int]bool        // years the text supports for an inferred period
	yearCounts map[int]int         // how often the call says each year
	commonYear int                 // the year the call mentions most; -1 none, 0 not yet counted
}

// Meta is what the call is: inferred from the text, overridden by a sidecar.
type Meta struct {
	Company   string
	Ticker    string
	Exchange  string // stock exchange, e.g. NYSE
	Year      int    // fiscal year, 0 when unknown
	Quarter   int    // fiscal quarter 1..4, 0 when unknown
	Half      int    // 1 or 2 when the call reports a half year (ending with Quarter 2 or 4), 0 otherwise
	Date      string // call date as YYYY-MM-DD, "" when unknown
	Title     string
	SourceURL string

	// Where the company and the period came from: "header", "text",
	// "inferred" (period: quarter said, year from the call's comparisons),
	// "ticker-list", "sidecar" or "file-name".
	CompanySource string
	PeriodSource  string
	// Words is a fingerprint of the call's words: two files are the same
	// call only when they hold substantially the same words.
	Words Fingerprint

	// assembly is what the parse decided of the text's sections, roles,
	// firms and questions read out, for parsing the same text again
	// (ParseFilesAgain); nil when unknown. It is not exported, so neither
	// JSON nor a cache keeps it.
	assembly *assembly
}

// PeriodLabel is "Q2 2020", "H1 2020", "FY 2020" or "".
func (m Meta) PeriodLabel() string {
	switch {
	case m.Year > 0 && m.Half > 0:
		return fmt.Sprintf("H%d %d", m.Half, m.Year)
	case m.Year > 0 && m.Quarter > 0:
		return fmt.Sprintf("Q%d %d", m.Quarter, m.Year)
	case m.Year > 0:
		return fmt.Sprintf("FY %d", m.Year)
	}
	return ""
}

// Note is a source line that is not part of the call.
type Note struct {
	Pos  Pos
	Text string
}

// Speaker is one person (or the operator) on the call.
type Speaker struct {
	ID           string // slug of the name, unique within the call
	Name         string // normalised: straight apostrophes, single spaces
	Title        string
	Role         Role
	Firm         string // analysts: from the participant list or the operator's introduction
	IntroducedAs string // the name the operator used, when it differs
	// NameInferred is true when the source does not name the speaker and
	// Name was inferred from what was said on the call ("this is Ann",
	// the operator's introduction); Label is then the source's own label
	// ("Speaker 3").
	NameInferred bool
	Label        string
}

// Section is prepared remarks, Q&A or closing.
type Section struct {
	Kind  SectionKind
	Turns []*Turn
}

// Turn is one speaker speaking once.
type Turn struct {
	ID         string // pr2, q3-2, qa1, cl1
	Speaker    *Speaker
	Pos        Pos
	Paragraphs []*Paragraph
	Exchange   *Exchange // nil outside Q&A exchanges
}

// Paragraph is one paragraph of a turn.
type Paragraph struct {
	ID   string // pr2p1, q3-2p1
	Text string
	Pos  Pos
}

// Exchange is one question in the Q&A: the operator's introduction, the
// analyst's turns and management's answers until the next introduction.
type Exchange struct {
	ID string // q3
	N  int    // 1-based
	// Analyst is who asks: the analyst, or, when Submitted, whoever reads
	// out a question sent in (the host, the operator or an executive).
	Analyst *Speaker
	// Submitted marks a question sent in by others (shareholders, webcast
	// listeners) and read out on the call: the asker keeps their own role.
	Submitted  bool
	Firm       string
	Turns      []*Turn
	AnsweredBy []*Speaker // management speakers, in order of first answer
}

// Turns returns every turn of the call in order.
func (t *Transcript) Turns() []*Turn {
	var out []*Turn
	for _, s := range t.Sections {
		out = append(out, s.Turns...)
	}
	return out
}

// Paragraphs counts the paragraphs of every turn.
func (t *Transcript) Paragraphs() int {
	n := 0
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			n += len(tu.Paragraphs)
		}
	}
	return n
}
