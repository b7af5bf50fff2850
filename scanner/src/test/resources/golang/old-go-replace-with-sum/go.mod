module example.com/app

go 1.16

require example.com/router v1.0.0

replace example.com/router => github.com/gorilla/mux v1.7.2
