module example.org/app

go 1.22

requires github.com/a/lib v1.0.0
