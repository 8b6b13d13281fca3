#!/usr/bin/env bash
# Runs inside `unshare -n` (started by WindowsNamespaceEndToEndTest, as root): brings up lo, opens the
# known socket set of backend-linux/tools/socket-set.py, runs `netstatx --dialect windows` with each
# argument list given, then records what iproute2 and the C library say about the same sockets, so
# the test can build netstat.exe's expected text without our model code:
#   OUT/run-N.out, run-N.err, run-N.rc   netstatx stdout, stderr, exit code for the N-th argument list
#   OUT/ss.txt                           ss -tuanp -H, taken right after the netstatx runs
#   OUT/exe.tsv                          pid <TAB> basename of /proc/pid/exe, for every pid ss names
#   OUT/services.tsv                     port/proto <TAB> name, from getent (first matching line)
#   OUT/hosts.tsv                        address <TAB> name, from getent hosts (reverse lookups)
#   OUT/hostname                         the computer name
# Usage: run-in-namespace.sh OUT SOCKET_SET_PY JAVA CLASSPATH ARGLIST...   (each ARGLIST one word list)
set -euo pipefail
out=$1 socketset=$2 java=$3 cp=$4
shift 4
ip link set lo up
ip addr add 2001:db8:1234:5678:9abc:def0:1234:5678/128 dev lo nodad
demo=$(mktemp -d)
# Debian's python3, not a per-user one (pyenv under /root): socket-set.py starts a holder as nobody,
# which must be able to execute the interpreter.
coproc SOCKETS { exec /usr/bin/python3 "$socketset" "$demo" 2>"$out/socket-set.err"; }
socketset_pid=$SOCKETS_PID
read -r ready _ holders <&"${SOCKETS[0]}"
[[ ${ready:-} == READY ]] || { echo "socket-set.py did not start:" >&2; cat "$out/socket-set.err" >&2; exit 1; }
# socket-set.py's holder processes outlive it unless killed; they would keep the test's pipes open.
# shellcheck disable=SC2086
trap 'kill $holders "$socketset_pid" 2>/dev/null || true' EXIT

n=0
for args in "$@"; do
    n=$((n + 1))
    rc=0
    # shellcheck disable=SC2086
    NETSTATX_HINTS=never "$java" -cp "$cp" io.github.netstatx.cli.Main --dialect windows $args \
        > "$out/run-$n.out" 2> "$out/run-$n.err" || rc=$?
    echo "$rc" > "$out/run-$n.rc"
done
ss -tuanp -H > "$out/ss.txt"

: > "$out/exe.tsv"
for pid in $(grep -o 'pid=[0-9]*' "$out/ss.txt" | cut -d= -f2 | sort -un); do
    exe=$(readlink "/proc/$pid/exe" || true)
    printf '%s\t%s\n' "$pid" "${exe##*/}" >> "$out/exe.tsv"
done
: > "$out/services.tsv"
for port in $(awk '{print $5; print $6}' "$out/ss.txt" | sed 's/.*://' | grep -E '^[0-9]+$' | sort -un); do
    for proto in tcp udp; do
        name=$(getent services "$port/$proto" | awk '{print $1}' || true)
        [[ -n $name ]] && printf '%s/%s\t%s\n' "$port" "$proto" "$name" >> "$out/services.tsv"
    done
done
: > "$out/hosts.tsv"
for addr in $(awk '{print $6}' "$out/ss.txt" | sed -E 's/:[^:]*$//; s/^\[//; s/\]$//; s/^::ffff://' | sort -u); do
    [[ $addr == '*' ]] && continue
    name=$(timeout 5 getent hosts "$addr" | awk '{print $2}' || true)
    [[ -n $name ]] && printf '%s\t%s\n' "$addr" "$name" >> "$out/hosts.tsv"
done
hostname > "$out/hostname"

kill $holders "$socketset_pid" 2>/dev/null || true
wait "$socketset_pid" 2>/dev/null || true
rm -rf "$demo"
