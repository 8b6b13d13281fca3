#!/usr/bin/env bash
# Runs inside `unshare -n -m` (private network and mount namespaces) for NetstatParityTest:
#   1. gives the namespace its own /etc/hosts (long host names for the truncation rules) and /etc/resolv.conf
#      (a name server that cannot be reached, so no DNS query can land on one of the set's own UDP sockets);
#   2. starts socketset.py, waits for its manifest, prints "ready MANIFEST";
#   3. then reads one request per line from stdin:  ID TOOL [ARG...]   (TOOL: netstat | ours)
#      runs it with stdin from /dev/null, stdout to $NSX_WORK/out/ID.out, stderr to ID.err, and answers
#      "rc ID STATUS". Arguments are split on blanks and never glob-expanded.
# End of file on stdin ends the loop; closing fd 9 then lets the socket set exit.
# Environment: NSX_WORK (a fresh directory), NSX_PYTHON, NSX_SOCKETSET, NSX_TIMEOUT, NSX_JAVA, NSX_CP.
set -u
work=$NSX_WORK
mkdir -p "$work/out" "$work/sockets"

cat >"$work/hosts" <<'EOF'
127.0.0.1	localhost
127.0.0.2	another-quite-long-hostname.example.com
::1	localhost ip6-localhost ip6-loopback
2001:db8::5	an-extremely-long-hostname-for-testing.example.org
EOF
printf 'nameserver 192.0.2.53\noptions timeout:1 attempts:1\n' >"$work/resolv.conf"
mount --bind "$work/hosts" /etc/hosts || { echo "error: cannot bind-mount /etc/hosts"; exit 1; }
mount --bind "$work/resolv.conf" /etc/resolv.conf || { echo "error: cannot bind-mount /etc/resolv.conf"; exit 1; }

# Both tools see the same, plain locale.
export LC_ALL=C.UTF-8
unset LANG LANGUAGE NETSTATX_DIALECT

mkfifo "$work/hold"
"$NSX_PYTHON" "$NSX_SOCKETSET" --dir "$work/sockets" --timeout "$NSX_TIMEOUT" \
  <"$work/hold" >"$work/manifest" 2>"$work/socketset.err" &
exec 9>"$work/hold"

for _ in $(seq 1 300); do   # at most 30 s
  if grep -qx ready "$work/manifest" 2>/dev/null; then
    echo "ready $work/manifest"
    break
  fi
  if ! kill -0 $! 2>/dev/null; then
    echo "error: the socket set ended early: $(tr '\n' ' ' <"$work/socketset.err")"
    exit 1
  fi
  sleep 0.1
done
grep -qx ready "$work/manifest" || { echo "error: the socket set was not ready within 30 s"; exit 1; }

set -f
while read -r id tool rest; do
  # shellcheck disable=SC2086  # word splitting of the arguments is intended
  set -- $rest
  case $tool in
    netstat) netstat "$@" </dev/null >"$work/out/$id.out" 2>"$work/out/$id.err" ;;
    ours) "$NSX_JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$NSX_CP" io.github.netstatx.cli.Main "$@" \
            </dev/null >"$work/out/$id.out" 2>"$work/out/$id.err" ;;
    *) echo "error: unknown tool $tool"; continue ;;
  esac
  echo "rc $id $?"
done
exec 9>&-
wait
