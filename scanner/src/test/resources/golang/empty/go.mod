module example.org/empty

go 1.22
