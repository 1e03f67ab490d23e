package gclplugin

// Fresh is fresh, for the test that every check of the suite takes settings.
var Fresh = fresh
