module example.org/app

require (
	github.com/a/lib
)
