package transcript

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// A sidecar is content/<name>.md beside content/<name>.txt (or .json,
// .nlp, .gz, ...): YAML front matter between "---" lines that overrides
// the inferred metadata, then a Markdown body of editorial notes
// (Transcript.Editors). A .md file alone is a call when its body, after
// the front matter, is a transcript in the plain format.
//
//	---
//	company: Acme Widgets
//	ticker: ACME
//	exchange: NYSE
//	period: Q2 2020        # or year: 2020 and quarter: 2 (or Q2)
//	date: 2020-07-30
//	title: Acme Widgets Q2 2020 Earnings Call
//	source_url: https://example.com/acme-q2-2020
//	---
//	Editors' notes in Markdown.
type sidecar struct {
	name    string
	fm      frontMatter
	keyLine map[string]int // line of each front-matter key in the file
	body    []string
	bodyAt  int // line of body[0]
	editors string
}

// frontMatter holds the fields a sidecar may set. Numbers may be written
// as strings; quarter may be "2" or "Q2".
type frontMatter struct {
	Company   string `yaml:"company"`
	Ticker    string `yaml:"ticker"`
	Exchange  string `yaml:"exchange"`
	Year      string `yaml:"year"`
	Quarter   string `yaml:"quarter"`
	Period    string `yaml:"period"`
	Date      string `yaml:"date"`
	SourceURL string `yaml:"source_url"`
	Title     string `yaml:"title"`
}

// callKeys are the front-matter keys that say a .md file is about a call.
var callKeys = []string{"company", "ticker", "year", "quarter", "period"}

var yamlLineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseSidecar splits text into front matter and body and decodes the
// front matter. The body keeps its line numbers in the file.
func parseSidecar(name, text string) (*sidecar, error) {
	lines := splitLines(text)
	s := &sidecar{name: name, keyLine: map[string]int{}}
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		s.body, s.bodyAt = lines, 1
		s.editors = strings.TrimSpace(text)
		return s, nil
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if t := strings.TrimRight(lines[i], " \t"); t == "---" || t == "..." {
			end = i
			break
		}
	}
	if end < 0 {
		return nil, &Error{Pos: Pos{File: name, Line: 1}, Msg: "front matter starts with --- but has no closing ---"}
	}
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(strings.Join(lines[1:end], "\n")), &root); err != nil {
		line, msg := 1, err.Error()
		if mm := yamlLineRe.FindStringSubmatch(msg); mm != nil {
			n, _ := strconv.Atoi(mm[1])
			line, msg = n+1, mm[2]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		return nil, &Error{Pos: Pos{File: name, Line: line}, Msg: "front matter: " + msg}
	}
	if len(root.Content) > 0 {
		m := root.Content[0]
		if m.Kind != yaml.MappingNode {
			return nil, &Error{Pos: Pos{File: name, Line: m.Line + 1}, Msg: "front matter: expected key: value pairs"}
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			s.keyLine[m.Content[i].Value] = m.Content[i].Line + 1
		}
		if err := m.Decode(&s.fm); err != nil {
			msg := strings.TrimPrefix(err.Error(), "yaml: unmarshal errors:\n  ")
			line := 1
			if mm := regexp.MustCompile(`^line (\d+): (.*)$`).FindStringSubmatch(msg); mm != nil {
				n, _ := strconv.Atoi(mm[1])
				line, msg = n+1, mm[2]
			}
			return nil, &Error{Pos: Pos{File: name, Line: line}, Msg: "front matter: " + msg}
		}
	}
	s.body, s.bodyAt = lines[end+1:], end+2
	s.editors = strings.TrimSpace(strings.Join(s.body, "\n"))
	return s, nil
}

// callish reports whether the front matter names a call.
func (s *sidecar) callish() bool {
	for _, k := range callKeys {
		if _, ok := s.keyLine[k]; ok {
			return true
		}
	}
	return false
}

