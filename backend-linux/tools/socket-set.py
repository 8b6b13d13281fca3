#!/usr/bin/env python3
"""Opens the known socket set that the procfs fixtures are captured from.

Run inside a private network namespace (see capture-fixture.sh), as root. Prints READY on stdout
once every socket is in place, then sleeps until it is killed. Every socket, port and path here is
what the fixture tests rely on; change them together.
"""
import os
import socket
import subprocess
import sys
import time

UNIX_DIR = sys.argv[1]          # directory for the filesystem UNIX sockets
LONG_V6 = "2001:db8:1234:5678:9abc:def0:1234:5678"
keep = []                       # every socket stays referenced until the process dies


def tcp(family, host, port, v6only=None, backlog=16):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1 if v6only else 0)
    s.bind((host, port))
    s.listen(backlog)
    keep.append(s)
    return s


def connect(family, host, port, server):
    c = socket.socket(family, socket.SOCK_STREAM)
    c.connect((host, port))
    a, _ = server.accept()
    keep.extend([c, a])
    return c, a


def udp(family, host, port, proto=0, v6only=None):
    s = socket.socket(family, socket.SOCK_DGRAM, proto)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1 if v6only else 0)
    s.bind((host, port))
    keep.append(s)
    return s


def unix(kind, path=None, listen=False):
    s = socket.socket(socket.AF_UNIX, kind)
    if path is not None:
        s.bind(path)
    if listen:
        s.listen(8)
    keep.append(s)
    return s


# --- TCP listeners (service-named and plain ports, both families) -------------------------------
ssh4 = tcp(socket.AF_INET, "0.0.0.0", 22)
mysql4 = tcp(socket.AF_INET, "127.0.0.1", 3306)
plain4 = tcp(socket.AF_INET, "127.0.0.1", 5555)
http6 = tcp(socket.AF_INET6, "::", 80, v6only=True)
alt6 = tcp(socket.AF_INET6, "::1", 8080, v6only=True)
dual = tcp(socket.AF_INET6, "::", 5556, v6only=False)          # dual-stack listener
long6 = tcp(socket.AF_INET6, LONG_V6, 443, v6only=True)        # long IPv6 address

# --- established pairs ---------------------------------------------------------------------------
c, a = connect(socket.AF_INET, "127.0.0.1", 5555, plain4)
c.sendall(b"x" * 100)                                          # 100 unread bytes: Recv-Q 100 on the accepted side
c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)         # keepalive timer on the client side
connect(socket.AF_INET6, "::1", 8080, alt6)
connect(socket.AF_INET, "127.0.0.1", 5556, dual)               # v4-mapped row in tcp6
connect(socket.AF_INET6, LONG_V6, 443, long6)

# Send-Q: the receiver never reads, the sender writes until its buffer is full.
c, a = connect(socket.AF_INET, "127.0.0.1", 3306, mysql4)
a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
c.setblocking(False)
try:
    while True:
        c.send(b"y" * 65536)
except BlockingIOError:
    pass

# CLOSE_WAIT / FIN_WAIT2 with a full socket (shutdown, not closed) ...
c, a = connect(socket.AF_INET, "127.0.0.1", 22, ssh4)
c.shutdown(socket.SHUT_WR)
# ... and an orphaned FIN_WAIT2 (closed: the kernel keeps a time-wait mini socket in substate 05)
c, a = connect(socket.AF_INET, "127.0.0.1", 22, ssh4)
keep.remove(c)
c.close()

# TIME_WAIT on both families: the client closes first, then the server side.
for fam, host, port, srv in ((socket.AF_INET, "127.0.0.1", 5555, plain4), (socket.AF_INET6, "::1", 8080, alt6)):
    c, a = connect(fam, host, port, srv)
    keep.remove(c)
    keep.remove(a)
    c.close()
    time.sleep(0.05)
    a.close()

# --- UDP, UDPLite, RAW ---------------------------------------------------------------------------
mdns4 = udp(socket.AF_INET, "0.0.0.0", 5353)
udp(socket.AF_INET6, "::", 5353, v6only=True)
udp(socket.AF_INET6, LONG_V6, 48389, v6only=True)
u = udp(socket.AF_INET, "127.0.0.1", 0)
u.connect(("127.0.0.1", 5353))                                 # connected: state 01
u.send(b"unread datagram")                                     # rx_queue of the 5353 socket > 0
u6 = udp(socket.AF_INET6, "::1", 0, v6only=True)
u6.connect(("::1", 5353))
udp(socket.AF_INET, "0.0.0.0", 5400, proto=socket.IPPROTO_UDPLITE)
udp(socket.AF_INET6, "::", 5400, proto=socket.IPPROTO_UDPLITE, v6only=True)
keep.append(socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
keep.append(socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6))
r = socket.socket(socket.AF_INET, socket.SOCK_RAW, 253)         # experimental protocol number, connected
r.connect(("127.0.0.1", 0))
keep.append(r)

# --- UNIX domain ---------------------------------------------------------------------------------
stream = unix(socket.SOCK_STREAM, os.path.join(UNIX_DIR, "stream.sock"), listen=True)
cl = unix(socket.SOCK_STREAM)
cl.connect(os.path.join(UNIX_DIR, "stream.sock"))
keep.append(stream.accept()[0])
unix(socket.SOCK_DGRAM, os.path.join(UNIX_DIR, "dgram.sock"))
unix(socket.SOCK_SEQPACKET, os.path.join(UNIX_DIR, "seq.sock"), listen=True)
unix(socket.SOCK_STREAM, "\0netstatx-abstract", listen=True)
unix(socket.SOCK_DGRAM, b"\0netstatx\0nul")                    # NUL inside an abstract name shows as '@'
spaced = unix(socket.SOCK_STREAM, os.path.join(UNIX_DIR, "with space.sock"), listen=True)
unix(socket.SOCK_DGRAM, os.fsencode(UNIX_DIR) + b"/bad-\xff\xfe-name.sock")  # not UTF-8
keep.extend(socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM))  # unnamed, connected
unix(socket.SOCK_DGRAM)                                        # unnamed, unconnected

# --- processes: several owners for one socket, and program names of every kind ---------------------
sleeper = ["-c", "import time; time.sleep(100000)"]
children = [
    # absolute argv[0] with a blank: net-tools shows the part after the last '/': "srv"
    subprocess.Popen(["/opt/some dir/srv"] + sleeper, executable=sys.executable,
                     pass_fds=[ssh4.fileno(), http6.fileno()]),
    # relative argv[0] longer than the 19-character PID/Program column
    subprocess.Popen(["averyveryverylongprogramname-worker"] + sleeper, executable=sys.executable,
                     pass_fds=[mdns4.fileno()]),
    # a rewritten process title, shown verbatim
    subprocess.Popen(["avahi-daemon: running [demo.local]"] + sleeper, executable=sys.executable,
                     pass_fds=[spaced.fileno()]),
    # a process of another user (nobody) with its own listener: uid 65534 in the tables, and the
    # reason why netstat -p run as nobody maps some sockets but not all
    subprocess.Popen(["/usr/sbin/nobody-daemon", "-c",
                      "import socket, time\n"
                      "s = socket.socket(); s.bind(('127.0.0.1', 7070)); s.listen(4)\n"
                      "time.sleep(100000)"],
                     executable=sys.executable, user=65534, group=65534, extra_groups=[]),
]
time.sleep(0.5)                                                # let the children exec
print("READY", os.getpid(), " ".join(str(p.pid) for p in children), flush=True)
try:
    time.sleep(100000)
finally:
    for p in children:
        p.kill()
