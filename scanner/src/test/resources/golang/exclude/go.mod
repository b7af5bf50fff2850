module example.org/app

go 1.22

require github.com/a/lib v1.5.0

exclude github.com/a/lib v1.5.0
