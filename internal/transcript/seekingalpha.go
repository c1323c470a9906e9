package transcript

import (
	"regexp"
	"strings"
)

// Seeking Alpha text is read by readPlain (plain.go): it shares the
// header, participant lists and "Question-and-Answer Session" line with
// the plain format, and its speaker lines are a listed participant's name
// (or Operator, or an unlisted "Unidentified Analyst") alone on a line.
// What is specific to it lives here.
//
//	American Express Company (NYSE:AXP) Q3 2018 Earnings Conference Call October 18, 2018  5:00 PM ET
//	Executives
//	Edmund Reese - IR
//	Analysts
//	Don Fandetti - Wells Fargo
//	Operator
//	Good day and welcome ...

// isSeekingAlpha reports whether a plain-text draft has the Seeking Alpha
// shape: a title line with "(EXCHANGE:TICKER)" and participant lists.
func isSeekingAlpha(d *draft) bool {
	if len(d.participants) == 0 {
		return false
	}
	for i, n := range d.notes {
		if i >= 3 {
			break
		}
		if tickerRe.MatchString(n.Text) {
			return true
		}
	}
	return false
}

// unlistedSpeakers are the labels Seeking Alpha uses for voices it could
// not name; they start a turn alone on a line like a listed name.
var unlistedSpeakers = map[string]bool{
	"unidentified analyst": true, "unidentified company representative": true,
	"unidentified participant": true, "unidentified speaker": true,
	"unidentified company speaker": true, "unknown speaker": true,
	"unknown analyst": true, "unidentified corporate participant": true,
	"unidentified audience member": true, "unknown executive": true,
	"unidentified company participant": true,
}

func isUnlistedSpeaker(s string) bool {
	return unlistedSpeakers[strings.ToLower(strings.TrimSpace(s))]
}

var qaPrefixRe = regexp.MustCompile(`^[QA]\s+-\s+(.+)$`)

// qaPrefixed reads Seeking Alpha's "Q - Name" and "A - Name" speaker lines
// (webcast questions read out by the company).
func qaPrefixed(line string, known map[string]participant) (string, bool) {
	mm := qaPrefixRe.FindStringSubmatch(line)
	if mm == nil {
		return "", false
	}
	who := strings.TrimSpace(mm[1])
	if _, ok := known[nameKey(who)]; ok || isUnlistedSpeaker(who) || isOperatorName(who) {
		return normText(who), true
	}
	return "", false
}
