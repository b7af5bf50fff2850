module example.org/app

go 1.22

require (
	golang.org/x/net v1.2.3
	golang.org/x/net v0.5.6
)
