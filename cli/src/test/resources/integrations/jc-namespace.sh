#!/usr/bin/env bash
# Runs inside `unshare -n` for JcNamespaceTest: brings lo up, starts jc-sockets.py, then for each line of
# $JCNS_WORK/args (the arguments of one invocation) runs real `netstat -W ARGS` and our CLI with
# `--format jc ARGS`, writing out/N.netstat and out/N.ours (stdout; stderr beside them as .err).
# Environment: JCNS_WORK, JCNS_PYTHON, JCNS_JAVA, JCNS_CP.
set -u
work=$JCNS_WORK
mkdir -p "$work/out" "$work/sock"
export LC_ALL=C.UTF-8
unset LANG LANGUAGE NETSTATX_DIALECT
ip link set lo up || { echo "error: cannot bring lo up"; exit 1; }

mkfifo "$work/hold"
"$JCNS_PYTHON" "$(dirname "$0")/jc-sockets.py" "$work/sock" <"$work/hold" >"$work/sockets.out" 2>"$work/sockets.err" &
holder=$!
exec 9>"$work/hold"
for _ in $(seq 1 100); do
  grep -qx ready "$work/sockets.out" 2>/dev/null && break
  kill -0 "$holder" 2>/dev/null || { echo "error: the socket set ended: $(cat "$work/sockets.err")"; exit 1; }
  sleep 0.1
done
grep -qx ready "$work/sockets.out" || { echo "error: the socket set was not ready in 10 s"; exit 1; }

n=0
set -f
while IFS= read -r line; do
  n=$((n + 1))
  # shellcheck disable=SC2086  # one invocation's arguments, split on blanks
  set -- $line
  netstat -W "$@" </dev/null >"$work/out/$n.netstat" 2>"$work/out/$n.netstat.err"
  "$JCNS_JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$JCNS_CP" io.github.netstatx.cli.Main --format jc "$@" \
    </dev/null >"$work/out/$n.ours" 2>"$work/out/$n.ours.err"
done <"$work/args"
exec 9>&-
wait "$holder"
echo done
