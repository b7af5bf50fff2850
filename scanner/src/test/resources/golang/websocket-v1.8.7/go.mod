module example.org/chat

go 1.22.0

require nhooyr.io/websocket v1.8.7
