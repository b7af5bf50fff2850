// a comment before the module line
module "example.org/app" // the path may be quoted

require (
	github.com/a/direct v1.2.3
	github.com/b/indirect v0.0.0-20210101000000-abcdef123456 // indirect
	github.com/c/v2 v2.0.1 // indirect; needed by a test
	github.com/d/incompatible v3.0.0+incompatible
)

require `github.com/e/backquoted` v1.0.0 // indirect

tool example.org/tools/cmd/gen

tool (
	example.org/tools/cmd/other
)

go 1.21.0
