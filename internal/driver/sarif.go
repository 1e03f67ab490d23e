package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/docs"
	"github.com/pyvet/pyvet/internal/rules"
)

// SARIF 2.1.0, the parts pyvet fills in.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	Invocations        []sarifInvocation           `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult               `json:"results"`
	ColumnKind         string                      `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifMultiformat struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 sarifMultiformat  `json:"help"`
	HelpURI              string            `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleDefaults `json:"defaultConfiguration"`
	Properties           sarifRuleProps    `json:"properties"`
}

type sarifRuleDefaults struct {
	Level string `json:"level"`
}

// sarifRuleProps are the rule properties GitHub code scanning reads.
type sarifRuleProps struct {
	Tags      []string `json:"tags"`
	Precision string   `json:"precision"`
	Severity  string   `json:"problem.severity"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string    `json:"level"`
	Message sarifText `json:"message"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           sarifRegion      `json:"region"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifText       `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	Fixes            []sarifFix      `json:"fixes,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

// firstParagraph is markdown or a Doc up to its first blank line, on one
// line.
func firstParagraph(doc string) string {
	para, _, _ := strings.Cut(strings.TrimSpace(doc), "\n\n")
	return strings.Join(strings.Fields(para), " ")
}

func firstDocLine(doc string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(doc), "\n")
	return strings.TrimSpace(line)
}

// sarifRules returns the rules of the checks that ran: each registered rule
// ID, with its description and help from its section of the docs, then
// one rule per check, named by the check, for findings without a rule ID.
func sarifRules(checks []*analysis.Analyzer) []sarifRule {
	var out []sarifRule
	ran := map[string]bool{rules.Directives: true}
	for _, a := range checks {
		ran[a.Name] = true
	}
	tags := func(check string) []string { return []string{"correctness", "free-threading", check} }
	for _, r := range rules.All() {
		if !ran[r.Check()] {
			continue
		}
		page := strings.TrimPrefix(r.Page(), "docs/")
		md, _ := docs.Section(page, r.ID)
		full := cmp.Or(firstParagraph(md), r.Short)
		out = append(out, sarifRule{
			ID:                   r.ID,
			Name:                 r.Name(),
			ShortDescription:     sarifText{r.Short},
			FullDescription:      sarifText{full},
			Help:                 sarifMultiformat{Text: cmp.Or(md, r.Short), Markdown: md},
			HelpURI:              r.URL(),
			DefaultConfiguration: sarifRuleDefaults{Level: "warning"},
			Properties:           sarifRuleProps{Tags: tags(r.Check()), Precision: "high", Severity: "warning"},
		})
	}
	for _, a := range checks {
		para := firstParagraph(a.Doc)
		md, _ := docs.Section(a.Name+".md", "What it finds")
		out = append(out, sarifRule{
			ID:                   a.Name,
			Name:                 a.Name,
			ShortDescription:     sarifText{strings.TrimPrefix(firstDocLine(a.Doc), a.Name+": ")},
			FullDescription:      sarifText{para},
			Help:                 sarifMultiformat{Text: para, Markdown: md},
			HelpURI:              a.URL,
			DefaultConfiguration: sarifRuleDefaults{Level: "warning"},
			Properties:           sarifRuleProps{Tags: tags(a.Name), Precision: "high", Severity: "warning"},
		})
	}
	return out
}

// PrintSARIF prints a SARIF 2.1.0 log for GitHub code scanning and other
// SARIF readers: one rule per rule ID (help: its section of the docs, as
// markdown; helpUri: that section's URL), every finding a warning located
// in the user's file relative to the module root (uriBaseId SRCROOT), with
// its related positions and suggested fixes, and the packages that could
// not be fully analyzed as notifications.
func (res *Result) PrintSARIF(w io.Writer, tool, version, infoURI string) error {
	root := res.ModuleRoot
	if root == "" {
		root, _ = os.Getwd()
	}
	root = filepath.Clean(root)
	rs := sarifRules(res.Analyzers)
	index := map[string]int{}
	for i, r := range rs {
		index[r.ID] = i
	}
	cols := newColumnMapper(res.read)
	region := func(posn, end token.Position) sarifRegion {
		if !end.IsValid() || end.Filename != posn.Filename {
			end = posn
		}
		return sarifRegion{StartLine: posn.Line, StartColumn: cols.column(posn), EndLine: end.Line, EndColumn: cols.column(end)}
	}
	loc := func(posn, end token.Position, msg string) sarifLocation {
		l := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(root, posn.Filename), Region: region(posn, end)}}
		if msg != "" {
			l.Message = &sarifText{msg}
		}
		return l
	}
	results := []sarifResult{}
	for _, d := range res.Diagnostics {
		i, ok := index[d.Rule()]
		if c, known := index[d.Analyzer.Name]; !ok && known {
			// A rule ID not (yet) registered: described as its check.
			r := rs[c]
			r.ID, r.Name = d.Rule(), d.Rule()
			i, ok = len(rs), true
			index[r.ID] = i
			rs = append(rs, r)
		}
		if !ok {
			continue // a check outside the suite's list (tests' hooks)
		}
		r := sarifResult{
			RuleID:    d.Rule(),
			RuleIndex: i,
			Level:     "warning",
			Message:   sarifText{d.Message},
			Locations: []sarifLocation{loc(d.Posn, d.End, "")},
		}
		for j, rel := range d.Related {
			l := loc(res.Fset.Position(rel.Pos), res.Fset.Position(cmp.Or(rel.End, rel.Pos)), rel.Message)
			l.ID = new(j + 1)
			r.RelatedLocations = append(r.RelatedLocations, l)
		}
		for _, fix := range d.SuggestedFixes {
			r.Fixes = append(r.Fixes, res.sarifFix(root, fix, region))
		}
		results = append(results, r)
	}
	inv := sarifInvocation{ExecutionSuccessful: len(res.LoadErrors) == 0}
	for _, e := range res.LoadErrors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error", Message: sarifText{e}})
	}
	for _, warn := range res.Warnings {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "warning", Message: sarifText{warn.String()}})
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:               sarifTool{Driver: sarifDriver{Name: tool, Version: version, InformationURI: infoURI, Rules: rs}},
			Invocations:        []sarifInvocation{inv},
			OriginalURIBaseIDs: map[string]sarifArtifactLoc{"SRCROOT": {URI: fileURI(root) + "/"}},
			Results:            results,
			ColumnKind:         "unicodeCodePoints",
		}},
	}
	data, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// sarifFix is a suggested fix as SARIF artifact changes, one per file, in
// the user's files (the fix's edits already target them).
func (res *Result) sarifFix(root string, fix analysis.SuggestedFix, region func(posn, end token.Position) sarifRegion) sarifFix {
	f := sarifFix{Description: sarifText{fix.Message}}
	byFile := map[string]int{}
	for _, e := range fix.TextEdits {
		posn, end := res.Fset.Position(e.Pos), res.Fset.Position(cmp.Or(e.End, e.Pos))
		i, ok := byFile[posn.Filename]
		if !ok {
			i = len(f.ArtifactChanges)
			byFile[posn.Filename] = i
			f.ArtifactChanges = append(f.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifact(root, posn.Filename)})
		}
		f.ArtifactChanges[i].Replacements = append(f.ArtifactChanges[i].Replacements, sarifReplacement{
			DeletedRegion:   region(posn, end),
			InsertedContent: sarifText{string(e.NewText)},
		})
	}
	return f
}
