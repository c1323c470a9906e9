package figures

// Numbers said in words: "seventy five", "one hundred and fifty", "two point
// five", "a hundred million", "seven and a half", fractions ("half a
// percent", "a quarter of a point", "three quarters of a billion") and
// spoken dollars ("a buck twenty", "two dollars and fifty cents"). All of
// it is table look-ups over tokens: no regular expressions.

import "strings"

// fractionWords are the fractions said before a unit or a scale.
var fractionWords = map[string]float64{"half": 0.5, "quarter": 0.25, "quarters": 0.25}

// unitAfterFraction are the words a fraction may measure: "half a percent",
// "a quarter point", "three quarters of a billion".
var unitAfterFraction = map[string]bool{
	"percent": true, "percentage": true, "point": true, "points": true, "basis": true, "pct": true,
	"million": true, "billion": true, "trillion": true, "thousand": true, "dollar": true, "dollars": true,
	"cent": true, "cents": true, "penny": true, "times": true,
}

// coins said as amounts: "a penny a share", "a nickel of EPS".
var coinWords = map[string]float64{"penny": 0.01, "pennies": 0.01, "nickel": 0.05, "nickels": 0.05, "dime": 0.10, "dimes": 0.10}

// numberWords are the words an amount said without a digit needs one of
// (parseAmount, parseBare): a number ("two", "forty"), a scale after "a"
// ("a million"), a fraction ("half a percent", "a quarter point"), "a
// buck", "a dollar" or a coin ("a penny a share").
var numberWords = func() map[string]bool {
	m := map[string]bool{"hundred": true, "buck": true, "dollar": true}
	for _, words := range []map[string]float64{onesWords, tensWords, scaleWords, fractionWords, coinWords} {
		for w := range words {
			m[w] = true
		}
	}
	return m
}()

// unitWords are the words an amount said without a digit needs one of
// besides its number (parseAmount): a scale ("a million", "two billion
// dollars"), a unit read after the number ("five percent", "fifty basis
// points", "ten cents", "three times", "a point") or a currency ("two
// dollars", "a penny a share"); and the currency codes said before a
// number ("Rs 2020 crore", "EUR 1900"), which make a year an amount. Its
// other units are symbols ("$", "%", "€"), and a short scale ("$1.2B") goes
// with a symbol. ("percentage" and "basis" need "points" after them, "per"
// needs "cent".)
var unitWords = func() map[string]bool {
	m := map[string]bool{"percent": true, "pct": true, "cent": true, "cents": true, "bps": true, "bp": true, "bips": true,
		"bip": true, "points": true, "point": true, "pts": true, "pt": true, "times": true, "buck": true, "dollar": true}
	for _, words := range []map[string]string{currencyWords, currencyCodes} {
		for w := range words {
			m[w] = true
		}
	}
	for _, words := range []map[string]float64{scaleWords, coinWords} {
		for w := range words {
			m[w] = true
		}
	}
	return m
}()

// spelledShapes are the shapes of numberWords and unitWords alone:
// numberSaid and amountMayBeSaid read every word of a paragraph and ask
// only whether it is of these two classes, which far fewer words have the
// shape of than classOf's shapes of every class.
var spelledShapes = shapesOf(numberWords, unitWords)

// amountMayBeSaid reports whether find may read an amount in a text s
// (low, in lower case): one that is not ASCII, or says "$", "%" or a digit
// other than one rejected reads as no amount (noAmountDigits: a year's,
// "Q1", "2Q", "10-K", "COVID-19"), or one of unitWords with such a digit
// or one of numberWords (as in numberSaid, a word token of an ASCII text
// is a run of its letters). A paragraph that says a number ("one of our",
// "the fourth quarter", "in 2019", "in Q1") but no amount is then not
// tokenized: without a currency or a unit, those digits are no amount
// (rejected), and a number said in words needs one.
func amountMayBeSaid(s, low string) bool {
	if !isASCII(s) || len(low) != len(s) || signSaid(low) {
		return true
	}
	number, unit := digitSaid(low), false // (eight bytes at a time: cheaper than the words)
	if number && !noAmountDigits(low) {
		return true
	}
	for i := 0; i < len(low); {
		switch c := low[i]; {
		case c >= 'a' && c <= 'z':
			j := i + 1
			for j < len(low) && low[j] >= 'a' && low[j] <= 'z' {
				j++
			}
			if w := low[i:j]; spelledShapes.has(w) {
				class := classOf(w)
				number, unit = number || class&cNumber != 0, unit || class&cUnit != 0
				if number && unit {
					return true
				}
			}
			i = j
		default:
			i++
		}
	}
	return false
}