// readSidecarCall reads a .md file that is a call on its own: front
// matter, then a transcript in the plain format.
func readSidecarCall(name, text string) (*draft, error) {
	s, err := parseSidecar(name, text)
	if err != nil {
		return nil, err
	}
	d := readPlain(name, s.body, s.bodyAt)
	if !labelled(d) {
		return nil, &Error{Pos: Pos{File: name, Line: s.bodyAt}, Msg: "no transcript after the front matter (expected speaker lines such as \"Name - Title\")"}
	}
	if isSeekingAlpha(d) {
		d.format = "seekingalpha"
	}
	d.format = "markdown+" + d.format
	s.editors = ""
	d.side = s
	return d, nil
}

var periodRe = regexp.MustCompile(`(?i)^\s*(?:Q([1-4])\s*(?:FY\s*)?'?(\d{2}|\d{4})|(?:FY\s*)?(\d{4})\s*Q([1-4])|FY\s*'?(\d{2}|\d{4})|H([12])\s*(?:FY\s*)?'?(\d{2}|\d{4}))\s*$`)

// apply overrides t's metadata with the front matter; invalid values are
// errors at their line.
func (s *sidecar) apply(t *Transcript) error {
	fm := s.fm
	at := func(key string) Pos { return Pos{File: s.name, Line: s.keyLine[key]} }
	m := &t.Meta
	if v := strings.TrimSpace(fm.Company); v != "" {
		m.Company, m.CompanySource = v, FromSidecar
	}
	if v := strings.TrimSpace(fm.Ticker); v != "" {
		m.Ticker = strings.ToUpper(v)
	}
	if v := strings.TrimSpace(fm.Exchange); v != "" {
		m.Exchange = strings.ToUpper(v)
	}
	if v := strings.TrimSpace(fm.Title); v != "" {
		m.Title = v
	}
	if v := strings.TrimSpace(fm.SourceURL); v != "" {
		m.SourceURL = v
	}
	half := 0 // "period: H1 2020"
	if v := strings.TrimSpace(fm.Period); v != "" {
		mm := periodRe.FindStringSubmatch(v)
		if mm == nil {
			return &Error{Pos: at("period"), Msg: fmt.Sprintf("period %q: want \"Q2 2020\", \"2020 Q2\", \"H1 2020\" or \"FY 2020\"", v)}
		}
		switch {
		case mm[6] != "":
			half, _ = strconv.Atoi(mm[6])
			m.Year, m.Quarter = fullYear(mm[7]), 2*half // a half year's call: the quarter that ends it
		case mm[1] != "":
			m.Quarter, _ = strconv.Atoi(mm[1])
			m.Year = fullYear(mm[2])
		case mm[3] != "":
			m.Year = fullYear(mm[3])
			m.Quarter, _ = strconv.Atoi(mm[4])
		default:
			m.Year, m.Quarter = fullYear(mm[5]), 0
		}
	}
	if v := strings.TrimSpace(fm.Year); v != "" {
		y := fullYear(strings.TrimPrefix(strings.ToUpper(v), "FY"))
		if y == 0 {
			return &Error{Pos: at("year"), Msg: fmt.Sprintf("year %q: want a year such as 2020", v)}
		}
		m.Year = y
	}
	if v := strings.TrimSpace(fm.Quarter); v != "" {
		q, ok := ordinalQuarter[strings.ToLower(v)]
		if !ok {
			if n, err := strconv.Atoi(v); err == nil && n >= 1 && n <= 4 {
				q, ok = n, true
			}
		}
		if !ok {
			return &Error{Pos: at("quarter"), Msg: fmt.Sprintf("quarter %q: want 1 to 4 or Q1 to Q4", v)}
		}
		m.Quarter, half = q, 0
	}
	if strings.TrimSpace(fm.Period+fm.Year+fm.Quarter) != "" {
		m.PeriodSource, m.Half = FromSidecar, half // the sidecar's quarter, half or year
	}
	if v := strings.TrimSpace(fm.Date); v != "" {
		if len(v) > 10 && isoDate.MatchString(v[:10]) {
			v = v[:10] // a timestamp
		}
		if !isoDate.MatchString(v) {
			if fd := findDate(v); fd != "" {
				v = fd
			} else {
				return &Error{Pos: at("date"), Msg: fmt.Sprintf("date %q: want YYYY-MM-DD", v)}
			}
		}
		m.Date = v
	}
	if s.editors != "" {
		t.Editors = s.editors
	}
	return nil
}
