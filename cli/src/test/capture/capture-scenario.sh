#!/usr/bin/env bash
# Captures the golden scenario `loopback-mix` into a fixture tree (as root; needs python3, nft, iproute2):
#   capture-scenario.sh OUT_DIR
# Inside a private network and mount namespace it opens a known socket set (sockets.py), then copies
# /proc/net/* and the owning processes' /proc entries (snapshot.py). Expected outputs are made from
# the tree afterwards by run-netstat.sh, so real netstat and netstatx read exactly the same input.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "$1")"
[ "$(id -u)" = 0 ] || { echo "capture-scenario.sh: needs root (unshare -n)" >&2; exit 1; }
if [ "${NETSTATX_IN_NS:-}" != 1 ]; then
  NETSTATX_IN_NS=1 exec unshare -n -m --propagation private "$0" "$@"
fi
ip link set lo up
ip -6 addr add 2001:db8:1234:5678:9abc:def0:1234:5678/128 dev lo nodad
nft add table inet nx
nft 'add chain inet nx out { type filter hook output priority 0 ; }'
nft add rule inet nx out tcp dport 9 drop
nft add rule inet nx out tcp dport 7777 'tcp flags & (syn | ack) == ack' drop
mount -t tmpfs tmpfs /run
# Short, stable command lines for the fixture: the script runs from /run, not from the checkout.
ready=/run/ready
mkdir -m 1777 "$ready"
cp "$here/sockets.py" /run/sockets.py
(cd /run && exec python3 sockets.py main "$ready") &
main=$!
while [ ! -e "$ready/main" ]; do
  kill -0 "$main" 2>/dev/null || { echo "capture-scenario.sh: sockets.py failed" >&2; exit 1; }
  sleep 0.1
done
rm -rf "$out"
python3 "$here/snapshot.py" "$out"
pkill -P $$ || true
kill $(pgrep -f "sockets.py main|sockets.py user|sockets.py longname|sockets.py slashname|sockets.py unicode") 2>/dev/null || true
mkdir -p "$out/etc"
cp "$here/etc-hosts" "$out/etc/hosts"
cp /etc/protocols "$out/etc/protocols"
{ cat /etc/services; cat "$here/etc-services-extra"; } > "$out/etc/services"
cp "$here/etc-passwd" "$out/etc/passwd"
{
  echo "scenario=loopback-mix"
  echo "captured-at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "kernel=$(uname -r) $(uname -m), byte order little-endian"
  echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "net-tools=$(dpkg-query -W -f '${Version}' net-tools 2>/dev/null || echo unknown)"
  echo "command=cli/src/test/capture/capture-scenario.sh (sockets.py, snapshot.py) in unshare -n -m as root"
} > "$out/fixture.properties"