// noAmountDigits reports whether every run of digits of s (ASCII, in
// lower case) is one that rejected reads as no amount when the number has
// no currency: a year (four digits from 1900 to 2100, no decimals after),
// a number glued to the word before it ("q1", "fy20") or to a word after
// it that is no scale ("2q", "4th"), before a hyphen and a word ("10-k",
// "5-year"), or after a word or number and a hyphen ("covid-19"). Only
// the first run of a number's token decides (a token holds more when a
// comma or a point joins them), and each of these is the first of its
// own, or says so of the token it opens.
func noAmountDigits(s string) bool {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if !yearAt(s, i, j) && !gluedBefore(s, i) && !gluedAfter(s, j) && !hyphenWordAfter(s, j) && !hyphenBefore(s, i) {
			return false
		}
		i = j
	}
	return true
}

// yearAt reports the digits s[i:j] a year, as rejected reads one.
func yearAt(s string, i, j int) bool {
	y := s[i:j]
	return len(y) == 4 && y >= "1900" && y <= "2100" && !(j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]))
}

// gluedBefore reports digits from i glued to a word before them: "Q2, FY20".
func gluedBefore(s string, i int) bool {
	return i > 0 && isASCIILetter(s[i-1])
}

// gluedAfter reports digits up to j glued to a word after them that is no
// scale ("2Q, 5G, 1st, 3D"), the word's token its letters alone.
func gluedAfter(s string, j int) bool {
	w, ok := lettersAt(s, j)
	_, scale := gluedScales[w]
	return ok && !scale && w != "x"
}

// hyphenWordAfter reports digits up to j before a hyphen and a word, the
// word's token its letters alone: "20-year, 10-K, 6-month".
func hyphenWordAfter(s string, j int) bool {
	if j >= len(s) || s[j] != '-' {
		return false
	}
	w, ok := lettersAt(s, j+1)
	return ok && w != "plus"
}

// hyphenBefore reports digits from i after a hyphen glued to a word or a
// number: "COVID-19".
func hyphenBefore(s string, i int) bool {
	return i >= 2 && s[i-1] == '-' && (isASCIILetter(s[i-2]) || isDigit(s[i-2]))
}

// lettersAt is the run of ASCII letters at s[i:] when the tokenizer reads
// it as a word of its own, neither empty nor joined by an apostrophe (ok).
func lettersAt(s string, i int) (string, bool) {
	k := i
	for k < len(s) && isASCIILetter(s[k]) {
		k++
	}
	return s[i:k], k > i && (k == len(s) || s[k] != '\'') // (s is ASCII: no rune joins the word)
}

// numberSaid reports a text in lower case (as strings.ToLower gives it),
// or an ASCII text in any case, with a digit or one of numberWords as a
// word: a text without either says no amount, and is not tokenized to
// find that out. (A word token in numberWords is a run of ASCII letters
// of the text in lower case between bytes that are none, so it is read
// here as the same word; an ASCII text's runs are those of its lower case.)
func numberSaid(s string) bool {
	if digitSaid(s) {
		return true // (eight bytes at a time: cheaper than the words)
	}
	var buf [32]byte // a run with a capital, lower-cased
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isDigit(c):
			return true
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j, capital := i, false
			for ; j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z'); j++ {
				capital = capital || s[j] <= 'Z'
			}
			w := s[i:j]
			if capital && len(w) <= len(buf) {
				for k := range len(w) {
					buf[k] = w[k] | 0x20 // (an ASCII letter's lower case)
				}
				w = string(buf[:len(w)])
			} else if capital {
				w = strings.ToLower(w)
			}
			if spelledShapes.has(w) && classOf(w)&cNumber != 0 {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return false
}

// parseSpelled reads a number said in words ("seventy five", "one hundred
// and fifty", "two point five", "a hundred", "a million") and returns its
// value and the next index.
func parseSpelled(toks []token, k int) (float64, int, bool) {
	cur := 0.0
	n := k
	any := false
	lastOnes := false
	// "a hundred", "an eighty" no; "a million", "a billion": one of the scale
	if (isWord(toks, n, "a") || isWord(toks, n, "an")) && n+1 < len(toks) && toks[n+1].kind == tWord &&
		(toks[n+1].low == "hundred" || scaleWords[toks[n+1].low] >= 1e3 && !isPlural(toks[n+1].low) && toks[n+1].low[len(toks[n+1].low)-1] != 's') {
		cur, any = 1, true
		n++
	}
	for n < len(toks) && toks[n].kind == tWord {
		w := toks[n].low
		if v, ok := onesWords[w]; ok {
			if lastOnes {
				break
			}
			if any && int(cur)%100 != 0 && !(int(cur)%10 == 0 && v < 10) {
				break
			}
			cur += v
			any, lastOnes = true, true
			n++
			continue
		}
		if v, ok := tensWords[w]; ok {
			if any && int(cur)%100 != 0 {
				break
			}
			cur += v
			any, lastOnes = true, false
			n++
			if isSym(toks, n, "-") && glued(toks, n) && n+1 < len(toks) && glued(toks, n+1) && toks[n+1].kind == tWord {
				if o, ok := onesWords[toks[n+1].low]; ok && o < 10 && o > 0 {
					cur += o
					n += 2
					lastOnes = true
				}
			}
			continue
		}
		if w == "hundred" && any && cur < 100 {
			cur *= 100
			lastOnes = false
			n++
			if isWord(toks, n, "and") && n+1 < len(toks) && (onesWords[toks[n+1].low] > 0 || tensWords[toks[n+1].low] > 0) {
				n++
			}
			continue
		}
		break
	}
	if !any {
		return 0, k, false
	}
	// "two point five"
	if isWord(toks, n, "point") && n+1 < len(toks) {
		if v, ok := onesWords[toks[n+1].low]; ok && v < 10 {
			frac, scale := 0.0, 0.1
			m := n + 1
			for m < len(toks) {
				d, ok := onesWords[toks[m].low]
				if !ok || d >= 10 || toks[m].kind != tWord {
					break
				}
				frac += d * scale
				scale /= 10
				m++
			}
			cur += frac
			n = m
		}
	}
	return cur, n, true
}

