package transcript

// draft is what a format reader produces: the call as a flat list of turns
// with whatever hints the format gives. assemble turns it into a Transcript.
type draft struct {
	format string
	meta   Meta   // fields the format states outright (title line, JSON keys)
	title  string // a title line to infer metadata from, if any
	notes  []Note

	// participants are the names a format lists up front (Seeking Alpha,
	// Motley Fool); they give titles, firms and roles to turns.
	participants []participant

	turns      []draftTurn
	unlabelled bool
	warnings   []*Error
	side       *sidecar // front matter of a .md call, applied after inference
}

// participant is one entry of a participant list.
type participant struct {
	name  string
	title string
	firm  string
	role  Role // RoleUnknown when the list does not say
}

// draftTurn is one speaker turn as read.
type draftTurn struct {
	speaker string // name as written; "Operator" for the operator
	title   string // from a "Name - Title" line, if any
	firm    string // when the format says so
	role    Role   // when the format says so, else ""
	section SectionKind
	// section is set when the format marks sections (a Q&A header, a JSON
	// key); "" lets assemble infer it from the text.
	line  int
	paras []draftPara
	// label is the speaker as the source writes it ("Speaker 3") when
	// speaker is a name inferred from what was said; inferred marks it.
	label    string
	inferred bool
}

// draftPara is one paragraph as read.
type draftPara struct {
	text string
	line int
}
