#!/usr/bin/env python3
"""Known socket set for the netstat parity test (and for anyone comparing netstat tools by hand).

Run it as root inside a private network namespace, e.g.

    unshare -n -m python3 socketset.py --dir /tmp/nsx-sockets --timeout 120

It refuses to run in the host's network namespace, because it changes `lo`: it brings `lo` up, adds
2001:db8:1234:5678:9abc:def0:1234:5678/128 and 2001:db8::5/128 to it, and routes 192.0.2.1/32 into `lo`
(nothing answers there, so a connection to it stays in SYN_SENT).

It then starts holder processes, each with a recognisable argv[0] (that is what net-tools shows as the
program name), which open:

  nsx-tcp-server            TCP listeners: 0.0.0.0:22, 127.0.0.1:8080 (backlog 7, one connection left
                            unaccepted), [::]:5556 dual-stack (IPV6_V6ONLY=0, accepts an IPv4 client),
                            [::1]:443, [2001:db8:1234:5678:9abc:def0:1234:5678]:443, 127.0.0.1:5555
                            (accepted connection with 100 unread bytes and SO_KEEPALIVE), 127.0.0.2:3306,
                            [2001:db8::5]:80, 127.0.0.1:7000 (accepted connection in CLOSE_WAIT)
  /usr/local/libexec/nsx-tcp-client
                            the client ends (fixed local ports 40101-40111): IPv4, IPv6, v4-mapped,
                            FIN_WAIT2, SYN_SENT, and one TIME_WAIT (client port 40110, lasts 60 s)
  nsx-udp-holder-with-a-very-long-name
                            UDP 0.0.0.0:53 (one unread datagram), 127.0.0.1:5353, [::]:5354 dual-stack,
                            [::1]:123, connected IPv4 and long-IPv6 sockets, UDP-Lite when the kernel has it
  nsx-raw                   raw ICMP, raw ICMPv6, raw protocol 253
  /opt/nsx dir/nsx-unix     UNIX stream/dgram/seqpacket listeners under --dir, a path with a space, a
                            path with a UTF-8 character and one with an invalid UTF-8 byte, an abstract
                            socket, a connected stream pair via a path, a socketpair, an unbound and a
                            connected datagram socket
  nsx-prefork               TCP listener 0.0.0.0:8000 shared with its worker
  nsx-prefork-worker        (the same listener, inherited)

When everything is in place it prints a manifest on stdout and then the line "ready":

  holder PID NAME                one per holder process (NAME is argv[0] as given)
  socket INODE PID ROLE DETAIL   one per socket a holder owns (a shared socket has one line per holder)
  ready

It holds the sockets until stdin reaches end of file or --timeout seconds pass (at most 600), then stops
the holders and exits. Every wait is bounded.
"""
import argparse
import os
import select
import signal
import socket
import subprocess
import sys
import time

LONG6 = '2001:db8:1234:5678:9abc:def0:1234:5678'
NAMED6 = '2001:db8::5'
BLACKHOLE4 = '192.0.2.1'
MAX_TIMEOUT = 600
# A guard against a hang, not a speed claim: on a CI machine shared by several builds (load 40 was seen) a
# holder's python start-up and its pre-forked worker took more than 10 s.
STEP_TIMEOUT = 60.0
# The interpreter itself: holders run it under another argv[0], which leaves their sys.executable empty.
PYTHON = os.readlink('/proc/self/exe')
# ... and a made-up argv[0] with a '/' would make it look for its library beside that path: pin it.
HOLDER_ENV = dict(os.environ, PYTHONHOME=os.pathsep.join((sys.prefix, sys.exec_prefix)))

HOLDERS = {
    # role: argv[0]
    'tcp-server': b'nsx-tcp-server',
    'tcp-client': b'/usr/local/libexec/nsx-tcp-client',
    'udp': b'nsx-udp-holder-with-a-very-long-name',
    'raw': b'nsx-raw',
    'unix': b'/opt/nsx dir/nsx-unix',
    'prefork': b'nsx-prefork',
}
PREFORK_WORKER = b'nsx-prefork-worker'


# ---------------------------------------------------------------------------------------------- holders

