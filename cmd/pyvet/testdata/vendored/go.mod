// Module vendored exercises vendored code: example.com/vend exists only
// under vendor/ (go uses vendor/ by default, since go.mod says go 1.14 or
// later and vendor/modules.txt agrees with it). pyvet ./... does not
// report inside vendor/ (the go command's ./... never matches it) but
// reports callers of its wrapper (through facts).
module example.com/vendored

go 1.26

require example.com/vend v0.0.0
