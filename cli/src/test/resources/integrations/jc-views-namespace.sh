#!/usr/bin/env bash
# Runs inside `unshare -n` for JcViewsNamespaceTest: gives the namespace interfaces and routes (a veth pair with
# an address, a gateway route, a default route with a metric), then for each line of $JCNS_WORK/args runs real
# `netstat ARGS` and our CLI with `--format jc ARGS`, writing out/N.netstat and out/N.ours (stderr beside them
# as .err). IPv6 is off on the pair (no router solicitations or MLD reports), so nothing sends traffic and the
# counters hold still between the two runs.
# Environment: JCNS_WORK, JCNS_JAVA, JCNS_CP.
set -u
work=$JCNS_WORK
mkdir -p "$work/out"
export LC_ALL=C.UTF-8
unset LANG LANGUAGE NETSTATX_DIALECT
{
  ip link set lo up &&
  sysctl -qw net.ipv6.conf.default.disable_ipv6=1 &&
  ip link add jcv0 type veth peer name jcv1 &&
  ip link set jcv0 mtu 1400 up &&
  ip link set jcv1 up &&
  ip addr add 10.9.0.1/24 dev jcv0 &&
  ip route add 10.8.0.0/16 via 10.9.0.254 &&
  ip route add default via 10.9.0.254 metric 5
} || { echo "error: cannot set up the interfaces and routes"; exit 1; }

n=0
set -f
while IFS= read -r line; do
  n=$((n + 1))
  # shellcheck disable=SC2086  # one invocation's arguments, split on blanks
  set -- $line
  netstat "$@" </dev/null >"$work/out/$n.netstat" 2>"$work/out/$n.netstat.err"
  "$JCNS_JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$JCNS_CP" io.github.netstatx.cli.Main --format jc "$@" \
    </dev/null >"$work/out/$n.ours" 2>"$work/out/$n.ours.err"
done <"$work/args"
echo done
