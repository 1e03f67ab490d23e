module example.com/cgooff

go 1.26
