module example.org/app

go 1.22

require (
	github.com/a/lib v1.0.0
