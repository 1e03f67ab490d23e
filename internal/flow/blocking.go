package flow

import (
	"go/types"
	"strings"
)

// The Go side of "what blocks": the one list pyvet keeps of Go operations
// that can wait indefinitely (the C side is capi.Func.Blocks). A goroutine
// waiting on any of these while its thread state is attached keeps every
// other thread (and the free-threaded garbage collector's stop-the-world
// pause) waiting on it.
//
// Language operations, recognized by the engine itself:
//
//	ch <- v                 channel send (except to a channel made with room for it, see below)
//	<-ch, v := <-ch         channel receive
//	for v := range ch       receive per iteration
//	select { … }            a select without a default case (its cases do not count one by one)
//
// A send does not block, and is not reported, when the channel is a local
// variable made in the same function with make(chan T, N), N a constant,
// with at most N sends on any path, those of the goroutines it starts
// with go func(){…}() outside loops included (roomy.go).
//
// Functions and methods, by package path, receiver type and name (a "*"
// entry for the name matches every method of that type). Interface
// methods (net.Conn.Read) match by the interface's name.
var goBlocking = map[string]map[string][]string{
	"time": {"": {"Sleep"}},
	"sync": {
		"Mutex":     {"Lock"},
		"RWMutex":   {"Lock", "RLock"},
		"WaitGroup": {"Wait"},
		"Cond":      {"Wait"},
	},
	"net": {
		"": {"Dial", "DialTimeout", "DialIP", "DialTCP", "DialUDP", "DialUnix", "Listen", "ListenPacket",
			"LookupHost", "LookupIP", "LookupAddr", "LookupCNAME", "LookupMX", "LookupNS", "LookupSRV", "LookupTXT", "LookupPort"},
		"Conn":         {"Read", "Write"},
		"PacketConn":   {"ReadFrom", "WriteTo"},
		"Listener":     {"Accept"},
		"TCPConn":      {"Read", "Write", "ReadFrom", "WriteTo"},
		"UDPConn":      {"Read", "Write", "ReadFrom", "WriteTo", "ReadFromUDP", "WriteToUDP", "ReadMsgUDP", "WriteMsgUDP"},
		"UnixConn":     {"Read", "Write", "ReadFrom", "WriteTo", "ReadFromUnix", "WriteToUnix"},
		"IPConn":       {"Read", "Write", "ReadFrom", "WriteTo"},
		"TCPListener":  {"Accept", "AcceptTCP"},
		"UnixListener": {"Accept", "AcceptUnix"},
		"Dialer":       {"Dial", "DialContext"},
		"Resolver":     {"LookupHost", "LookupIP", "LookupIPAddr", "LookupAddr", "LookupCNAME", "LookupMX", "LookupNS", "LookupSRV", "LookupTXT", "LookupPort"},
	},
	"net/http": {
		"":             {"Get", "Head", "Post", "PostForm", "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"},
		"Client":       {"Do", "Get", "Head", "Post", "PostForm"},
		"Server":       {"ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS", "Shutdown"},
		"Transport":    {"RoundTrip"},
		"RoundTripper": {"RoundTrip"},
	},
	"os": {
		"": {"Open", "OpenFile", "Create", "ReadFile", "WriteFile", "ReadDir"},
		"File": {"Read", "ReadAt", "Write", "WriteAt", "WriteString", "ReadFrom", "WriteTo", "Sync",
			"ReadDir", "Readdir", "Readdirnames"},
		"Process": {"Wait"},
	},
	"os/exec": {
		"Cmd": {"Run", "Wait", "Output", "CombinedOutput"},
	},
}

// blockingName returns how fn is written ("time.Sleep",
// "sync.(*Mutex).Lock"), and whether the table lists it.
func blockingName(fn *types.Func) (string, bool) {
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	byType, ok := goBlocking[fn.Pkg().Path()]
	if !ok {
		return "", false
	}
	recv := recvName(fn)
	for _, n := range byType[recv] {
		if n == fn.Name() {
			return displayName(fn), true
		}
	}
	return "", false
}

// recvName returns the name of fn's receiver type ("" for a function).
func recvName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// displayName writes fn as a user would: "time.Sleep", "sync.(*Mutex).Lock",
// "pkg.T.M" (the package's last path element).
func displayName(fn *types.Func) string {
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
		if i := strings.LastIndex(pkg, "/"); i >= 0 {
			pkg = pkg[i+1:]
		}
		pkg += "."
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return pkg + fn.Name()
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		if n, ok := types.Unalias(p.Elem()).(*types.Named); ok {
			return pkg + "(*" + n.Obj().Name() + ")." + fn.Name()
		}
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return pkg + n.Obj().Name() + "." + fn.Name()
	}
	return pkg + fn.Name()
}

// FullName returns fn as the -blocking.funcs flag spells it: the package
// path, then the function or "(*T).M" / "T.M": "example.com/q.Wait",
// "example.com/q.(*Queue).Pop".
func FullName(fn *types.Func) string {
	path := ""
	if fn.Pkg() != nil {
		path = fn.Pkg().Path() + "."
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return path + fn.Name()
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		if n, ok := types.Unalias(p.Elem()).(*types.Named); ok {
			return path + "(*" + n.Obj().Name() + ")." + fn.Name()
		}
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return path + n.Obj().Name() + "." + fn.Name()
	}
	return path + fn.Name()
}

// DisplayName is displayName for the checks' messages.
func DisplayName(fn *types.Func) string { return displayName(fn) }
