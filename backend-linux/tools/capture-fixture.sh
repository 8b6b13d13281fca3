#!/usr/bin/env bash
# Captures a procfs fixture scenario for backend-linux: the real /proc files of a private network
# namespace holding the known socket set of socket-set.py, the /proc/PID entries of the processes
# that hold those sockets, the /etc files the CLI needs, and the output of real netstat and ss taken
# at the same moment as a cross-check.
#
# Usage (as root): tools/capture-fixture.sh OUTDIR
#   OUTDIR becomes an fsRoot: OUTDIR/proc/net/*, OUTDIR/proc/PID/{cmdline,exe,fd/*}, OUTDIR/etc/*,
#   plus OUTDIR/fixture.properties and OUTDIR/crosscheck/.
set -euo pipefail

if [[ ${1:-} == --inner ]]; then
    out=$2
    here=$(cd "$(dirname "$0")" && pwd)
    demo=/run/netstatx-demo
    rm -rf "$demo" && mkdir -p "$demo"
    ip link set lo up
    ip addr add 2001:db8:1234:5678:9abc:def0:1234:5678/128 dev lo nodad

    # relative script name and stderr on /dev/null keep machine paths out of cmdline and the fd links
    coproc SOCKETS { cd "$here" && exec /usr/bin/python3 socket-set.py "$demo" 2>/dev/null; }
    read -r ready pids <&"${SOCKETS[0]}"
    [[ $ready == READY ]] || { echo "socket-set.py did not start" >&2; exit 1; }

    # 1. the socket tables, each in one go
    mkdir -p "$out/proc/net"
    for f in tcp tcp6 udp udp6 udplite udplite6 raw raw6 unix; do
        dd if=/proc/net/$f of="$out/proc/net/$f" bs=4M status=none
    done
    # 2. the processes holding the sockets: cmdline bytes, exe link, every fd link
    for pid in $pids; do
        mkdir -p "$out/proc/$pid/fd"
        dd if=/proc/$pid/cmdline of="$out/proc/$pid/cmdline" bs=64k status=none
        ln -s "$(readlink /proc/$pid/exe)" "$out/proc/$pid/exe"
        for fd in /proc/$pid/fd/*; do
            ln -s "$(readlink "$fd")" "$out/proc/$pid/fd/${fd##*/}"
        done
    done
    mkdir -p "$out/proc/self" "$out/proc/sys/kernel"
    cat /proc/self/status > "$out/proc/self/status"
    for f in hostname osrelease arch; do cat /proc/sys/kernel/$f > "$out/proc/sys/kernel/$f"; done
    # 3. the databases the CLI and the user lookup read
    mkdir -p "$out/etc"
    for f in passwd services protocols hosts os-release; do cat /etc/$f > "$out/etc/$f"; done

    # 4. cross-check: real netstat and ss at the same moment (LC_ALL=C; stdout, stderr, exit code)
    mkdir -p "$out/crosscheck"
    n=0
    run() {   # run NAME USER ARGS...
        local name=$1 user=$2; shift 2
        n=$((n + 1))
        local id; id=$(printf '%s-%02d' "$name" "$n")
        local rc=0
        if [[ $user == root ]]; then
            LC_ALL=C "$@" > "$out/crosscheck/$id.out" 2> "$out/crosscheck/$id.err" || rc=$?
        else
            LC_ALL=C setpriv --reuid="$user" --regid="$user" --clear-groups "$@" \
                > "$out/crosscheck/$id.out" 2> "$out/crosscheck/$id.err" || rc=$?
        fi
        printf '%s\t%s\t%s\t%s\n' "$id" "$rc" "$user" "$*" >> "$out/crosscheck/index.tsv"
    }
    printf 'id\texit\tuid\tcommand\n' > "$out/crosscheck/index.tsv"
    run ss root ss -tuanxp
    run ss root ss -tuanxpe
    for args in -tuanxpeW -tan -tuln -tulpn -an -tanW -tuanep -xa -4tan -6tan -ta -tano -tuanpo -tuanxpe \
                -l -a -n -x -xp -xl -w -wa -wan -uan -tlnp -tlp -tanee -tanpeW "-A inet" "--inet --inet6" \
                -lntu "--raw -an" -tuwanW -xaW -tuan -tuanW -tuanp -tuanpeW; do
        # shellcheck disable=SC2086
        run netstat root netstat $args
    done
    # not root: 65534 owns one listener (some sockets mapped), 4242 owns none (nothing mapped)
    for args in -tanp -tulpn -tuanxp; do
        # shellcheck disable=SC2086
        run netstat 65534 netstat $args
    done
    run netstat 4242 netstat -tanp

    kill "$SOCKETS_PID"
    wait "$SOCKETS_PID" 2>/dev/null || true
    rm -rf "$demo"
    exit 0
fi

[[ $(id -u) == 0 ]] || { echo "needs root (unshare -n, raw sockets, port 22)" >&2; exit 1; }
out=$(realpath -m "${1:?usage: $0 OUTDIR}")
[[ ! -e $out ]] || { echo "$out exists; remove it first" >&2; exit 1; }
mkdir -p "$out"
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
unshare -n "$0" --inner "$out"

byteorder=$(python3 -c 'import sys; print(sys.byteorder)')
cat > "$out/fixture.properties" <<PROPS
# Provenance of this procfs fixture scenario (written by backend-linux/tools/capture-fixture.sh).
provenance=captured
captured.at=$started
captured.command=backend-linux/tools/capture-fixture.sh (unshare -n; socket-set.py; as root)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
kernel=$(uname -r)
arch=$(uname -m)
byte.order=${byteorder}-endian
net-tools=$(dpkg-query -W -f='${Version}' net-tools 2>/dev/null || echo unknown)
iproute2=$(dpkg-query -W -f='${Version}' iproute2 2>/dev/null || echo unknown)
unix.socket.dir=/run/netstatx-demo
crosscheck=crosscheck/index.tsv lists each netstat/ss run taken in the same namespace right after the copy
PROPS
echo "captured into $out"
