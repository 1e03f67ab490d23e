package util

var Internal = internal
