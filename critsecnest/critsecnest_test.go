package critsecnest_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/critsecnest"
	"github.com/pyvet/pyvet/internal/checktest"
)

func TestCritSecNest(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), critsecnest.Analyzer, "a")
	checktest.Loaded(t, results)
}
