// Command diplograph-ferretdb runs FerretDB (SQLite backend) as a local MongoDB-protocol server
// for development and tests on machines where no mongod binary can be had.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// sqlitePragmas are set on every SQLite connection FerretDB opens.
//   - synchronous=NORMAL: in WAL mode the database stays consistent after a crash of this process
//     and syncs to disk at checkpoints, not on every commit.
//   - cache_size: SQLite's default page cache is 2 MB per connection, so once the tables and
//     indexes outgrow it every index lookup and insert rereads its B-tree pages from the file;
//     the cost of each write then grows with the corpus. 128 MB per connection is an upper
//     bound, pages are only taken as they are read.
//   - mmap_size: pages are read from the memory-mapped file instead of copied by read calls.
//   - temp_store=MEMORY: sorts and temporary indexes SQLite builds stay off the disk.
const sqlitePragmas = "_pragma=synchronous(normal)&_pragma=cache_size(-131072)" +
	"&_pragma=mmap_size(2147483648)&_pragma=temp_store(memory)"

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	dataDir := flag.String("data", "", "directory for the SQLite files (required)")
	flag.Parse()
	if *dataDir == "" {
		fmt.Fprintln(os.Stderr, "diplograph-ferretdb: -data is required")
		os.Exit(2)
	}

	// Die with the parent: the server is a helper process and must never outlive it,
	// even when the parent is killed with SIGKILL.
	_, _, _ = syscall.RawSyscall(syscall.SYS_PRCTL, syscall.PR_SET_PDEATHSIG, uintptr(syscall.SIGTERM), 0)
	parent := os.Getppid()

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dataDir + "/?" + sqlitePragmas,
		Logger:    logger,
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "diplograph-ferretdb: %v\n", err)
		os.Exit(1)
	}

	done := make(chan struct{})
	go func() {
		_ = f.Run(ctx)
		close(done)
	}()

	go func() {
		for {
			select {
			case <-done:
				return
			case <-time.After(500 * time.Millisecond):
				if os.Getppid() != parent {
					stop()
					return
				}
			}
		}
	}()

	// Announce readiness only once the port accepts connections.
	deadline := time.Now().Add(30 * time.Second)
	for {
		conn, err := net.DialTimeout("tcp", *listen, 200*time.Millisecond)
		if err == nil {
			conn.Close()
			break
		}
		if time.Now().After(deadline) {
			fmt.Fprintf(os.Stderr, "diplograph-ferretdb: %s did not accept connections within 30s\n", *listen)
			os.Exit(1)
		}
		select {
		case <-done:
			os.Exit(1)
		case <-time.After(50 * time.Millisecond):
		}
	}
	fmt.Printf("ready mongodb://%s/\n", *listen)

	<-done
}
