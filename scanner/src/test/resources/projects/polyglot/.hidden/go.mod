module example.org/ignored

go 1.22

require nhooyr.io/websocket v1.8.10
