// Package parallel runs indexed work on a fixed number of goroutines.
package parallel

import "sync"

// Each runs do(0), ..., do(n-1) on at most workers goroutines (at least
// one) and returns when all have returned. Callers that collect results
// index them by i, so the order of the results does not depend on the
// order the work finishes in.
func Each(n, workers int, do func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(max(workers, 1), n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
