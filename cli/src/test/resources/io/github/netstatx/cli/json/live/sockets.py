#!/usr/bin/env python3
"""Socket set for the JSON namespace tests (run inside `unshare -n`, loopback up).

Usage: sockets.py COMMANDS_FIFO ACK_FILE

Opens a fixed set of sockets, writes "ready" to ACK_FILE, then reads one command per line from
COMMANDS_FIFO and appends "done <n>" to ACK_FILE after each:
  reset NAME...   close connections with SO_LINGER 0 (RST: they disappear at once)
  close NAME      close one socket normally (FIN: its peer goes to CLOSE_WAIT)
  listen PORT     open a new TCP listener on 127.0.0.1:PORT
  quit            exit
"""
import os
import socket
import struct
import sys

fifo, ack = sys.argv[1], sys.argv[2]
socks = {}


def listener(name, family, addr, port):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port))
    s.listen(16)
    socks[name] = s


def connect(client, server, listen_name, port):
    c = socket.create_connection(("127.0.0.1", port))
    a, _ = socks[listen_name].accept()
    socks[client] = c
    socks[server] = a


listener("l1", socket.AF_INET, "127.0.0.1", 9100)
listener("l6", socket.AF_INET6, "::1", 9101)
connect("c1", "s1", "l1", 9100)
connect("c2", "s2", "l1", 9100)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 9200))
socks["u1"] = u
x = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
x.bind("\0netstatx-json-test")
x.listen(1)
socks["x1"] = x

with open(ack, "a") as f:
    f.write("ready\n")

n = 0
with open(fifo) as commands:
    for line in commands:
        words = line.split()
        if not words:
            continue
        if words[0] == "quit":
            break
        if words[0] == "reset":
            for name in words[1:]:
                socks[name].setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                socks.pop(name).close()
        elif words[0] == "close":
            socks.pop(words[1]).close()
        elif words[0] == "listen":
            listener("l" + words[1], socket.AF_INET, "127.0.0.1", int(words[1]))
        n += 1
        with open(ack, "a") as f:
            f.write("done %d\n" % n)
os._exit(0)
