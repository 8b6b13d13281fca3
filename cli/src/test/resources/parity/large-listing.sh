#!/bin/bash
# LargeListingParityTest's driver, run as `unshare -n bash large-listing.sh WORK PYTHON JAVA CP PAIRS ARGS...`:
# brings lo up, starts socketload.py with PAIRS connections and, for every ARGS word (a netstat option
# word such as -tan), writes WORK/<word>.before (netstat), .ours, .ours.err, .rc and .after (netstat
# again). A comparison whose netstat runs disagree (the kernel state moved) is repeated, at most 3 times.
set -u
work=$1 python=$2 java=$3 cp=$4 pairs=$5
shift 5
ip link set lo up || exit 3
"$python" "$work/socketload.py" "$pairs" "$work/ready" 300 2>"$work/socketload.err" &
load=$!
for _ in $(seq 1 1800); do
  [ -s "$work/ready" ] && break
  kill -0 "$load" 2>/dev/null || break
  sleep 0.1
done
if [ ! -s "$work/ready" ]; then
  echo "the socket load did not come up" >&2
  kill -TERM "$load" 2>/dev/null
  exit 4
fi
for args in "$@"; do
  for _ in 1 2 3; do
    netstat "$args" >"$work/$args.before" 2>&1
    timeout 120 "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" io.github.netstatx.cli.Main "$args" \
      >"$work/$args.ours" 2>"$work/$args.ours.err"
    echo $? >"$work/$args.rc"
    netstat "$args" >"$work/$args.after" 2>&1
    cmp -s "$work/$args.before" "$work/$args.after" && break
  done
done
kill -TERM "$load"
wait "$load"
exit 0
