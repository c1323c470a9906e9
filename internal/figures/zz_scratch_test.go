package figures

import "testing"

func TestScratchDiscards(t *testing.T) {
	calls, _, _ := realTurns(t, 20)
	var nDisc, nDiscTok, bDiscTok, nOK, bOK, bAll int
	for _, turns := range calls {
		for _, paras := range turns {
			for last := len(paras) - 1; last >= 0; last-- {
				bAll += len(paras[last])
				said := paras[last]
				low := lower(said)
				if !isASCII(said) {
					said = low
				}
				if !numberSaid(said) {
					continue
				}
				r := readParagraph(paras[last], low)
				if r.amountsEnd > 0 {
					nOK++
					bOK += len(paras[last])
					r.release()
					break
				}
				nDisc++
				if !r.amountless {
					nDiscTok++
					bDiscTok += len(paras[last])
				}
				r.release()
			}
		}
	}
	t.Logf("discarded %d (tokenized %d, %d bytes); found %d (%d bytes); all bytes %d", nDisc, nDiscTok, bDiscTok, nOK, bOK, bAll)
}
