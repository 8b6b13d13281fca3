#!/usr/bin/env python3
"""Opens the socket set of the golden scenario `loopback-mix` (run inside `unshare -n`, as root).

Usage: sockets.py ROLE READY_DIR
The role `main` starts the helper roles as separate processes (each with its own argv[0]) and
writes READY_DIR/main once every socket is in the state the scenario wants. Everything stays open
until the process is killed.
"""
import os
import socket
import subprocess
import sys
import time

LONG6 = "2001:db8:1234:5678:9abc:def0:1234:5678"
UDPLITE = 136
DEMO = "/run/netstatx-demo"
KEEP = []


def listen(family, addr, port, v6only=None, backlog=16, rcvbuf=None):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, v6only)
    if rcvbuf:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    s.bind((addr, port))
    s.listen(backlog)
    KEEP.append(s)
    return s


def connect(family, server, local=None):
    c = socket.socket(family, socket.SOCK_STREAM)
    if local:
        c.bind(local)
    c.connect(server)
    KEEP.append(c)
    return c


def pair(listener, family, server, local=None):
    c = connect(family, server, local)
    a, _ = listener.accept()
    KEEP.append(a)
    return c, a


def udp(family, addr, port, proto=0, peer=None, v6only=None):
    s = socket.socket(family, socket.SOCK_DGRAM, proto)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, v6only)
    s.bind((addr, port))
    if peer:
        s.connect(peer)
    KEEP.append(s)
    return s


def raw(family, proto, peer=None):
    s = socket.socket(family, socket.SOCK_RAW, proto)
    if peer:
        s.connect(peer)
    KEEP.append(s)
    return s


def unix(kind, path=None, listen_=False):
    s = socket.socket(socket.AF_UNIX, kind)
    if path:
        s.bind(path)
    if listen_:
        s.listen(4)
    KEEP.append(s)
    return s


def helper(role, argv0, ready):
    subprocess.Popen([argv0, os.path.abspath(__file__), role, ready], executable=sys.executable)


def wait_for(ready, names):
    while not all(os.path.exists(os.path.join(ready, n)) for n in names):
        time.sleep(0.05)