class Holder:
    """What a holder process keeps open, and how it reports to the coordinator."""

    def __init__(self, role):
        self.role = role
        self.socks = []

    def keep(self, sock, detail):
        self.socks.append(sock)
        print('socket %d %d %s %s' % (os.fstat(sock.fileno()).st_ino, os.getpid(), self.role, detail))
        return sock

    @staticmethod
    def say(line):
        print(line, flush=True)

    @staticmethod
    def wait_for(word):
        """Reads stdin until the given line (bounded by the alarm backstop); False at end of file."""
        for line in sys.stdin:
            if line.strip() == word:
                return True
        return False


def tcp(family, addr, port, *, v6only=None, reuse=True):
    s = socket.socket(family, socket.SOCK_STREAM)
    if reuse:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1 if v6only else 0)
    s.bind((addr, port))
    return s


def accept_one(listener):
    listener.settimeout(STEP_TIMEOUT)
    conn, _ = listener.accept()
    return conn


def role_tcp_server(h):
    inet, inet6 = socket.AF_INET, socket.AF_INET6
    listeners = {}

    def listen(name, family, addr, port, backlog=128, v6only=None):
        s = tcp(family, addr, port, v6only=v6only)
        s.listen(backlog)
        listeners[name] = h.keep(s, 'listen %s' % name)

    listen('ssh', inet, '0.0.0.0', 22)
    listen('pending', inet, '127.0.0.1', 8080, backlog=7)
    listen('dual', inet6, '::', 5556, v6only=False)
    listen('loop6', inet6, '::1', 443, v6only=True)
    listen('long6', inet6, LONG6, 443)
    listen('unread', inet, '127.0.0.1', 5555)
    listen('named4', inet, '127.0.0.2', 3306)
    listen('named6', inet6, NAMED6, 80)
    listen('closewait', inet, '127.0.0.1', 7000)
    h.say('listening')
    if not h.wait_for('accept'):
        return
    # 'pending' is deliberately never accepted: its connection stays in the accept queue without an owner.
    for name in ('ssh', 'dual', 'long6', 'unread', 'named4', 'named6', 'closewait'):
        conn = accept_one(listeners[name])
        if name == 'unread':
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        h.keep(conn, 'accepted %s' % name)


def role_tcp_client(h):
    inet, inet6 = socket.AF_INET, socket.AF_INET6

    def connect(name, family, local, lport, remote, rport, v6only=None):
        s = tcp(family, local, lport, v6only=v6only)
        s.settimeout(STEP_TIMEOUT)
        s.connect((remote, rport))
        return h.keep(s, 'client %s' % name)

    connect('dual', inet, '127.0.0.1', 40101, '127.0.0.1', 5556)
    connect('long6', inet6, LONG6, 40102, LONG6, 443)
    connect('unread', inet, '127.0.0.1', 40103, '127.0.0.1', 5555).sendall(b'x' * 100)
    connect('named4', inet, '127.0.0.2', 40104, '127.0.0.2', 3306)
    connect('mapped', inet6, '::', 40105, '::ffff:127.0.0.1', 22, v6only=False)
    connect('pending', inet, '127.0.0.1', 40106, '127.0.0.1', 8080)
    connect('named6', inet6, NAMED6, 40107, NAMED6, 80)
    connect('closewait', inet, '127.0.0.1', 40108, '127.0.0.1', 7000).shutdown(socket.SHUT_WR)  # FIN_WAIT2
    make_time_wait(40110, 5557)
    syn = tcp(inet, '127.0.0.1', 40111)
    syn.setblocking(False)
    try:
        syn.connect((BLACKHOLE4, 80))
    except BlockingIOError:
        pass
    h.keep(syn, 'client syn-sent')


def make_time_wait(client_port, server_port):
    """A connection closed by the client first: the client end stays in TIME_WAIT for 60 s, without owner."""
    ls = tcp(socket.AF_INET, '127.0.0.1', server_port)
    ls.listen(1)
    c = tcp(socket.AF_INET, '127.0.0.1', client_port)
    c.settimeout(STEP_TIMEOUT)
    c.connect(('127.0.0.1', server_port))
    a = accept_one(ls)
    c.close()
    a.settimeout(STEP_TIMEOUT)
    a.recv(1)  # the client's FIN
    a.close()
    ls.close()


