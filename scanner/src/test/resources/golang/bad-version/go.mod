module example.org/app

go 1.22

require github.com/a/lib 1.0
