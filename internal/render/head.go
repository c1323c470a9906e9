package render

import (
	"html/template"
	"strings"
)

// HeadTags draws what a page's head says of it: the title, description,
// canonical URL, Open Graph and Twitter tags, share image, publication
// date, JSON-LD and feeds. In Go, as turnHTML, because every one of a
// site's tens of thousands of pages prints these dozen values through
// html/template's reflection; escaped as the template did (escape.go).
// The icons, stylesheets and scripts stay in the theme's shared partials.
func (c Common) HeadTags() template.HTML {
	site := c.Site.Config.Title
	var b strings.Builder
	b.Grow(1024 + 3*len(c.Description) + 2*len(c.ImageAlt))
	b.WriteString("<title>")
	writeText(&b, c.Title)
	if c.Path != "/" {
		b.WriteString(" · ")
		writeText(&b, site)
	}
	b.WriteString("</title>\n")
	if c.Description != "" {
		meta(&b, "name", "description", c.Description)
	}
	url := c.Abs(c.Path)
	b.WriteString("\n<link rel=\"canonical\" href=\"")
	writeURL(&b, url)
	b.WriteString("\">\n")
	meta(&b, "property", "og:site_name", site)
	b.WriteByte('\n')
	ogType := c.OGType
	if ogType == "" {
		ogType = "website"
	}
	meta(&b, "property", "og:type", ogType)
	b.WriteByte('\n')
	meta(&b, "property", "og:title", c.Title)
	b.WriteByte('\n')
	if c.Description != "" {
		meta(&b, "property", "og:description", c.Description)
		b.WriteByte('\n')
		meta(&b, "name", "twitter:description", c.Description)
	}
	b.WriteByte('\n')
	meta(&b, "property", "og:url", url)
	b.WriteByte('\n')
	meta(&b, "name", "twitter:title", c.Title)
	b.WriteByte('\n')
	if c.OGImage != "" {
		image := c.Abs(c.OGImage)
		meta(&b, "property", "og:image", image)
		b.WriteString("\n<meta property=\"og:image:width\" content=\"800\">\n<meta property=\"og:image:height\" content=\"420\">\n")
		if c.ImageAlt != "" {
			meta(&b, "property", "og:image:alt", c.ImageAlt)
			b.WriteByte('\n')
			meta(&b, "name", "twitter:image:alt", c.ImageAlt)
		}
		b.WriteString("\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
		meta(&b, "name", "twitter:image", image)
	} else {
		b.WriteString(`<meta name="twitter:card" content="summary">`)
	}
	b.WriteByte('\n')
	if c.Published != "" {
		meta(&b, "property", "article:published_time", c.Published)
	}
	b.WriteByte('\n')
	if ld := c.JSONLD(); ld != "" {
		// Trusted: JSON with <, > and & escaped (JSONLD).
		b.WriteString(`<script type="application/ld+json">`)
		b.WriteString(string(ld))
		b.WriteString("</script>")
	}
	b.WriteString("\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
	writeText(&b, site)
	b.WriteString(`" href="`)
	writeURL(&b, c.Link("/feed.xml"))
	b.WriteString("\">\n")
	if c.Feed != "" {
		b.WriteString(`<link rel="alternate" type="application/atom+xml" title="`)
		writeText(&b, c.Title)
		b.WriteString(`" href="`)
		writeURL(&b, c.Link(c.Feed))
		b.WriteString(`">`)
	}
	return template.HTML(b.String())
}

// meta writes <meta {attr}="{name}" content="{content}">.
func meta(b *strings.Builder, attr, name, content string) {
	b.WriteString("<meta " + attr + "=\"" + name + "\" content=\"")
	writeText(b, content)
	b.WriteString(`">`)
}