def role_udp(h):
    inet, inet6 = socket.AF_INET, socket.AF_INET6

    def udp(name, family, addr, port, v6only=None, proto=0):
        s = socket.socket(family, socket.SOCK_DGRAM, proto)
        if v6only is not None:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1 if v6only else 0)
        s.bind((addr, port))
        return h.keep(s, 'udp %s' % name)

    udp('domain', inet, '0.0.0.0', 53)
    udp('mdns', inet, '127.0.0.1', 5353)
    udp('dual', inet6, '::', 5354, v6only=False)
    udp('ntp6', inet6, '::1', 123, v6only=True)
    c4 = udp('connected4', inet, '127.0.0.1', 40201)
    c4.connect(('127.0.0.1', 53))
    c4.send(b'unread datagram')
    c6 = udp('connected6', inet6, LONG6, 40202)
    c6.connect((LONG6, 5354))
    try:
        lite = socket.socket(inet, socket.SOCK_DGRAM, 136)  # IPPROTO_UDPLITE; gone from some kernels
    except OSError:
        return
    lite.bind(('127.0.0.1', 5000))
    h.keep(lite, 'udplite 5000')


def role_raw(h):
    h.keep(socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP), 'raw icmp')
    h.keep(socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6), 'raw ipv6-icmp')
    h.keep(socket.socket(socket.AF_INET, socket.SOCK_RAW, 253), 'raw 253')


def role_unix(h, directory):
    def bound(kind, path, listen=True):
        s = socket.socket(socket.AF_UNIX, kind)
        s.bind(path)
        if listen and kind != socket.SOCK_DGRAM:
            s.listen(8)
        return s

    d = os.fsencode(directory)
    stream = h.keep(bound(socket.SOCK_STREAM, d + b'/stream.sock'), 'unix stream listener')
    dgram = h.keep(bound(socket.SOCK_DGRAM, d + b'/dgram.sock'), 'unix dgram')
    h.keep(bound(socket.SOCK_SEQPACKET, d + b'/seq.sock'), 'unix seqpacket listener')
    h.keep(bound(socket.SOCK_STREAM, d + b'/with space.sock'), 'unix path with a space')
    h.keep(bound(socket.SOCK_STREAM, d + '/sock-ü.sock'.encode()), 'unix utf-8 path')
    h.keep(bound(socket.SOCK_DGRAM, d + b'/bad-\xff.sock'), 'unix invalid utf-8 path')
    h.keep(bound(socket.SOCK_STREAM, b'\0netstatx-parity-abstract'), 'unix abstract listener')
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(STEP_TIMEOUT)
    client.connect(d + b'/stream.sock')
    h.keep(client, 'unix stream client')
    h.keep(accept_one(stream), 'unix stream accepted')
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    h.keep(left, 'unix socketpair')
    h.keep(right, 'unix socketpair')
    h.keep(socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM), 'unix unbound dgram')
    sender = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sender.connect(d + b'/dgram.sock')
    h.keep(sender, 'unix connected dgram')
    del dgram


def role_prefork(h):
    s = tcp(socket.AF_INET, '0.0.0.0', 8000)
    s.listen(16)
    h.keep(s, 'listen prefork')
    # The worker inherits the listener, as in a pre-forking server: the socket has two owners.
    worker = subprocess.Popen([PREFORK_WORKER, os.path.abspath(__file__), '--worker-of', str(s.fileno())],
                              executable=PYTHON, env=HOLDER_ENV, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              pass_fds=[s.fileno()])
    line = worker.stdout.readline().decode().strip()  # "socket INODE PID prefork-worker ..."
    print(line)
    h.worker = worker  # its stdin closes when we exit, which ends it


def prefork_worker(fd, timeout):
    signal.alarm(timeout + 30)
    s = socket.socket(fileno=fd)
    print('socket %d %d prefork-worker listen prefork (inherited)' % (os.fstat(s.fileno()).st_ino, os.getpid()),
          flush=True)
    sys.stdin.read()  # until our parent goes away


def run_holder(role, directory, timeout):
    signal.alarm(timeout + 30)  # backstop, whatever happens to the coordinator
    h = Holder(role)
    {
        'tcp-server': lambda: role_tcp_server(h),
        'tcp-client': lambda: role_tcp_client(h),
        'udp': lambda: role_udp(h),
        'raw': lambda: role_raw(h),
        'unix': lambda: role_unix(h, directory),
        'prefork': lambda: role_prefork(h),
    }[role]()
    h.say('done')
    sys.stdin.read()  # hold until the coordinator closes our stdin


# ---------------------------------------------------------------------------------------------- coordinator

