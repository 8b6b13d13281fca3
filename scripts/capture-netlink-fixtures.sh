#!/usr/bin/env bash
# Captures the fixture of the interface views as the kernel gives them over rtnetlink: the raw answers to an
# RTM_GETLINK and an RTM_GETADDR (AF_INET) dump, recorded by Python's own AF_NETLINK socket (independent of
# netstatx's JNA code), the procfs files the backend reads next to them, and what the real net-tools netstat 2.10
# prints for the same state. It runs in a private network namespace made with `unshare -n` whose /sys is NOT
# remounted, so sysfs shows the host's interfaces while netlink, procfs and net-tools' ioctls show the
# namespace's: the case the netlink source exists for. A private mount namespace only limits name lookups to files.
#
#   scripts/capture-netlink-fixtures.sh OUTDIR        (as root)
#
# OUTDIR/tree is an fs-root for the Linux backend (proc/net/, .netlink/); OUTDIR/netstat holds, per netstat
# invocation NAME, NAME.args, NAME.out, NAME.err and NAME.rc.
set -euo pipefail
out=$(realpath -m "$1")
if [ "${NETSTATX_IN_NS:-}" != 1 ]; then
  mkdir -p "$out"
  exec env NETSTATX_IN_NS=1 unshare -n -m "$0" "$out"
fi
mount --make-rprivate /
printf 'hosts: files\nnetworks: files\n' > /tmp/netstatx-nsswitch.conf
mount --bind /tmp/netstatx-nsswitch.conf /etc/nsswitch.conf
for k in router_solicitations accept_dad; do
  sysctl -qw net.ipv6.conf.default.$k=0 net.ipv6.conf.all.$k=0
done

ip link set lo up
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip link set v1 mtu 9000
ip link set v1 promisc on                            # asked for: PROMISC in SIOCGIFFLAGS
ip link set v0 allmulticast on
ip link set v1 txqueuelen 77
ip addr add 10.1.0.1/24 brd + dev v0
ip addr add 10.1.0.2/24 dev v0                       # secondary
ip addr add 10.2.0.1/16 dev v0 label v0:1            # alias: its own row in -i
ip addr add fd00:1::1/64 dev v0 nodad
ip addr add 10.5.0.1/30 brd + dev v1
ip tuntap add dev t0 mode tun
ip link set t0 up                                   # no carrier: UP without RUNNING
ip addr add 10.9.0.1 peer 10.9.0.2/32 dev t0
ip link add brlongname12345 type bridge
ip link set brlongname12345 up
ip link add d0 type veth peer name d1                # both stay down: only with -a
ip link set d0 address 02:00:00:00:0d:00

sleep 2
tree="$out/tree"
rm -rf "$tree" "$out/netstat"
mkdir -p "$tree/proc/net" "$tree/.netlink" "$out/netstat"
python3 - "$tree/.netlink" <<'PY'
import os, socket, struct, sys
NLMSG_DONE, NLMSG_ERROR, NLM_F_REQUEST, NLM_F_DUMP = 3, 2, 1, 0x300
def dump(msg_type, header):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE)
    s.send(struct.pack("=IHHII", 16 + len(header), msg_type, NLM_F_REQUEST | NLM_F_DUMP, 1, 0) + header)
    answer = b""
    while True:
        d = s.recv(65536)
        answer += d
        at = 0
        while at + 16 <= len(d):
            length, t = struct.unpack_from("=IH", d, at)
            if t == NLMSG_DONE:
                s.close(); return answer
            if t == NLMSG_ERROR:
                raise SystemExit("netlink error")
            at += (length + 3) & ~3
with open(os.path.join(sys.argv[1], "RTM_GETLINK"), "wb") as f:
    f.write(dump(18, struct.pack("=BxHiII", 0, 0, 0, 0, 0)))       # ifinfomsg, AF_UNSPEC
with open(os.path.join(sys.argv[1], "RTM_GETADDR"), "wb") as f:
    f.write(dump(22, struct.pack("=BBBBI", socket.AF_INET, 0, 0, 0, 0)))  # ifaddrmsg, AF_INET
PY
for f in dev if_inet6 tcp tcp6 udp udp6 raw raw6 unix; do cat "/proc/net/$f" > "$tree/proc/net/$f"; done
ls /sys/class/net > "$out/sys-class-net.host"       # what the unremounted sysfs showed (the host's)

run() {
  local name=$1; shift
  local rc=0; netstat "$@" > "$out/netstat/$name.out" 2> "$out/netstat/$name.err" || rc=$?; echo "$rc" > "$out/netstat/$name.rc"
  printf '%s\n' "$@" > "$out/netstat/$name.args"
}
run i -i; run ia -ia; run ie -ie; run iae -iae; run in -in; run ian -ian
{ uname -r; netstat -V | head -n 1; date -u +%Y-%m-%dT%H:%M:%SZ; } > "$out/PROVENANCE.env"
