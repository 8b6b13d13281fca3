#!/usr/bin/env python3
"""Records the kernel's NETLINK_SOCK_DIAG answers for a known TCP socket set, with /proc/net/tcp{,6} read
right after each dump, as the fixture scenario `sock-diag` of backend-linux (InetDiagMessageDecoderTest).

Run as root in a private network namespace (it changes `lo`):

    unshare -n python3 backend-linux/tools/capture-sock-diag.py OUTDIR

The dump requests are built here, independently of the Java code under test: one nlmsghdr (type
SOCK_DIAG_BY_FAMILY = 20, NLM_F_REQUEST|NLM_F_DUMP) with struct inet_diag_req_v2 (family, IPPROTO_TCP,
no extensions, the state mask of every state /proc/net/tcp lists: bits 1..12), and for the `remote-port-0`
dumps an INET_DIAG_REQ_BYTECODE attribute that keeps sockets whose remote port is <= 0, which is what
net-tools `netstat -l` shows. Each .bin file is every datagram of one answer, concatenated as received,
NLMSG_DONE included.
"""
import os, platform, socket, struct, subprocess, sys, time

NETLINK_SOCK_DIAG = 4
SOCK_DIAG_BY_FAMILY = 20
NLM_F_REQUEST, NLM_F_DUMP = 0x1, 0x300
NLMSG_ERROR, NLMSG_DONE = 2, 3
ALL_PROC_STATES = 0x1FFE            # TCP_ESTABLISHED (1) .. TCP_NEW_SYN_RECV (12); not TCP_BOUND_INACTIVE
INET_DIAG_BC_D_LE = 5
LONG6 = '2001:db8:1234:5678:9abc:def0:1234:5678'
BLACKHOLE4 = '192.0.2.1'            # routed into lo, nothing answers: SYN_SENT


def dump(family, remote_port_zero):
    req = struct.pack('=BBBBI', family, socket.IPPROTO_TCP, 0, 0, ALL_PROC_STATES) + bytes(48)
    if remote_port_zero:
        bytecode = struct.pack('=BBH', INET_DIAG_BC_D_LE, 8, 12) + struct.pack('=BBH', 0, 0, 0)
        req += struct.pack('=HH', 4 + len(bytecode), 1) + bytecode
    msg = struct.pack('=IHHII', 16 + len(req), SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 1, 0) + req
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_SOCK_DIAG)
    try:
        s.sendto(msg, (0, 0))
        out = bytearray()
        for _ in range(100000):
            d = s.recv(65536)
            out += d
            at = 0
            while at + 16 <= len(d):
                length, typ = struct.unpack_from('=IH', d, at)
                if typ == NLMSG_DONE:
                    return bytes(out)
                if typ == NLMSG_ERROR:
                    raise OSError('netlink error %d' % struct.unpack_from('=i', d, at + 16)[0])
                at += (length + 3) & ~3
        raise OSError('no NLMSG_DONE')
    finally:
        s.close()


def main():
    out = sys.argv[1]
    with open('/proc/net/dev') as f:
        interfaces = [line.split(':')[0].strip() for line in f.readlines()[2:]]
    if interfaces != ['lo']:   # a fresh namespace has lo only; the host always has more
        sys.exit('run me in a private network namespace: unshare -n python3 ' + sys.argv[0] + ' OUTDIR')
    for cmd in (['ip', 'link', 'set', 'lo', 'up'], ['ip', '-6', 'addr', 'add', LONG6 + '/128', 'dev', 'lo', 'nodad'],
                ['ip', 'route', 'add', BLACKHOLE4 + '/32', 'dev', 'lo']):
        subprocess.run(cmd, check=True, timeout=10)
    keep = []

    def listener(family, addr, port, backlog=16, v6only=None):
        s = socket.socket(family, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if v6only is not None:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, v6only)
        s.bind((addr, port))
        s.listen(backlog)
        keep.append(s)
        return s

    # listeners: v4 any/loopback, v6 any/loopback/long, dual stack
    for p in range(20000, 20010):
        listener(socket.AF_INET, '127.0.0.1' if p % 2 else '0.0.0.0', p)
    l4 = listener(socket.AF_INET, '127.0.0.1', 7000, backlog=4096)
    l6 = listener(socket.AF_INET6, '::1', 7006, backlog=4096)
    listener(socket.AF_INET6, LONG6, 443)
    dual = listener(socket.AF_INET6, '::', 5556, v6only=0)
    pending = listener(socket.AF_INET, '127.0.0.1', 8080, backlog=7)   # one connection left unaccepted
    keep.append(socket.create_connection(('127.0.0.1', 8080)))

    def pairs(server, family, addr, port, n):
        made = []
        for _ in range(n):
            c = socket.socket(family, socket.SOCK_STREAM)
            c.connect((addr, port))
            a, _ = server.accept()
            keep.extend((c, a))
            made.append((c, a))
        return made

    v4 = pairs(l4, socket.AF_INET, '127.0.0.1', 7000, 300)
    pairs(l6, socket.AF_INET6, '::1', 7006, 60)
    pairs(dual, socket.AF_INET, '127.0.0.1', 5556, 3)                 # v4-mapped on the server side
    for c, a in v4[:20]:
        c.sendall(b'x' * 100)                                           # Recv-Q 100 on the accepted side
    for c, a in v4[20:25]:
        c.shutdown(socket.SHUT_WR)                                      # FIN_WAIT2 / CLOSE_WAIT
    for c, a in v4[25:40]:
        c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for c, a in v4[40:70]:                                              # client closes first: TIME_WAIT
        keep.remove(c)
        c.close()
        keep.remove(a)
        a.close()
    for port in (0, 80):                                                # SYN_SENT, one to remote port 0
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect((BLACKHOLE4, port))
        except BlockingIOError:
            pass
        keep.append(s)
    time.sleep(0.5)

    os.makedirs(out + '/proc/net', exist_ok=True)
    os.makedirs(out + '/sock_diag', exist_ok=True)
    for family, name, table in ((socket.AF_INET, 'tcp4', 'tcp'), (socket.AF_INET6, 'tcp6', 'tcp6')):
        with open('%s/sock_diag/%s-all.bin' % (out, name), 'wb') as f:
            f.write(dump(family, False))
        with open('/proc/net/' + table, 'rb') as src, open(out + '/proc/net/' + table, 'wb') as dst:
            dst.write(src.read())
        with open('%s/sock_diag/%s-remote-port-0.bin' % (out, name), 'wb') as f:
            f.write(dump(family, True))
    net = subprocess.run(['netstat', '-tln'], capture_output=True, env={'LC_ALL': 'C', 'PATH': os.environ['PATH']})
    with open(out + '/netstat-tln.out', 'wb') as f:
        f.write(net.stdout)
    versions = subprocess.run(['dpkg-query', '-W', '-f', '${Version}', 'net-tools'], capture_output=True, text=True)
    with open(out + '/fixture.properties', 'w') as f:
        f.write('# Provenance of this fixture scenario (written by backend-linux/tools/capture-sock-diag.py).\n')
        f.write('provenance=captured\n')
        f.write('captured.at=%s\n' % time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()))
        f.write('captured.command=unshare -n python3 backend-linux/tools/capture-sock-diag.py OUTDIR (as root)\n')
        f.write('kernel=%s\n' % platform.release())
        f.write('arch=%s\n' % platform.machine())
        f.write('byte.order=%s-endian\n' % sys.byteorder)
        f.write('net-tools=%s\n' % versions.stdout)
        f.write('order=each sock_diag/*-all.bin was dumped right before its proc/net table was read\n')


if __name__ == '__main__':
    main()