def in_private_netns():
    """True when our network namespace is not init's; where init's is unreadable (some sandboxes), a
    namespace whose only interface is `lo` counts as private (the host always has more)."""
    try:
        return os.stat('/proc/self/ns/net').st_ino != os.stat('/proc/1/ns/net').st_ino
    except PermissionError:
        with open('/proc/net/dev') as f:
            names = [line.split(':')[0].strip() for line in f.readlines()[2:]]
        return names == ['lo']


def setup_network():
    for cmd in (['ip', 'link', 'set', 'lo', 'up'],
                ['ip', '-6', 'addr', 'add', LONG6 + '/128', 'dev', 'lo', 'nodad'],
                ['ip', '-6', 'addr', 'add', NAMED6 + '/128', 'dev', 'lo', 'nodad'],
                ['ip', 'route', 'add', BLACKHOLE4 + '/32', 'dev', 'lo']):
        subprocess.run(cmd, check=True, timeout=STEP_TIMEOUT)


class Child:
    def __init__(self, role, directory, timeout):
        self.role = role
        self.proc = subprocess.Popen(
            [HOLDERS[role], os.path.abspath(__file__), '--holder', role, '--dir', directory,
             '--timeout', str(timeout)],
            executable=PYTHON, env=HOLDER_ENV, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            bufsize=0)  # unbuffered: select() below must see every line that has not been read yet
        self.lines = []

    def read_until(self, word):
        """Collects manifest lines until the holder says `word`; bounded by STEP_TIMEOUT."""
        deadline = time.monotonic() + STEP_TIMEOUT
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.proc.stdout], [], [], left)[0]:
                raise RuntimeError('holder %s did not say %r in time' % (self.role, word))
            line = self.proc.stdout.readline().decode()
            if not line:
                raise RuntimeError('holder %s ended early (exit %s)' % (self.role, self.proc.wait()))
            line = line.strip()
            if line == word:
                return
            self.lines.append(line)

    def tell(self, word):
        self.proc.stdin.write((word + '\n').encode())
        self.proc.stdin.flush()

    def stop(self):
        try:
            self.proc.stdin.close()
        except OSError:
            pass

    def reap(self, deadline):
        try:
            self.proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def coordinate(directory, timeout):
    if os.geteuid() != 0:
        sys.exit('socketset: needs root (raw sockets, ports below 1024, ip addr)')
    if not in_private_netns():
        sys.exit('socketset: refusing to change the host network namespace; run it under unshare -n')
    os.makedirs(directory, exist_ok=True)
    setup_network()
    children = []
    try:
        server = Child('tcp-server', directory, timeout)
        children.append(server)
        server.read_until('listening')
        for role in ('udp', 'raw', 'unix', 'prefork', 'tcp-client'):
            children.append(Child(role, directory, timeout))
            children[-1].read_until('done')
        server.tell('accept')
        server.read_until('done')
        time.sleep(0.3)  # let FINs and ACKs on lo settle (they take microseconds)
        for c in children:
            print('holder %d %s' % (c.proc.pid, HOLDERS[c.role].decode('utf-8', 'surrogateescape')))
            if c.role == 'prefork':
                worker_pid = next(int(l.split()[2]) for l in c.lines if ' prefork-worker ' in l)
                print('holder %d %s' % (worker_pid, PREFORK_WORKER.decode()))
        for c in children:
            for line in c.lines:
                print(line)
        print('ready', flush=True)
        select.select([sys.stdin], [], [], timeout)  # end of file (or anything) on stdin, or the timeout
    finally:
        for c in children:
            c.stop()
        deadline = time.monotonic() + STEP_TIMEOUT
        for c in children:
            c.reap(deadline)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--dir', help='directory for the UNIX socket paths (required)')
    ap.add_argument('--timeout', type=int, default=120, help='seconds to hold at most (max %d)' % MAX_TIMEOUT)
    ap.add_argument('--holder', help=argparse.SUPPRESS)
    ap.add_argument('--worker-of', type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    timeout = max(1, min(a.timeout, MAX_TIMEOUT))
    if a.worker_of is not None:
        prefork_worker(a.worker_of, timeout)
    elif a.holder:
        run_holder(a.holder, a.dir, timeout)
    elif a.dir:
        coordinate(a.dir, timeout)
    else:
        ap.error('--dir is required')


if __name__ == '__main__':
    main()
