package glossary

import (
	"testing"

	"callsite/internal/testshared"
)

// TestMain names the gates that skipped (testshared.Missing) in one line.
func TestMain(m *testing.M) { testshared.Main(m) }
