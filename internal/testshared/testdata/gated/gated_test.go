// Package gated is run by testshared's TestGateSkipsNamed: one gate that
// always misses what it needs, and one test that runs.
package gated

import (
	"testing"

	"callsite/internal/testshared"
)

func TestMain(m *testing.M) { testshared.Main(m) }

func TestNeedsMoon(t *testing.T) {
	t.Run("sub", func(t *testing.T) { testshared.Missing(t, "the moon not found") })
}

func TestNeedsNothing(t *testing.T) {}
