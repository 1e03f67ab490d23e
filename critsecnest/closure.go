package critsecnest

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/flow"
)

// unreleased collects, over a function's exits, the release funcs that
// end a critical section (release := d.Lock(), or d.Lock() with its func
// discarded) and that the function neither calls nor hands on: the
// section their function began stays open.
type unreleased struct {
	exits int
	open  map[token.Pos]*openRelease
	order []token.Pos
}

type openRelease struct {
	tok   flow.Token
	exits int       // exits it is live at
	ret   token.Pos // the first of them
}

func (u *unreleased) add(ev *flow.Event, before *flow.State) {
	u.exits++
	for _, t := range before.Tokens() {
		if t.Kind != flow.TokClosure || t.Closure == nil || t.Closure.Sections >= 0 || t.Status&flow.Live == 0 || t.Escapes {
			continue
		}
		o := u.open[t.Site]
		if o == nil {
			o = &openRelease{tok: t, ret: ev.Pos}
			u.open[t.Site] = o
			u.order = append(u.order, t.Site)
		}
		o.exits++
		o.tok.Status |= t.Status
	}
}

func (u *unreleased) report(c *checker) {
	for _, site := range u.order {
		o := u.open[site]
		if !c.onceOpen.First(site) {
			continue
		}
		where := ""
		var rel []analysis.RelatedInformation
		if o.exits < u.exits || o.tok.Status != flow.Live {
			where = " on some path"
			rel = analysisutil.Related(o.ret, "this return leaves it open")
		}
		c.pass.Report(analysis.Diagnostic{
			Pos:      site,
			Category: ruleDroppedReleaseFunc,
			Message: fmt.Sprintf("the func %s returns to end its critical section is not called%s: the object stays locked; "+
				"defer it (defer x.Lock()())",
				o.tok.From, where),
			Related: rel,
		})
	}
}
