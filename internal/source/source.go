// Package source is where input errors point: a file and a line. Every
// stage (content discovery, transcripts, sidecars, ids files, glossary,
// settings) reports its errors as *Error, so the command prints them all
// as "path:line: message" without parsing text back into positions.
package source

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
)

// Pos is a place in a source file. Line is 1-based; 0 means unknown.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string {
	if p.Line <= 0 {
		return p.File
	}
	return p.File + ":" + strconv.Itoa(p.Line)
}

// Error is an input error (or a warning) at a source position.
type Error struct {
	Pos Pos
	Msg string
	// Kind groups warnings for the build's summary: "company", "ticker",
	// "period", "date", "duplicate", ...; "" for errors and the rest.
	Kind string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errorf is an *Error at file:line.
func Errorf(file string, line int, msg string) *Error {
	return &Error{Pos: Pos{File: file, Line: line}, Msg: msg}
}

// List gathers the errors of one input; Err is nil when there are none.
type List []*Error

// Add appends an error at file:line.
func (l *List) Add(file string, line int, msg string) { *l = append(*l, Errorf(file, line, msg)) }

// Err returns the list as one error, a line each, or nil.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errors.Join(errs...)
}

// yamlLine finds "line N: message" in what go.yaml.in/yaml reports.
var yamlLine = regexp.MustCompile(`line (\d+): ([^\n]*)`)

// FromYAML turns a YAML decoder's error ("yaml: line 3: ...", or "yaml:
// unmarshal errors:" with one "line N: ..." per problem, of which an alias
// bomb makes thousands) into one *Error at file: its first problem.
func FromYAML(file string, err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return Errorf(file, max(line, 1), msg)
}