def role_main(ready):
    helpers = {
        "longname": "averyveryverylongprogramname",
        "slashname": "/opt/some dir/srv",
        "unicode": "\u00fcn\u00efc\u00f8d\u00e9-pr\u00f8gram-name",
        "user1000": "python3",
        "user4242": "python3",
    }
    for role, argv0 in helpers.items():
        helper(role, argv0, ready)

    # A listener shared with a forked child: both processes own it; netstat shows the lower PID.
    shared = listen(socket.AF_INET, "0.0.0.0", 5557)
    if os.fork() == 0:
        while True:
            time.sleep(3600)

    listen(socket.AF_INET, "0.0.0.0", 22)
    l5555 = listen(socket.AF_INET, "127.0.0.1", 5555)
    c, a = pair(l5555, socket.AF_INET, ("127.0.0.1", 5555))
    c.send(b"x" * 100)                      # unread bytes: Recv-Q 100 on the server side
    c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)   # keepalive timer
    c2, a2 = pair(l5555, socket.AF_INET, ("127.0.0.1", 5555))
    c2.close()                              # a2: CLOSE_WAIT, client side FIN_WAIT2
    KEEP.remove(c2)
    c3, a3 = pair(l5555, socket.AF_INET, ("127.0.0.1", 5555))
    c3.close()
    time.sleep(0.1)
    a3.close()                              # client side TIME_WAIT
    KEEP.remove(c3)
    KEEP.remove(a3)

    listen(socket.AF_INET6, "::", 80, v6only=1)
    l5556 = listen(socket.AF_INET6, "::", 5556, v6only=0)
    pair(l5556, socket.AF_INET, ("127.0.0.1", 5556))      # v4-mapped on the tcp6 side
    l443 = listen(socket.AF_INET6, LONG6, 443, v6only=1)
    pair(l443, socket.AF_INET6, (LONG6, 443), (LONG6, 0))  # truncated IPv6 endpoints
    pair(listen(socket.AF_INET6, "::1", 5558, v6only=1), socket.AF_INET6, ("::1", 5558))

    lmysql = listen(socket.AF_INET, "127.0.0.2", 3306)
    pair(lmysql, socket.AF_INET, ("127.0.0.2", 3306), ("127.0.0.3", 0))
    listen(socket.AF_INET, "127.0.0.3", 443)
    l5559 = listen(socket.AF_INET, "127.0.0.1", 5559)     # ports named by the last services line
    pair(l5559, socket.AF_INET, ("127.0.0.1", 5559))

    # SYN_SENT: SYNs to port 9 are dropped by the capture's nft rule.
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setblocking(False)
    s.connect_ex(("127.0.0.1", 9))
    KEEP.append(s)
    # SYN_RECV: the client's final ACK to port 7777 is dropped.
    l7777 = listen(socket.AF_INET, "127.0.0.1", 7777)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(("127.0.0.1", 7777))
    KEEP.append(s)
    # FIN_WAIT1 / LAST_ACK: after the connection is up, everything the server sends is dropped.
    l7780 = listen(socket.AF_INET, "127.0.0.1", 7780)
    c, a = pair(l7780, socket.AF_INET, ("127.0.0.1", 7780))
    subprocess.run(["nft", "add", "rule", "inet", "nx", "out", "tcp", "sport", "7780", "drop"], check=True)
    c.close()
    KEEP.remove(c)
    time.sleep(0.2)
    a.close()
    KEEP.remove(a)
    # Zero window: the receiver never reads, the sender keeps probing.
    l7790 = listen(socket.AF_INET, "127.0.0.1", 7790, rcvbuf=4096)
    c, a = pair(l7790, socket.AF_INET, ("127.0.0.1", 7790))
    c.setblocking(False)
    try:
        while True:
            c.send(b"y" * 65536)
    except BlockingIOError:
        pass

    udp(socket.AF_INET, "0.0.0.0", 53)
    udp(socket.AF_INET, "127.0.0.1", 5353, peer=("127.0.0.1", 9))
    udp(socket.AF_INET6, "::", 5353, v6only=1)
    udp(socket.AF_INET6, LONG6, 48389, peer=("::1", 53), v6only=1)
    udp(socket.AF_INET6, "::", 5354, peer=("::ffff:127.0.0.1", 9), v6only=0)
    udp(socket.AF_INET, "0.0.0.0", 5000, proto=UDPLITE)
    udp(socket.AF_INET6, "::", 5001, proto=UDPLITE, v6only=1)
    udp(socket.AF_INET, "127.0.0.1", 5002, proto=UDPLITE, peer=("127.0.0.1", 5000))

    raw(socket.AF_INET, socket.IPPROTO_ICMP)
    raw(socket.AF_INET6, socket.IPPROTO_ICMPV6)
    raw(socket.AF_INET, 253, peer=("127.0.0.1", 0))

    os.makedirs(DEMO, exist_ok=True)
    stream = unix(socket.SOCK_STREAM, DEMO + "/stream.sock", True)
    client = unix(socket.SOCK_STREAM)
    client.connect(DEMO + "/stream.sock")
    KEEP.append(stream.accept()[0])
    unix(socket.SOCK_DGRAM, DEMO + "/dgram.sock")
    unix(socket.SOCK_SEQPACKET, DEMO + "/seq.sock", True)
    unix(socket.SOCK_STREAM, DEMO + "/with space.sock", True)
    unix(socket.SOCK_STREAM, "\0abstract-name", True)
    deep = DEMO + "/a-rather-long-directory-name/and-another-one"
    os.makedirs(deep, exist_ok=True)
    unix(socket.SOCK_STREAM, deep + "/and-a-long-socket-name.sock", True)
    KEEP.extend(socket.socketpair())
    unix(socket.SOCK_DGRAM)

    wait_for(ready, ["longname", "slashname", "unicode", "user1000", "user4242"])
    time.sleep(1.5)                         # let SYN_SENT / SYN_RECV / FIN_WAIT1 retransmit once
    open(os.path.join(ready, "main"), "w").close()


def role_helper(role, ready):
    if role == "longname":
        listen(socket.AF_INET, "0.0.0.0", 8080)
    elif role == "slashname":
        udp(socket.AF_INET, "0.0.0.0", 514)
    elif role == "unicode":
        listen(socket.AF_INET, "127.0.0.1", 7000)
    elif role == "user1000":
        os.setuid(1000)
        listen(socket.AF_INET, "0.0.0.0", 6000)
    elif role == "user4242":
        os.setuid(4242)
        udp(socket.AF_INET, "0.0.0.0", 6001)
    open(os.path.join(ready, role), "w").close()


if __name__ == "__main__":
    role, ready = sys.argv[1], sys.argv[2]
    if role == "main":
        role_main(ready)
    else:
        role_helper(role, ready)
    while True:
        time.sleep(3600)
