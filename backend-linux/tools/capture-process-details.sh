#!/usr/bin/env bash
# Captures the "process-details" procfs fixture: one process that holds a TCP and a UDP listener in a
# private network namespace, created as root and then switched to uid/gid 65534, so the socket's uid (0)
# and the process's effective uid (65534) differ. Besides the socket tables and the fd links it keeps
# /proc/stat (btime) and the process's stat and status files, and records what `ps -o lstart,user`
# says about the process at the same moment (the values OwnerProcessDetails must reproduce).
#
# Usage (as root): tools/capture-process-details.sh OUTDIR
set -euo pipefail

if [[ ${1:-} == --inner ]]; then
    out=$2
    ip link set lo up
    coproc HOLDER {
        exec /usr/bin/python3 -c '
import os, socket, sys
t = socket.socket(); t.bind(("127.0.0.1", 18080)); t.listen()
u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u.bind(("::1", 18081))
os.setresgid(65534, 65534, 65534); os.setresuid(65534, 65534, 65534)
print("READY", os.getpid(), flush=True)
sys.stdin.readline()
' 2>/dev/null
    }
    read -r ready pid <&"${HOLDER[0]}"
    [[ $ready == READY ]] || { echo "the holder did not start" >&2; exit 1; }

    mkdir -p "$out/proc/net" "$out/proc/$pid/fd" "$out/proc/self" "$out/proc/sys/kernel" "$out/etc"
    for f in tcp tcp6 udp udp6; do
        dd if=/proc/net/$f of="$out/proc/net/$f" bs=4M status=none
    done
    dd if=/proc/$pid/cmdline of="$out/proc/$pid/cmdline" bs=64k status=none
    cat /proc/$pid/stat > "$out/proc/$pid/stat"
    cat /proc/$pid/status > "$out/proc/$pid/status"
    ln -s "$(readlink /proc/$pid/exe)" "$out/proc/$pid/exe"
    for fd in /proc/$pid/fd/*; do
        ln -s "$(readlink "$fd")" "$out/proc/$pid/fd/${fd##*/}"
    done
    cat /proc/stat > "$out/proc/stat"
    cat /proc/self/status > "$out/proc/self/status"
    for f in hostname osrelease arch; do cat /proc/sys/kernel/$f > "$out/proc/sys/kernel/$f"; done
    cat /etc/passwd > "$out/etc/passwd"

    {
        echo "# Provenance of this procfs fixture scenario (written by backend-linux/tools/capture-process-details.sh)."
        echo "provenance=captured"
        echo "captured.at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
        echo "captured.command=backend-linux/tools/capture-process-details.sh (unshare -n; python3 holder; as root)"
        echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
        echo "kernel=$(uname -r)"
        echo "arch=$(uname -m)"
        echo "byte.order=little-endian"
        echo "holder.pid=$pid"
        echo "# ps at the same moment (TZ=UTC): what the start time and user must come out as"
        echo "ps.lstart=$(TZ=UTC LC_ALL=C ps -o lstart= -p "$pid" | sed 's/^ *//')"
        echo "ps.user=$(ps -o user= -p "$pid" | sed 's/ *$//')"
        echo "clk.tck=$(getconf CLK_TCK)"
    } > "$out/fixture.properties"

    echo done >&"${HOLDER[1]}"
    wait "$HOLDER_PID" 2>/dev/null || true
    exit 0
fi

[[ $(id -u) == 0 ]] || { echo "run as root (needs unshare -n)" >&2; exit 1; }
out=$(realpath -m "$1")
rm -rf "$out" && mkdir -p "$out"
exec unshare -n "$0" --inner "$out"
