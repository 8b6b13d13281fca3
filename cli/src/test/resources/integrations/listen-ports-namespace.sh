#!/usr/bin/env bash
# Runs inside `unshare -n` for ListenPortsFactsNamespaceTest: holds a few listeners (TCP on both families, UDP,
# two processes), then runs the real community.general.listen_ports_facts through `ansible localhost` and our
# CLI with --facts=listen_ports, writing out/module (ansible's one-line result) and out/ours; then the module with
# include_non_listening=true and --facts=listen_ports_all (out/module_all, out/ours_all) while the namespace also
# holds connections: two ESTABLISHED on accepted and connecting sockets, one TIME_WAIT, one connected UDP socket.
# Environment: LPF_WORK, LPF_PYTHON, LPF_JAVA, LPF_CP.
set -u
work=$LPF_WORK
mkdir -p "$work/out"
export LC_ALL=C.UTF-8 ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
  ANSIBLE_NOCOLOR=1 ANSIBLE_HOME="$work/ansible" ANSIBLE_LOCAL_TEMP="$work/ansible/tmp"
ip link set lo up || { echo "error: cannot bring lo up"; exit 1; }
listener() {
  "$LPF_PYTHON" -c '
import socket, sys, time
fam = socket.AF_INET6 if ":" in sys.argv[2] else socket.AF_INET
kind = socket.SOCK_STREAM if sys.argv[1] == "tcp" else socket.SOCK_DGRAM
s = socket.socket(fam, kind)
s.bind((sys.argv[2], int(sys.argv[3])))
if kind == socket.SOCK_STREAM:
    s.listen()
print("ready", flush=True)
time.sleep(600)
' "$@" >"$work/l.$3" 2>&1 &
  pids+=($!)
}
pids=()
listener tcp 127.0.0.1 18080
listener tcp ::1 18081
listener udp 0.0.0.0 18082
listener tcp 0.0.0.0 18083
"$LPF_PYTHON" -c '
import socket, time
srv = socket.socket()
srv.bind(("127.0.0.1", 18090))
srv.listen()
c = socket.create_connection(("127.0.0.1", 18090))
a, _ = srv.accept()
# the connecting side closes first: it ends in TIME_WAIT, held by no process
c2 = socket.create_connection(("127.0.0.1", 18090))
a2, _ = srv.accept()
c2.close()
time.sleep(0.3)
a2.close()
srv.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.connect(("127.0.0.1", 18082))
print("ready", flush=True)
time.sleep(600)
' >"$work/l.conns" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  [ "$(cat "$work"/l.* 2>/dev/null | grep -c ready)" = 5 ] && break
  sleep 0.1
done
ansible localhost -o -m community.general.listen_ports_facts </dev/null >"$work/out/module" 2>"$work/out/module.err"
"$LPF_JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$LPF_CP" io.github.netstatx.cli.Main --facts=listen_ports \
  </dev/null >"$work/out/ours" 2>"$work/out/ours.err"
sleep 0.3
ansible localhost -o -m community.general.listen_ports_facts -a include_non_listening=true </dev/null \
  >"$work/out/module_all" 2>"$work/out/module_all.err"
"$LPF_JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$LPF_CP" io.github.netstatx.cli.Main --facts=listen_ports_all \
  </dev/null >"$work/out/ours_all" 2>"$work/out/ours_all.err"
kill "${pids[@]}"
echo done
