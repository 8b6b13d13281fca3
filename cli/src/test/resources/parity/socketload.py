#!/usr/bin/env python3
"""Holds PAIRS established TCP connections on 127.0.0.1 (2*PAIRS sockets) for LargeListingParityTest.

Usage: socketload.py PAIRS READY_FILE HOLD_SECONDS

Run only in a private network namespace (it refuses the host's: there it would crowd the host's ports).
Workers of at most PER_WORKER connections each (the open-files limit bounds one process) listen on
127.0.0.1:41000+i, connect their clients in batches of at most 1000 and accept them. When all are up, the
total number of sockets goes to READY_FILE. Everything is held until SIGTERM or HOLD_SECONDS (alarm), then
closed with RST (SO_LINGER 0), so no TIME_WAIT is left. Every loop is bounded.
"""
import os
import resource
import signal
import socket
import struct
import sys

LINGER0 = struct.pack('ii', 1, 0)
BASE_PORT = 41000


def private_namespace():
    """Only lo in this process's network namespace (/proc/net/dev is per namespace; /sys/class/net is the
    mounter's)."""
    with open('/proc/net/dev') as f:
        names = sorted(line.split(':', 1)[0].strip() for line in f.readlines()[2:])
    return names == ['lo']


def per_worker():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    limit = hard if hard != resource.RLIM_INFINITY else 1 << 20
    return max(100, min(8000, (limit - 64) // 2))


def listening(port):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(('127.0.0.1', port))
    listener.listen(4096)
    return listener


def worker(n, listener, hold, ready_w):
    signal.alarm(hold)
    want = 2 * n + 64
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, hard), hard))
    port = listener.getsockname()[1]
    held = [listener]
    made = 0
    while made < n:
        k = min(1000, n - made)
        clients = []
        for _ in range(k):
            c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER0)
            c.connect(('127.0.0.1', port))
            clients.append(c)
        for _ in range(k):
            a, _ = listener.accept()
            a.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER0)
            held.append(a)
        held.extend(clients)
        made += k
    os.write(ready_w, b'%d\n' % len(held))
    os.close(ready_w)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    while True:
        signal.pause()


def main():
    pairs, ready, hold = int(sys.argv[1]), sys.argv[2], min(600, int(sys.argv[3]))
    if not private_namespace():
        sys.exit('socketload.py: not in a private network namespace (only lo may exist); refusing')
    signal.alarm(hold + 30)
    per = per_worker()
    children = []
    pipes = []
    sizes = [min(per, pairs - k) for k in range(0, pairs, per)]
    # Every listener is bound before any worker connects: the ports lie in the ephemeral range, and a
    # client of an earlier worker could otherwise take a later worker's port first (EADDRINUSE).
    listeners = [listening(BASE_PORT + i) for i in range(len(sizes))]
    for n, listener in zip(sizes, listeners):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            for other in listeners:
                if other is not listener:
                    other.close()
            try:
                worker(n, listener, hold, w)
            finally:
                os._exit(0)
        os.close(w)
        children.append(pid)
        pipes.append(r)
    for listener in listeners:
        listener.close()

    def stop(*_):
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGALRM, stop)
    total = 0
    for r in pipes:
        line = os.read(r, 64).strip()
        if not line:
            stop()
        total += int(line)
    with open(ready + '.tmp', 'w') as f:
        f.write('%d\n' % total)
    os.rename(ready + '.tmp', ready)
    for pid in children:
        os.waitpid(pid, 0)


if __name__ == '__main__':
    main()
