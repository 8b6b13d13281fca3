#!/usr/bin/env python3
"""Socket set for JcNamespaceTest: plain names and addresses, nothing jc 1.22.5 misreads.

Run as root inside a private network namespace (unshare -n) with `lo` up. Opens:
  TCP   127.0.0.1:18080 listener with one accepted connection (both ends), 0.0.0.0:18022 listener,
        [::]:18443 listener (IPV6_V6ONLY), [::1]:18444 listener with an accepted IPv6 connection
  UDP   0.0.0.0:18053, [::1]:18123, and a socket connected 127.0.0.1:18054 -> 127.0.0.1:18053
  RAW   ICMP
  UNIX  a stream listener on DIR/stream.sock with one connection, a dgram socket bound to DIR/dgram.sock,
        an abstract stream listener @jc-abstract, an unnamed socketpair
Prints "ready" when everything is open, then holds the sockets until stdin ends (or 900 s pass: the driver's own bound).
"""
import os
import select
import socket
import sys

d = sys.argv[1]
keep = []

def listen(family, addr, port, v6only=None):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1 if v6only else 0)
    s.bind((addr, port))
    s.listen(8)
    keep.append(s)
    return s

t4 = listen(socket.AF_INET, '127.0.0.1', 18080)
listen(socket.AF_INET, '0.0.0.0', 18022)
listen(socket.AF_INET6, '::', 18443, v6only=True)
t6 = listen(socket.AF_INET6, '::1', 18444)
for server, family, addr in ((t4, socket.AF_INET, ('127.0.0.1', 18080)), (t6, socket.AF_INET6, ('::1', 18444))):
    c = socket.socket(family, socket.SOCK_STREAM)
    c.connect(addr)
    a, _ = server.accept()
    keep += [c, a]

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('0.0.0.0', 18053))
u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u6.bind(('::1', 18123))
uc = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
uc.bind(('127.0.0.1', 18054))
uc.connect(('127.0.0.1', 18053))
keep += [u, u6, uc]
keep.append(socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))

ls = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
ls.bind(os.path.join(d, 'stream.sock'))
ls.listen(4)
uc1 = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
uc1.connect(os.path.join(d, 'stream.sock'))
ua, _ = ls.accept()
dg = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
dg.bind(os.path.join(d, 'dgram.sock'))
ab = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
ab.bind('\0jc-abstract')
ab.listen(4)
keep += [ls, uc1, ua, dg, ab] + list(socket.socketpair())

print('ready', flush=True)
select.select([sys.stdin], [], [], 900)