// parseFraction reads a fraction said before a unit or scale: "half a",
// "a half", "one half of a", "a quarter of a", "three quarters of an",
// "a half a". It returns the value and the index of the unit or scale word.
func parseFraction(toks []token, k int) (float64, int, bool) {
	n := k
	mult := 1.0
	switch {
	case isWord(toks, n, "a") || isWord(toks, n, "an") || isWord(toks, n, "one"):
		n++
	case isWord(toks, n, "three") && (isWord(toks, n+1, "quarters") || isSym(toks, n+1, "-") && isWord(toks, n+2, "quarters")):
		mult = 3
		n++
		if isSym(toks, n, "-") {
			n++
		}
	}
	if n >= len(toks) || toks[n].kind != tWord {
		return 0, k, false
	}
	v, ok := fractionWords[toks[n].low]
	if !ok || (toks[n].low == "quarters") != (mult == 3) {
		return 0, k, false
	}
	n++
	// "of a", "a", "an"
	if isWord(toks, n, "of") && (isWord(toks, n+1, "a") || isWord(toks, n+1, "an")) {
		n += 2
	} else if isWord(toks, n, "a") || isWord(toks, n, "an") {
		n++
	}
	if n >= len(toks) || toks[n].kind != tWord || !unitAfterFraction[toks[n].low] {
		return 0, k, false
	}
	if (toks[n].low == "dollar" || toks[n].low == "cent") && n == k+1 {
		return 0, k, false // "half dollar" is a coin, not half of one
	}
	return v * mult, n, true
}

// andFraction reads "and a half", "and a quarter", "and three quarters"
// after a number, when a unit or scale follows ("seven and a half
// percent", "two and a half billion").
func andFraction(toks []token, n int) (float64, int) {
	if !isWord(toks, n, "and") {
		return 0, n
	}
	v, m, ok := parseFraction(toks, n+1)
	if !ok || isWord(toks, n+1, "one") {
		return 0, n
	}
	// parseFraction stops on the unit; "and a half a percent" is not said
	if isWord(toks, m-1, "a") || isWord(toks, m-1, "an") {
		if !isWord(toks, n+1, "a") || m-1 != n+3 {
			return 0, n
		}
	}
	return v, m
}

// spokenCents reads the cents said after spoken dollars: "a buck twenty",
// "two dollars and fifty cents", "$31 and 40 cents". It returns the cents
// as a fraction of a dollar and the next index.
func spokenCents(toks []token, n int) (float64, int) {
	m := n
	and := false
	if isWord(toks, m, "and") {
		and = true
		m++
	}
	var v float64
	var e int
	switch {
	case m < len(toks) && toks[m].kind == tNum && toks[m].end-toks[m].start <= 2:
		v, e = toks[m].num, m+1
	case m < len(toks) && toks[m].kind == tWord:
		x, j, ok := parseSpelled(toks, m)
		if !ok || j == m || isWord(toks, m, "a") {
			return 0, n
		}
		v, e = x, j
	default:
		return 0, n
	}
	if v != float64(int(v)) || v <= 0 || v >= 100 {
		return 0, n
	}
	if isWord(toks, e, "cents") || isWord(toks, e, "cent") {
		return v / 100, e + 1
	}
	if and {
		return 0, n // "two dollars and five more" is not cents
	}
	// "a buck twenty": the cents end the amount
	if e < len(toks) && toks[e].kind == tWord && !centsFollow[toks[e].low] {
		return 0, n
	}
	if e < len(toks) && toks[e].kind == tNum {
		return 0, n
	}
	return v / 100, e
}

// words that may follow "a buck twenty" without making "twenty" a count.
var centsFollow = map[string]bool{
	"per": true, "a": true, "an": true, "of": true, "in": true, "for": true, "to": true, "and": true, "or": true,
	"versus": true, "vs": true, "compared": true, "which": true, "that": true, "this": true, "last": true,
	"on": true, "at": true, "up": true, "down": true, "from": true, "with": true, "is": true, "was": true,
	"including": true, "excluding": true, "plus": true, "so": true, "but": true, "uh": true, "um": true,
	"range": true, "or so": true,
}
