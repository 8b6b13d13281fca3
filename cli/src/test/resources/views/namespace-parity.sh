#!/usr/bin/env bash
# Used by NamespaceParityTest (as root): builds a private network namespace with a few interfaces, addresses,
# routes and group joins, generates a fixed bit of loopback and veth traffic, waits until nothing moves, then
# runs every case with the real netstat and with netstatx, one right after the other, and copies /proc/net.
#
#   namespace-parity.sh OUTDIR JAVA CLASSPATH CASES
#
# CASES has one case per line: NAME DIALECT ARG...; DIALECT "both" runs netstat and netstatx, "windows" only
# netstatx --dialect windows. Outputs: OUTDIR/NAME.{netstat,netstatx}.{out,err,rc}, OUTDIR/proc-net/.
set -euo pipefail
out=$1 java=$2 cp=$3 cases=$4
if [ "${NETSTATX_IN_NS:-}" != 1 ]; then
  exec env NETSTATX_IN_NS=1 unshare -n -m "$0" "$@"
fi
mount --make-rprivate /
# /sys is deliberately NOT remounted: it keeps showing the host's interfaces, as after a bare `unshare -n`,
# and the interface views must still match net-tools (which asks the kernel by ioctl; netstatx by rtnetlink).
printf 'hosts: files\nnetworks: files\n' > "$out/nsswitch.conf"
mount --bind "$out/nsswitch.conf" /etc/nsswitch.conf
for k in router_solicitations accept_dad; do
  sysctl -qw net.ipv6.conf.default.$k=0 net.ipv6.conf.all.$k=0
done

ip link set lo up
ip link add p0 type veth peer name p1
ip link set p0 up
ip link set p1 up
ip addr add 10.77.0.1/24 brd + dev p0
ip addr add 10.77.1.1/24 dev p0 label p0:7
ip addr add fd77::1/64 dev p0 nodad
ip addr add 10.79.0.2/24 brd + dev p1
ip route add default via 10.77.0.254
ip route add 10.78.0.0/16 via 10.77.0.9 metric 9
ip route add unreachable 192.0.2.128/25
ip -6 route add default via fd77::fe dev p0

python3 - <<'PY' &
import socket, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, socket.inet_aton("239.7.7.7") + socket.inet_aton("10.77.0.1"))
time.sleep(600)
PY
joiner=$!
trap 'kill $joiner 2>/dev/null || true' EXIT
python3 - <<'PY'
import socket
for fam, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    srv = socket.socket(fam, socket.SOCK_STREAM); srv.bind((host, 0)); srv.listen(1)
    c = socket.create_connection(srv.getsockname()[:2]); a, _ = srv.accept()
    c.sendall(b"y" * 5000); a.recv(8192); a.sendall(b"ok"); c.recv(16); c.close(); a.close(); srv.close()
for fam, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    u = socket.socket(fam, socket.SOCK_DGRAM); u.sendto(b"x", (host, 9)); u.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.sendto(b"x", ("10.79.0.2", 9)); u.close()
PY
sleep 6

while read -r name dialect args; do
  [ -n "$name" ] || continue
  if [ "$dialect" = both ]; then
    rc=0; netstat $args > "$out/$name.netstat.out" 2> "$out/$name.netstat.err" || rc=$?
    echo "$rc" > "$out/$name.netstat.rc"
    rc=0; "$java" -cp "$cp" io.github.netstatx.cli.Main --dialect linux $args \
      > "$out/$name.netstatx.out" 2> "$out/$name.netstatx.err" || rc=$?
  else
    rc=0; "$java" -cp "$cp" io.github.netstatx.cli.Main --dialect windows $args \
      > "$out/$name.netstatx.out" 2> "$out/$name.netstatx.err" || rc=$?
  fi
  echo "$rc" > "$out/$name.netstatx.rc"
done < "$cases"
mkdir -p "$out/proc-net"
for f in dev snmp snmp6 route; do cat "/proc/net/$f" > "$out/proc-net/$f"; done
