module example.org/app

go 1.22

toolchain go1.22.3

require (
	golang.org/x/net v1.2.3
	github.com/BurntSushi/toml v1.0.0
	example.org/everywhere v1.0.0
	example.org/other-version v0.5.0
)

replace (
	golang.org/x/net v1.2.3 => example.com/fork/net v1.4.5
	example.org/everywhere => example.org/everywhere-fork v1.1.0
	example.org/other-version v0.4.0 => example.org/unused v9.9.9
	github.com/BurntSushi/toml => ../toml
)
