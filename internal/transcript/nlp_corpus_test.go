package transcript

import (
	"bufio"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"callsite/internal/testshared"
)

// TestEarnings21Speakers measures what the parser infers of the speakers
// of the Earnings-21 speech-to-text calls (numbered speakers, no names,
// no sections) against testdata/earnings21-roles.tsv (each speaker's
// role, labelled by hand from what they say) and the corpus's
// speaker-metadata (their names):
//
//   - roles (operator, management incl. host, analyst) right for at least
//     95% of speaker ids;
//   - every call with an operator and analysts has a Q&A with exchanges;
//   - names inferred for the speakers the metadata names agree with it
//     for at least 90% of them, and are found for at least 85%.
func TestEarnings21Speakers(t *testing.T) {
	dir := testshared.Path(t, "corpus", "transcripts", "earnings21-nlp")
	gold := readRoleGold(t, "testdata/earnings21-roles.tsv")
	meta := readSpeakerMeta(t, testshared.Path(t, "corpus", "references", "earnings21-entities", "speaker-metadata.dev-subset.csv"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.nlp"))
	if len(files) == 0 {
		t.Fatalf("no .nlp files in %s", dir)
	}
	ids, right := 0, 0
	named, inferred, agree := 0, 0, 0
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".nlp")
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := Parse(filepath.Base(f), src)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(src), "\n")
		// The speaker id of each turn is the id on its first token line.
		bySpk := map[string]*Speaker{}
		for _, tu := range tr.Turns() {
			if tu.Pos.Line < 1 || tu.Pos.Line > len(lines) {
				t.Fatalf("%s: turn %s at line %d", id, tu.ID, tu.Pos.Line)
			}
			cols := strings.Split(lines[tu.Pos.Line-1], "|")
			if len(cols) < 2 {
				t.Fatalf("%s:%d: not a token line", id, tu.Pos.Line)
			}
			bySpk[cols[1]] = tu.Speaker
		}
		analysts, operator := false, false
		for spk, sp := range bySpk {
			want, ok := gold[id+"/"+spk]
			if !ok {
				t.Errorf("%s: speaker %s has no gold role", id, spk)
				continue
			}
			analysts = analysts || want == RoleAnalyst
			operator = operator || want == RoleOperator
			got := sp.Role
			if got == RoleHost {
				got = RoleManagement
			}
			ids++
			if got == want {
				right++
			} else {
				t.Logf("%s speaker %s (%s): role %s, want %s", id, spk, sp.Name, got, want)
			}
			real := meta[id+"/"+spk]
			if want == RoleOperator || !realName(real) {
				continue
			}
			named++
			if !sp.NameInferred {
				t.Logf("%s speaker %s: no name, metadata says %q", id, spk, real)
				continue
			}
			inferred++
			if nameAgrees(sp.Name, real) {
				agree++
			} else {
				t.Logf("%s speaker %s: named %q, metadata says %q", id, spk, sp.Name, real)
			}
		}
		// A call with an operator and analysts has a Q&A session (a
		// fireside chat without an operator has none).
		if analysts && operator && (len(tr.Exchanges) == 0 || !hasSection(tr, SectionQA)) {
			t.Errorf("%s: analysts speak but no Q&A was found (%d exchanges)", id, len(tr.Exchanges))
		}
	}
	roleShare := float64(right) / float64(ids)
	t.Logf("roles right for %d of %d speaker ids (%.1f%%); names: %d of %d named speakers inferred, %d of them agree with the metadata",
		right, ids, 100*roleShare, inferred, named, agree)
	if roleShare < 0.95 {
		t.Errorf("roles right for %.1f%% of speaker ids, want at least 95%%", 100*roleShare)
	}
	if inferred == 0 || float64(agree)/float64(inferred) < 0.90 {
		t.Errorf("inferred names agree with the metadata for %d of %d, want at least 90%%", agree, inferred)
	}
	if float64(inferred) < 0.85*float64(named) {
		t.Errorf("names inferred for %d of %d named speakers, want at least 85%%", inferred, named)
	}
}

func hasSection(tr *Transcript, k SectionKind) bool {
	for _, s := range tr.Sections {
		if s.Kind == k {
			return true
		}
	}
	return false
}

func readRoleGold(t *testing.T, path string) map[string]Role {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]Role{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("%s:%d: want 3 tab-separated columns", path, n)
		}
		out[cols[0]+"/"+cols[1]] = Role(cols[2])
	}
	return out
}

func readSpeakerMeta(t *testing.T, path string) map[string]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range recs[1:] {
		out[r[0]+"/"+r[1]] = r[2]
	}
	return out
}

var placeholderName = regexp.MustCompile(`(?i)^(?:speaker \d+|operator|meeting host|unknown)$`)

// realName: the metadata names a person, not a placeholder. A firm in
// the name column ("Morgan Stanley" for an analyst whose name was not
// heard) is kept: a name inferred for that speaker must then agree with
// it or count as wrong.
func realName(s string) bool { return s != "" && !placeholderName.MatchString(s) }

// nameAgrees: speech-to-text and the metadata spell names differently
// ("Micheal"/"Michael", "Dasla"/"Dansla"); one name agrees with another
// when the first names are the same person's or the surnames are nearly
// the same.
func nameAgrees(got, want string) bool {
	g, w := nameWords(got), nameWords(want)
	if len(g) == 0 || len(w) == 0 {
		return false
	}
	if SameFirstName(g[0], w[0]) && (len(g) == 1 || len(w) == 1 || near(g[len(g)-1], w[len(w)-1])) {
		return true
	}
	if len(g) == 1 && len(w) > 1 && near(g[0], w[len(w)-1]) {
		return true // "Glynn" for "Neil Glynn"
	}
	return len(g) > 1 && len(w) > 1 && near(g[len(g)-1], w[len(w)-1])
}

// near: equal, or one edit apart for words of five letters or more, a
// third of the letters for long ones.
func near(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 4 || len(b) < 4 {
		return false
	}
	d := levenshtein(a, b)
	return d <= 1 && len(a) >= 4 || d <= len(a)/3 && len(a) >= 8 // "Baka"/"Baca", "Weinstein"/"Winestean"
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)]
}
