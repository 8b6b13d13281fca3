#!/usr/bin/env bash
# Captures the fixtures of the interface/route/statistics/group views: the procfs and sysfs files the
# Linux backend reads, the `ip -o -4 addr show` output, and what the real net-tools netstat 2.10 prints
# for the same frozen kernel state. Everything happens inside a private network namespace (and mount
# namespace, so /sys can be remounted for it and name lookups can be limited to files); nothing on the
# host is changed.
#
#   scripts/capture-view-fixtures.sh OUTDIR        (as root)
#
# OUTDIR/tree is an fs-root for the Linux backend (proc/, sys/, .commands/); OUTDIR/netstat holds, per
# netstat invocation NAME, NAME.args (one argument per line), NAME.out (stdout), NAME.err (stderr) and
# NAME.rc (exit status). The state is
# frozen before capturing: no traffic is generated between the first and the last read.
set -euo pipefail
out=$(realpath -m "$1")
if [ "${NETSTATX_IN_NS:-}" != 1 ]; then
  mkdir -p "$out"
  exec env NETSTATX_IN_NS=1 unshare -n -m "$0" "$out"
fi

mount --make-rprivate /
mount -t sysfs sysfs /sys
# Reverse lookups may only use files: a DNS query would itself be traffic in the namespace.
printf 'hosts: files\nnetworks: files\n' > /tmp/netstatx-nsswitch.conf
mount --bind /tmp/netstatx-nsswitch.conf /etc/nsswitch.conf

# Quiet IPv6: no router solicitations or DAD probes that would keep counters moving.
for k in router_solicitations accept_dad; do
  sysctl -qw net.ipv6.conf.default.$k=0 net.ipv6.conf.all.$k=0
done

ip link set lo up
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip addr add 10.1.0.1/24 brd + dev v0
ip addr add 10.1.0.2/24 dev v0                       # secondary: not shown by -ie
ip addr add 10.2.0.1/16 dev v0 label v0:1            # alias: its own row in -i
ip addr add fd00:1::1/64 dev v0 nodad
ip addr add 10.5.0.1/30 brd + dev v1
ip tuntap add dev t0 mode tun
ip link set t0 up                                   # no carrier: UP without RUNNING
ip addr add 10.9.0.1 peer 10.9.0.2/32 dev t0
ip link add brlongname12345 type bridge
ip link set brlongname12345 up
ip link add ifb9 type ifb                            # stays down: only with -a
ip route add default via 10.1.0.254
ip route add 10.7.0.9/32 via 10.1.0.254 metric 5
ip route add 169.254.0.0/16 dev v0 metric 1000       # named in /etc/networks
ip route add unreachable 203.0.113.64/26
ip route add prohibit 198.51.100.0/24
ip -6 route add default via fd00:1::fe dev v0
ip -6 route add unreachable 2001:db8:dead::/48

# Conntrack with a source NAT, so /proc/net/nf_conntrack has masqueraded entries.
nft -f - <<'NFT'
table ip nat {
  chain post {
    type nat hook postrouting priority 100;
    oifname "v0" ip daddr 10.1.0.77 snat to 10.1.0.2
  }
}
table inet track {
  chain out {
    type filter hook output priority 0;
    ct state new accept
  }
}
NFT

# Group memberships and a fixed bit of traffic, then wait for the join reports to finish.
python3 - <<'PY' &
import socket, struct, time
s4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s4.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP,
              socket.inet_aton("239.1.2.3") + socket.inet_aton("10.1.0.1"))
s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP,
              socket.inet_pton(socket.AF_INET6, "ff15::1:2") + struct.pack("@I", socket.if_nametoindex("v0")))
time.sleep(120)
PY
joiner=$!
python3 - <<'PY'
import socket
# TCP over loopback (v4 and v6): a connection, some data, an orderly close.
for fam, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    srv = socket.socket(fam, socket.SOCK_STREAM)
    srv.bind((host, 0)); srv.listen(1)
    c = socket.create_connection(srv.getsockname()[:2])
    a, _ = srv.accept()
    c.sendall(b"x" * 3000); a.recv(4096); a.sendall(b"ok"); c.recv(16)
    c.close(); a.close(); srv.close()
# UDP to closed ports: ICMP port unreachable (v4) and ICMPv6 (v6).
for fam, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    u = socket.socket(fam, socket.SOCK_DGRAM); u.sendto(b"hi", (host, 9)); u.close()
# UDP to a neighbour that does not answer: leaves v0 (ARP) and is source-NATed.
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("10.1.0.1", 40000))
u.sendto(b"hi", ("10.1.0.77", 53)); u.close()
PY
sleep 6

tree="$out/tree"
rm -rf "$tree" "$out/netstat"
mkdir -p "$tree/proc/net" "$tree/.commands" "$out/netstat"
for f in dev if_inet6 route rt_cache ipv6_route snmp netstat snmp6 igmp igmp6 dev_mcast nf_conntrack \
         tcp tcp6 udp udp6 udplite udplite6 raw raw6 unix; do
  cat "/proc/net/$f" > "$tree/proc/net/$f"
done
for d in /sys/class/net/*; do
  n=$(basename "$d")
  mkdir -p "$tree/sys/class/net/$n"
  for a in ifindex mtu flags address type tx_queue_len operstate; do
    cat "$d/$a" > "$tree/sys/class/net/$n/$a" 2>/dev/null || true
  done
done
ip -o -4 addr show > "$tree/.commands/ip-o-4-addr-show"
mkdir -p "$tree/etc"
for f in hosts networks services protocols; do cp "/etc/$f" "$tree/etc/$f"; done

run() {
  local name=$1; shift
  local rc=0; netstat "$@" > "$out/netstat/$name.out" 2> "$out/netstat/$name.err" || rc=$?; echo "$rc" > "$out/netstat/$name.rc"
  printf '%s\n' "$@" > "$out/netstat/$name.args"
}
run i -i; run ia -ia; run ie -ie; run iae -iae; run in -in
run r -r; run rn -rn; run re -re; run rne -rne; run ree -ree; run rnee -rnee; run rC -rC; run rFC -rFC
run r6 -r6; run rn6 -rn6; run r46 -r46; run reee -reee; run reeee -reeee; run rC6 -rC6
run rAunix -r -A unix; run rAipx -r -A ipx; run r6unix -r -A inet6,unix
run s -s; run st -st; run su -su; run sw -sw; run sU -sU; run s6 -s6; run st6 -st6; run su6 -su6; run sw6 -sw6
run s46 -s -4 -6; run sx -s -x
run g -g; run gn -gn; run M -M
{ uname -r; netstat -V | head -n 1; date -u +%Y-%m-%dT%H:%M:%SZ; } > "$out/PROVENANCE.env"
kill $joiner
