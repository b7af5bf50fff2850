module example.org/chat

go 1.22.0

// the websocket library is pinned here on purpose
require (
	github.com/google/uuid v1.6.0
	nhooyr.io/websocket v1.8.10 // the version with the goroutine spike on close
)

require golang.org/x/sys v0.20.0 // indirect
