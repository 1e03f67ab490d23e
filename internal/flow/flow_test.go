package flow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/internal/flow"
)

func TestFacts(t *testing.T) {
	rs := analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "engine")
	for _, r := range rs {
		if len(r.Pass.TypeErrors) > 0 {
			t.Errorf("%s: type errors: %v", r.Pass.Pkg.Path(), r.Pass.TypeErrors)
		}
	}
}

func TestSectionFacts(t *testing.T) {
	rs := analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "sections")
	for _, r := range rs {
		if len(r.Pass.TypeErrors) > 0 {
			t.Errorf("%s: type errors: %v", r.Pass.Pkg.Path(), r.Pass.TypeErrors)
		}
	}
}
