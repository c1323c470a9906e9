package figures

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Metric is one measure of the finance vocabulary (vocabulary.yaml).
type Metric struct {
	Name       string   `yaml:"name"`
	Display    string   `yaml:"display"`
	Acronym    string   `yaml:"acronym"`
	Money      bool     `yaml:"money"`
	PerShare   bool     `yaml:"per_share"`
	Ratio      bool     `yaml:"ratio"`
	Count      bool     `yaml:"count"`
	Headline   bool     `yaml:"headline"`
	Chart      int      `yaml:"chart"`
	Guidance   int      `yaml:"guidance"`
	Assumption bool     `yaml:"assumption"`
	GrowthOf   string   `yaml:"growth_of"`
	MarginOf   string   `yaml:"margin_of"`
	RateOf     string   `yaml:"rate_of"`
	Points     bool     `yaml:"points"`
	Names      []string `yaml:"names"`
	NamedAs    []string `yaml:"named_as"`
	Phrases    []string `yaml:"phrases"`
}

//go:embed vocabulary.yaml
var vocabularyYAML []byte

// Metrics is the vocabulary: every metric a call names, in the file's order.
var Metrics = mustVocabulary(vocabularyYAML)

var metricByName = func() map[string]*Metric {
	m := map[string]*Metric{}
	for i := range Metrics {
		m[Metrics[i].Name] = &Metrics[i]
	}
	return m
}()

// metricNames are the names that say each metric in full (the
// vocabulary's `names`), for narrowing; namedAs the further ways a
// figure's own words name it (`named_as`).
var metricNames, namedAs = func() (map[string][]string, map[string][]string) {
	names, as := map[string][]string{}, map[string][]string{}
	for _, m := range Metrics {
		if len(m.Names) > 0 {
			names[m.Name] = m.Names
		}
		if len(m.NamedAs) > 0 {
			as[m.Name] = m.NamedAs
		}
	}
	return names, as
}()

// ParseVocabulary reads a vocabulary file; errors name the metric at fault.
func ParseVocabulary(b []byte) ([]Metric, error) {
	var v struct {
		Metrics []Metric `yaml:"metrics"`
	}
	if err := yaml.Unmarshal(b, &v); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for i, m := range v.Metrics {
		if m.Name == "" || m.Name != strings.ToLower(m.Name) {
			return nil, fmt.Errorf("metric %d: name %q must be lower case and not empty", i+1, m.Name)
		}
		if seen[m.Name] {
			return nil, fmt.Errorf("metric %q listed twice", m.Name)
		}
		seen[m.Name] = true
		for _, p := range m.Phrases {
			if p != strings.ToLower(p) || strings.TrimSpace(p) == "" || strings.Join(strings.Fields(p), " ") != p {
				return nil, fmt.Errorf("metric %q: phrase %q must be lower case words separated by one space", m.Name, p)
			}
		}
		for _, p := range append(slices.Clip(m.Names), m.NamedAs...) {
			if p != strings.ToLower(p) || strings.TrimSpace(p) == "" {
				return nil, fmt.Errorf("metric %q: name %q must be lower case and not empty", m.Name, p)
			}
		}
	}
	for _, m := range v.Metrics {
		if m.GrowthOf != "" && !seen[m.GrowthOf] {
			return nil, fmt.Errorf("metric %q: growth_of %q is no metric of the vocabulary", m.Name, m.GrowthOf)
		}
		if m.Count && (m.Money || m.Ratio || m.PerShare) {
			return nil, fmt.Errorf("metric %q: a count is said in no currency, rate or share", m.Name)
		}
		if m.MarginOf != "" && (!seen[m.MarginOf] || !m.Ratio) {
			return nil, fmt.Errorf("metric %q: margin_of %q must be a metric of the vocabulary, and the margin a ratio", m.Name, m.MarginOf)
		}
		if m.RateOf != "" && (!seen[m.RateOf] || !m.Ratio) {
			return nil, fmt.Errorf("metric %q: rate_of %q must be a metric of the vocabulary, and the rate a ratio", m.Name, m.RateOf)
		}
		if m.Points && !m.Ratio {
			return nil, fmt.Errorf("metric %q: only a ratio is said in points", m.Name)
		}
	}
	return v.Metrics, nil
}

func mustVocabulary(b []byte) []Metric {
	ms, err := ParseVocabulary(b)
	if err != nil {
		panic("figures: vocabulary.yaml: " + err.Error())
	}
	return ms
}

// marginFor is the margin of each amount that has one, by the amount's
// name ("adjusted ebitda" -> "adjusted ebitda margin"): margin_of read
// backwards.
var marginFor = pointedBy(func(m Metric) string { return m.MarginOf })

// rateFor is the rate of each amount that has one ("net charge-offs" ->
// "net charge-off rate"): rate_of read backwards.
var rateFor = pointedBy(func(m Metric) string { return m.RateOf })

// pointedBy maps each metric a field of the vocabulary names (margin_of,
// rate_of) to the metric whose field names it.
func pointedBy(field func(Metric) string) map[string]string {
	m := map[string]string{}
	for _, x := range Metrics {
		if to := field(x); to != "" {
			m[to] = x.Name
		}
	}
	return m
}

// PartOfRevenue reports an amount the vocabulary knows a margin of (gross
// profit, operating income, EBITDA): a share of revenue, never above it.
func PartOfRevenue(name string) bool { return marginFor[name] != "" }

// MetricInfo returns the vocabulary entry of a metric name; a name with
// "adjusted " in front takes the entry of the name without it.
func MetricInfo(name string) (Metric, bool) {
	if m, ok := metricByName[name]; ok {
		return *m, true
	}
	if m, ok := metricByName[strings.TrimPrefix(name, "adjusted ")]; ok {
		return *m, true
	}
	return Metric{}, false
}

// Display is how pages and key points name a metric: "adjusted EBITDA",
// "earnings per share", "FFO per share".
func Display(name string) string {
	if m, ok := metricByName[name]; ok && m.Display != "" {
		return m.Display
	}
	if rest, ok := strings.CutPrefix(name, "adjusted "); ok {
		return "adjusted " + Display(rest)
	}
	return name
}

// ChartMetrics are the metrics a company page charts, in order.
func ChartMetrics() []string { return ranked(func(m Metric) int { return m.Chart }) }

// GuidanceMetrics are the metrics guidance is shown for, most important first.
func GuidanceMetrics() []string { return ranked(func(m Metric) int { return m.Guidance }) }

// IsHeadline reports a result a call leads with.
func IsHeadline(name string) bool {
	m, ok := metricByName[name]
	return ok && m.Headline
}

func ranked(rank func(Metric) int) []string {
	var ms []Metric
	for _, m := range Metrics {
		if rank(m) > 0 {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return rank(ms[i]) < rank(ms[j]) })
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name
	}
	return out
}

// acronyms are the vocabulary's acronyms, lower case, for Label.
var acronyms = func() map[string]string {
	m := map[string]string{}
	for _, v := range Metrics {
		if a := v.Acronym; a != "" && a == strings.ToUpper(a) {
			m[strings.ToLower(a)] = a
		}
	}
	return m
}()

// Label is a metric's name as a heading or a search result says it, its
// acronyms in capitals: "Adjusted EBITDA", "EPS", "FFO per share", "Gross
// margin".
func Label(name string) string {
	if name == "" {
		return ""
	}
	words := strings.Fields(name)
	for i, w := range words {
		if a, ok := acronyms[w]; ok {
			words[i] = a
		}
	}
	s := strings.Join(words, " ")
	return strings.ToUpper(s[:1]) + s[1:]
}
