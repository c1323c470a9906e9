package transcript

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// secTickers is the U.S. SEC's list of company tickers (company_tickers.json,
// a work of the U.S. government and so in the public domain), reduced to
// "TICKER<tab>registered name" lines sorted by ticker. It is a snapshot of
// August 2025: today's tickers only, so a call of a company that has since
// merged or changed its ticker is not in it, and a reused ticker may point
// to another company. It is used as a hint and as the last fallback for a
// company's name, never over what the call itself says.
//
//go:embed sec_tickers.tsv
var secTickers string

type tickerList struct {
	name map[string]string // ticker -> registered name

	// byName is made on first use, apart from name: it cleans every
	// registered name (regular expressions over 10,000 lines, a tenth of
	// a rebuild's CPU), and only a ticker the call contradicts asks it.
	byNameOnce sync.Once
	byName     map[string][]string // Slug(registeredName(name)) -> tickers
}

var (
	tickersOnce sync.Once
	tickers     tickerList
)

func tickerTable() *tickerList {
	tickersOnce.Do(func() {
		tickers.name = map[string]string{}
		for _, line := range strings.Split(secTickers, "\n") {
			if tk, name, ok := strings.Cut(line, "\t"); ok {
				tickers.name[tk] = name
			}
		}
	})
	return &tickers
}

// tickersByName is the ticker table with byName made.
func tickersByName() *tickerList {
	t := tickerTable()
	t.byNameOnce.Do(func() {
		t.byName = map[string][]string{}
		// In the file's order (sorted by ticker), as the list of a name
		// always was.
		for _, line := range strings.Split(secTickers, "\n") {
			if tk, name, ok := strings.Cut(line, "\t"); ok {
				k := Slug(registeredName(name))
				t.byName[k] = append(t.byName[k], tk)
			}
		}
	})
	return t
}

// registeredCompany is the registered name of a ticker, as a company name
// ("CULLEN/FROST BANKERS, INC." is "CULLEN/FROST BANKERS"), or "".
func registeredCompany(ticker string) string {
	n, ok := tickerTable().name[strings.ToUpper(strings.TrimSpace(ticker))]
	if !ok {
		return ""
	}
	return registeredName(n)
}

// tickerOf is the one ticker registered under a company name, or "" when
// none or several are.
func tickerOf(company string) string {
	ts := tickersByName().byName[Slug(company)]
	if len(ts) != 1 {
		return ""
	}
	return ts[0]
}

// stateRe is the state of incorporation the SEC appends: "AMPHENOL CORP /DE/".
var stateRe = regexp.MustCompile(`\s*/[A-Z]{2,3}/?\s*$`)

func registeredName(n string) string {
	if strings.IndexByte(n, '/') >= 0 { // stateRe's, which tries every place of the name
		n = stateRe.ReplaceAllString(n, "")
	}
	return cleanCompany(n)
}

// displayName writes a registered name in capitals as a reader expects it:
// "CARMAX" is "Carmax", "AT&T" and "AZZ" stay (short or with a sign).
func displayName(n string) string {
	if strings.ToUpper(n) != n {
		return n
	}
	words := strings.Fields(n)
	for i, w := range words {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters <= 3 && !shortNameWords[w] || strings.ContainsAny(w, "&.0123456789") {
			continue // an acronym ("IBM", "AT&T"), kept in capitals
		}
		parts := strings.Split(w, "-")
		for j, p := range parts {
			parts[j] = titleWord(p)
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// shortNameWords are the English words of three letters or fewer that
// registered names spell in capitals among acronyms: "NEW JERSEY
// RESOURCES" is New Jersey Resources, "AES" stays AES.
var shortNameWords = map[string]bool{"NEW": true, "ONE": true, "TWO": true, "BIG": true, "OLD": true, "SUN": true, "RED": true,
	"AIR": true, "OIL": true, "GAS": true, "CAR": true, "BAY": true, "SEA": true, "TEN": true, "SIX": true, "DAY": true}

func titleWord(w string) string {
	lw := strings.ToLower(w)
	switch lw {
	case "of", "and", "the", "de", "for":
		return lw
	}
	for i, r := range lw {
		return string(unicode.ToUpper(r)) + lw[i+len(string(r)):]
	}
	return w
}
