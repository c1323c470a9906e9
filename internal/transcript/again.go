package transcript

import (
	"slices"
	"strings"
)

// assembly is what assemble decided of a text beyond its words: each
// turn's section, each speaker's role, the firms and names the operator's
// introductions gave, and the questions read out. It is kept in the
// text's Meta: parsed again (ParseFilesAgain), the same text takes it
// rather than deciding it again from the words (splitSections,
// assignRoles, readQuestions, assignFirms: half of that parse). Small:
// records keep it all build long.
type assembly struct {
	key      uint64       // srcKey of the text
	turns    int          // how many turns it has
	sections []sectionRun // the turns' sections, in order
	roles    []byte       // each speaker's role, as its index in knownRoles
	reads    [][2]int32   // the turns where an exchange read out starts, and their reader's
	firms    []firmSet    // what assignFirms set, in order
}

// sectionRun is a run of turns of one section, up to turn end.
type sectionRun struct {
	kind SectionKind
	end  int32
}

// firmSet is a firm or a name as introduced that assignFirms gave a
// speaker (an index in Transcript.Speakers) at an exchange (an index in
// Transcript.Exchanges); "" where it gave none.
type firmSet struct {
	exchange, speaker  int
	firm, introducedAs string
}

// knownRoles are the roles an assembly keeps, by index.
var knownRoles = []Role{RoleUnknown, RoleOperator, RoleHost, RoleManagement, RoleAnalyst}

// keepAssembly makes assemble's decisions small for keeping; nil when it
// cannot keep them (a role it does not know), and the text is then
// assembled afresh when parsed again. Its strings are copies: they must
// not keep the text alive.
func keepAssembly(kinds []SectionKind, reads []int, speakers []*Speaker, firms []firmSet) *assembly {
	a := &assembly{turns: len(kinds), roles: make([]byte, len(speakers))}
	for i, k := range kinds {
		if n := len(a.sections); n > 0 && a.sections[n-1].kind == k {
			a.sections[n-1].end = int32(i + 1)
		} else {
			a.sections = append(a.sections, sectionRun{kind: k, end: int32(i + 1)})
		}
	}
	for i, sp := range speakers {
		r := slices.Index(knownRoles, sp.Role)
		if r < 0 {
			return nil
		}
		a.roles[i] = byte(r)
	}
	for i, r := range reads {
		if r >= 0 {
			a.reads = append(a.reads, [2]int32{int32(i), int32(r)})
		}
	}
	for _, f := range firms {
		if f.speaker < 0 {
			return nil
		}
		f.firm, f.introducedAs = strings.Clone(f.firm), strings.Clone(f.introducedAs)
		a.firms = append(a.firms, f)
	}
	return a
}

// of is the assembly when it was decided of src; else nil.
func (a *assembly) of(src []byte) *assembly {
	if a == nil || a.key != srcKey(src) {
		return nil
	}
	return a
}

// fits reports whether the assembly has the draft's turns and speakers
// (always so for the same text: a check that costs nothing).
func (a *assembly) fits(turns []draftTurn, speakers []*Speaker) bool {
	return a != nil && a.turns == len(turns) && len(a.roles) == len(speakers)
}

// restore gives the speakers their roles and returns each turn's section
// and readQuestions' finding, as assemble decided them.
func (a *assembly) restore(speakers []*Speaker) ([]SectionKind, []int) {
	for i, sp := range speakers {
		sp.Role = knownRoles[a.roles[i]]
	}
	kinds := make([]SectionKind, 0, a.turns)
	for _, run := range a.sections {
		for len(kinds) < int(run.end) {
			kinds = append(kinds, run.kind)
		}
	}
	reads := make([]int, a.turns)
	for i := range reads {
		reads[i] = -1
	}
	for _, r := range a.reads {
		reads[r[0]] = int(r[1])
	}
	return kinds, reads
}

// restoreFirms is assignFirms from what it set: each exchange's firm is
// its analyst's as it was then.
func (a *assembly) restoreFirms(t *Transcript) {
	next := 0
	for i, ex := range t.Exchanges {
		if ex.Analyst == nil || ex.Submitted {
			continue
		}
		for ; next < len(a.firms) && a.firms[next].exchange == i; next++ {
			f, sp := a.firms[next], t.Speakers[a.firms[next].speaker]
			if f.firm != "" {
				sp.Firm = f.firm
			}
			if f.introducedAs != "" {
				sp.IntroducedAs = f.introducedAs
			}
		}
		ex.Firm = ex.Analyst.Firm
	}
}
