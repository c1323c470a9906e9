package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"

	"callsite"
	pipeline "callsite/internal/build"
	"callsite/internal/cards"
	"callsite/internal/site"
	"callsite/internal/source"
)

// defaultConfigFile is read from the folder gen runs in, when it exists,
// so that a deploy runs plain `gen build` (like Hugo's hugo.toml).
const defaultConfigFile = "callsite.yaml"

// fileSettings are the keys a config file may set; each is a flag of the
// same name, and a flag given on the command line wins over the file.
type fileSettings struct {
	Content   *string `yaml:"content"`
	Out       *string `yaml:"out"`
	BaseURL   *string `yaml:"base-url"`
	Title     *string `yaml:"title"`
	Templates *string `yaml:"templates"`
	Static    *string `yaml:"static"`
	Cards     *bool   `yaml:"cards"`
	Minify    *bool   `yaml:"minify"`
	Cache     *string `yaml:"cache"`
}

// applyConfigFile reads the config file (f.config, or callsite.yaml when it
// exists) and sets every setting whose flag was not given. Paths in the
// file are relative to the file's folder. Errors read "file:line: message".
func applyConfigFile(fl *flag.FlagSet, f *buildFlags) error {
	path := f.config
	if path == "" {
		if _, err := os.Stat(defaultConfigFile); err != nil {
			return nil
		}
		path = defaultConfigFile
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config file: %w", err)
	}
	var s fileSettings
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil && !errors.Is(err, io.EOF) { // EOF: an empty file
		return source.FromYAML(path, err)
	}
	given := map[string]bool{}
	fl.Visit(func(g *flag.Flag) { given[g.Name] = true })
	dir := filepath.Dir(path)
	setPath := func(name string, v *string, dst *string) {
		if v != nil && !given[name] {
			*dst = *v
			if *v != "" && !filepath.IsAbs(*v) {
				*dst = filepath.Join(dir, *v)
			}
		}
	}
	setPath("content", s.Content, &f.content)
	setPath("out", s.Out, &f.out)
	setPath("templates", s.Templates, &f.templates)
	setPath("static", s.Static, &f.static)
	setPath("cache", s.Cache, &f.cacheDir)
	if s.BaseURL != nil && !given["base-url"] {
		f.baseURL = *s.BaseURL
	}
	if s.Title != nil && !given["title"] {
		f.title = *s.Title
	}
	if s.Cards != nil && !given["cards"] {
		f.cards = *s.Cards
	}
	if s.Minify != nil && !given["minify"] {
		f.minify = *s.Minify
	}
	return nil
}

// pipelineConfig turns the settings into the build's configuration. gen
// build and gen serve both use it, so that a served page is the built one.
func pipelineConfig(f buildFlags) (pipeline.Config, error) {
	if fi, err := os.Stat(f.content); err != nil || !fi.IsDir() {
		return pipeline.Config{}, fmt.Errorf("content folder %s: not found", f.content)
	}
	theme, err := loadTheme(f)
	if err != nil {
		return pipeline.Config{}, err
	}
	var cardCache *cards.Cache
	if f.cards {
		cardCache = &cards.Cache{Dir: filepath.Join(cacheDir(f), "cards")}
	}
	return pipeline.Config{
		Content:   f.content,
		Out:       f.out,
		Site:      site.Config{BaseURL: f.baseURL, Title: f.title},
		Theme:     theme,
		KeepGoing: f.keepGoing,
		Glossary:  callsite.DefaultGlossary,
		Cards:     cardCache,
		Minify:    f.minify,
		CacheDir:  filepath.Join(cacheDir(f), "build"),
		Clean:     f.clean,
		WriteIDs:  f.writeIDs,
	}, nil
}
