package render

import (
	"bytes"
	"html/template"
	"testing"

	"callsite/internal/site"
	"callsite/internal/site/bulktest"
	"callsite/internal/transcript"
)

// Participants and GuidanceRows draw what the call page's template drew
// for them (the loops below), on real calls.
func TestCallPageListsAsTheTemplateDrewThem(t *testing.T) {
	s, parsed := bulktest.Site(t, 40, site.Config{BaseURL: "https://example.org/"})
	r := &Renderer{site: s}
	who := template.FuncMap{"who": func(p CallPage, sp *transcript.Speaker) any {
		return struct {
			Page    CallPage
			Speaker *transcript.Speaker
		}{p, sp}
	}}
	tpl := template.Must(template.New("").Funcs(r.funcs()).Funcs(who).Parse(`
{{- define "who"}}{{$p := .Page}}{{with $p.PersonOf .Speaker.ID}}<a class="name" href="{{$p.Link .URL}}">{{$.Speaker.Name}}</a>{{else}}<span class="name">{{.Speaker.Name}}</span>{{end}}{{end}}
{{- define "titled"}}{{range .S}}<li id="sp-{{.ID}}">{{template "who" (who $.P .)}}{{with .Title}}<span class="title">{{.}}</span>{{end}}</li>{{end}}{{end}}
{{- define "analyst"}}{{range .S}}<li id="sp-{{.ID}}">{{template "who" (who $.P .)}}{{with $.P.FirmOf .ID}}<a class="title" href="{{$.P.Link .URL}}">{{.Name}}</a>{{end}}</li>{{end}}{{end}}
{{- define "operator"}}{{range .S}}<li id="sp-{{.ID}}"><span class="name">{{.Name}}</span></li>{{end}}{{end}}
{{- define "guidance"}}{{range .Guidance}}<tr><td>{{metricName .Metric}}</td><td>{{.Period}}</td><td>{{fmtValue .Figure}}</td><td><a href="#{{.ID}}">{{.Text}}</a></td><td>{{.Turn.Speaker.Name}}</td></tr>
{{end}}{{end}}`))
	execute := func(name string, data any) string {
		var b bytes.Buffer
		if err := tpl.ExecuteTemplate(&b, name, data); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	rows := 0
	for _, c := range s.Calls {
		figs := site.CallFigures(parsed[c.Source])
		p := CallPage{Common: r.common(c.URL, c.Title(), ""), Call: c, Guidance: site.Guidance(figs)}
		rows += len(p.Guidance)
		for _, role := range []transcript.Role{transcript.RoleManagement, transcript.RoleHost, transcript.RoleAnalyst, transcript.RoleOperator, transcript.RoleUnknown} {
			sps := c.SpeakersByRole(role)
			name := map[transcript.Role]string{transcript.RoleAnalyst: "analyst", transcript.RoleOperator: "operator"}[role]
			if name == "" {
				name = "titled"
			}
			want := execute(name, struct {
				P CallPage
				S []*transcript.Speaker
			}{p, sps})
			if got := string(p.Participants(string(role), sps)); got != want {
				t.Errorf("%s, %s:\n got %s\nwant %s", c.Source, role, got, want)
			}
		}
		if got, want := string(p.GuidanceRows()), execute("guidance", p); got != want {
			t.Errorf("%s, guidance:\n got %s\nwant %s", c.Source, got, want)
		}
	}
	if rows == 0 {
		t.Error("no guidance on 40 calls: the test checks nothing")
	}
}

// AffiliationRows and FirmPage.QuestionItems draw what the person and
// firm pages' templates drew for them (the loops below), on real calls.
func TestPersonAndFirmListsAsTheTemplateDrewThem(t *testing.T) {
	s, _ := bulktest.Site(t, 40, site.Config{BaseURL: "https://example.org/"})
	r := &Renderer{site: s}
	tpl := template.Must(template.New("").Funcs(r.funcs()).Parse(`
{{- define "period"}}{{periodOf .}}{{end}}
{{- define "affiliations"}}{{range .Person.Affiliation}}<tr><td><a href="{{$.Link .Call.URL}}">{{.Call.Company.Name}} {{template "period" .Call}}</a></td><td>{{.Title}}</td><td>{{.Firm}}</td></tr>
{{end}}{{end}}
{{- define "questions"}}{{range .Firm.Questions}}<li><a href="{{$.Link .Call.URL}}#{{.Exchange.ID}}">{{.Call.Company.Name}} {{template "period" .Call}}, question {{.Exchange.N}}</a> · <a href="{{$.Link .Analyst.URL}}">{{.Analyst.Name}}</a>: <q>{{.Exchange.Question}}</q></li>
{{end}}{{end}}`))
	execute := func(name string, data any) string {
		var b bytes.Buffer
		if err := tpl.ExecuteTemplate(&b, name, data); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for _, p := range s.People {
		page := PersonPage{Common: r.common(p.URL, p.Name, ""), Person: p}
		if got, want := string(page.AffiliationRows()), execute("affiliations", page); got != want {
			t.Errorf("%s:\n got %s\nwant %s", p.URL, got, want)
		}
	}
	questions := 0
	for _, f := range s.Firms {
		page := FirmPage{Common: r.common(f.URL, f.Name, ""), Firm: f}
		questions += len(f.Questions)
		if got, want := string(page.QuestionItems()), execute("questions", page); got != want {
			t.Errorf("%s:\n got %s\nwant %s", f.URL, got, want)
		}
	}
	if len(s.People) == 0 || questions == 0 {
		t.Error("no people or no firms' questions on 40 calls: the test checks nothing")
	}
}
