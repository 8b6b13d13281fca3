#!/usr/bin/env python3
"""Soak test: a long repeating netstatx run under socket and process churn, in a private network namespace.

Runs `netstatx --json --changes -tanu 1` (one sample a second) inside `unshare -n` while a churn thread
opens and closes TCP listeners, connections and UDP sockets on 127.0.0.1 and short-lived child processes
that hold sockets of their own. It asserts

  * flat memory: after the warm-up (the first fifth of the run), the JVM's RSS never exceeds its warm level
    by more than --rss-slack MB;
  * no leaks: the JVM's open descriptors and threads, sampled every few seconds after the warm-up, stay
    within a small band (--fd-slack, --thread-slack) of their warm values;
  * a faithful stream: at checkpoints the churn pauses; `ss -tanuH` runs, then again after a sample read
    wholly in between, and the socket set rebuilt from the stream (the first snapshot with every change
    event applied since) must hold every row both ss runs show and no row that neither shows (sockets move
    on their own meanwhile: TIME_WAIT expires, FIN states advance).

Every wait is bounded; the script ends within --minutes plus a minute. It needs root (unshare -n) and a built
CLI (cli/target/netstatx.jar, see ./netstatx). Only loopback addresses in the private namespace are used.

    bench/soak.py --minutes 60            # the hour-long soak
    bench/soak.py --minutes 3             # the CI variant (.ci/run)
"""
import argparse
import collections
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(REPO, 'cli', 'target', 'netstatx.jar')


def proc_status(pid):
    fields = {}
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            k, _, v = line.partition(':')
            fields[k] = v.strip()
    return int(fields['VmRSS'].split()[0]) // 1024, int(fields['Threads'])


def fd_count(pid):
    return len(os.listdir(f'/proc/{pid}/fd'))


SS_STATES = {'LISTEN': 'LISTEN', 'ESTAB': 'ESTABLISHED', 'TIME-WAIT': 'TIME_WAIT', 'SYN-SENT': 'SYN_SENT',
             'SYN-RECV': 'SYN_RECV', 'FIN-WAIT-1': 'FIN_WAIT1', 'FIN-WAIT-2': 'FIN_WAIT2',
             'CLOSE-WAIT': 'CLOSE_WAIT', 'LAST-ACK': 'LAST_ACK', 'CLOSING': 'CLOSING', 'CLOSE': 'CLOSE'}


def identity(s):
    """How --changes recognises a socket across samples: protocol, local and remote address and port."""
    return (s['protocol'], s['local_address'], s['local_port'] or 0, s['remote_address'], s['remote_port'] or 0)


def row(s):
    """A socket record as a comparable row: its identity and, for TCP, its state."""
    return identity(s) + ((s.get('state') if s['protocol'] == 'tcp' else None),)


def endpoint(text):
    addr, _, port = text.rpartition(':')
    addr = addr.strip('[]')
    return ('0.0.0.0' if addr == '*' else addr), (0 if port == '*' else int(port))


def ss_set():
    """What ss shows of TCP and UDP, as rows."""
    out = subprocess.run(['ss', '-tanuH'], capture_output=True, text=True, timeout=30).stdout
    rows = set()
    for line in out.splitlines():
        p = line.split()
        if len(p) < 6:
            continue
        proto = p[0]
        state = SS_STATES.get(p[1], p[1]) if proto == 'tcp' else None
        rows.add((proto,) + endpoint(p[4]) + endpoint(p[5]) + (state,))
    return rows


class Churn(threading.Thread):
    """Opens and closes loopback sockets and short-lived socket-holding processes until stopped."""

    def __init__(self, seed):
        super().__init__(daemon=True)
        self.rng = random.Random(seed)
        self.running = threading.Event()
        self.running.set()
        self.stopped = False
        self.held = []
        self.children = []

    def run(self):
        while not self.stopped:
            self.running.wait(1)
            if not self.running.is_set():
                continue
            r = self.rng.random()
            try:
                if r < 0.3 or not self.held:
                    srv = socket.socket()
                    srv.bind(('127.0.0.1', 0))
                    srv.listen(8)
                    cli = socket.create_connection(srv.getsockname(), timeout=2)
                    conn, _ = srv.accept()
                    self.held.append((srv, cli, conn))
                elif r < 0.55:
                    for s in self.held.pop(self.rng.randrange(len(self.held))):
                        s.close()
                elif r < 0.7:
                    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                    u.bind(('127.0.0.1', 0))
                    self.held.append((u,))
                elif r < 0.85:
                    self.children.append(subprocess.Popen([sys.executable, '-c',
                        'import socket,time;s=socket.socket();s.bind(("127.0.0.1",0));s.listen();time.sleep(2)']))
                self.children = [c for c in self.children if c.poll() is None]
                if len(self.held) > 200:
                    for s in self.held.pop(0):
                        s.close()
            except OSError:
                pass
            time.sleep(self.rng.uniform(0.005, 0.05))

    def quiesce(self):
        """Pauses the churn and waits for the children, so the socket set holds still."""
        self.running.clear()
        time.sleep(0.2)
        for c in self.children:
            c.wait(timeout=10)
        self.children = []


def replay(lines):
    """The TCP and UDP rows the stream describes after its last line: the snapshot, every change applied.

    A multiset: under churn the kernel's /proc/net/tcp may list a socket twice or skip it (seq_file resumes
    a table by its position in a hash bucket), and the stream reports what each sample listed."""
    current = collections.Counter()
    for doc in lines:
        if doc['kind'] == 'snapshot':
            current = collections.Counter(row(s) for s in doc['sockets'] if s['protocol'] in ('tcp', 'udp'))
            continue
        for ch in doc['changes']:
            s = ch['socket']
            if s['protocol'] not in ('tcp', 'udp'):
                continue
            if ch['event'] == 'disappeared':
                current[row(s)] -= 1
            elif ch['event'] == 'state_changed':
                current[row(dict(s, state=ch.get('previous_state')))] -= 1
                current[row(s)] += 1
            else:
                current[row(s)] += 1
    return {r for r, n in current.items() if n > 0}


def inside(args):
    subprocess.run(['ip', 'link', 'set', 'lo', 'up'], check=True, timeout=30)
    java = os.path.join(os.environ.get('JAVA_HOME', '/usr'), 'bin', 'java')
    p = subprocess.Popen([java, '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xmn8m', '-Xshare:auto', '-jar', JAR,
                          '--json', '--changes', '-tanu', '1'], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    lines, lock = [], threading.Lock()

    def reader():
        for line in p.stdout:
            with lock:
                lines.append(json.loads(line))
    threading.Thread(target=reader, daemon=True).start()
    churn = Churn(args.seed)
    churn.start()
    end = time.time() + args.minutes * 60
    warm_at = time.time() + max(60, args.minutes * 24)   # the heap grows to its working size first
    warm, peaks, failures, checkpoints = None, {'rss': 0, 'fds': (1 << 30, 0), 'threads': (1 << 30, 0)}, [], 0
    next_check = time.time() + 30
    try:
        while time.time() < end:
            time.sleep(3)
            if p.poll() is not None:
                failures.append(f'netstatx ended early with {p.returncode}: {p.stderr.read()[-2000:]}')
                break
            rss, threads = proc_status(p.pid)
            fds = fd_count(p.pid)
            if time.time() >= warm_at:
                if warm is None:
                    warm = (rss, fds, threads)
                peaks['rss'] = max(peaks['rss'], rss)
                peaks['fds'] = (min(peaks['fds'][0], fds), max(peaks['fds'][1], fds))
                peaks['threads'] = (min(peaks['threads'][0], threads), max(peaks['threads'][1], threads))
            if time.time() >= next_check:
                churn.quiesce()
                with lock:
                    n = len(lines)
                deadline = time.time() + 30
                while time.time() < deadline:
                    with lock:
                        if len(lines) >= n + 2:
                            break
                    time.sleep(0.2)
                # ss is run twice around a sample that was read wholly between the two runs: the first line
                # printed after ss may have read /proc before it (a slow pass), the second one cannot have.
                # Sockets change on their own meanwhile (TIME_WAIT expires, FIN states move on), so the
                # stream must hold every row both ss runs show and no row that neither shows.
                first = ss_set()
                with lock:
                    n = len(lines)
                for _ in range(2):
                    deadline = time.time() + 30
                    while time.time() < deadline:
                        with lock:
                            if len(lines) > n:
                                break
                        time.sleep(0.2)
                    with lock:
                        n = len(lines)
                with lock:
                    stream = replay(lines)
                second = ss_set()
                checkpoints += 1
                stable, seen = first & second, first | second
                if not stable <= stream <= seen:
                    if args.keep:
                        with open(args.keep, 'w') as f:
                            json.dump({'ss_first': sorted(map(list, first), key=str),
                                       'ss_second': sorted(map(list, second), key=str), 'stream': lines}, f)
                    failures.append(f'checkpoint {checkpoints}: stream has {len(stream)} sockets, ss'
                                    f' {len(first)} then {len(second)}; in the stream but in neither ss run:'
                                    f' {sorted(stream - seen, key=str)[:5]}; in both ss runs but not in the'
                                    f' stream: {sorted(stable - stream, key=str)[:5]}')
                churn.running.set()
                next_check = time.time() + 30
    finally:
        churn.stopped = True
        p.terminate()
        p.wait(timeout=30)
    if warm is not None:
        if peaks['rss'] > warm[0] + args.rss_slack:
            failures.append(f'RSS grew from {warm[0]} MB to {peaks["rss"]} MB')
        if peaks['fds'][1] - peaks['fds'][0] > args.fd_slack:
            failures.append(f'open descriptors ranged {peaks["fds"]} after warm-up ({warm[1]} when warm)')
        if peaks['threads'][1] - peaks['threads'][0] > args.thread_slack:
            failures.append(f'threads ranged {peaks["threads"]} after warm-up ({warm[2]} when warm)')
    print(f'soak: {args.minutes} min, {len(lines)} samples, {checkpoints} checkpoints, warm {warm},'
          f' peak RSS {peaks["rss"]} MB, fds {peaks["fds"]}, threads {peaks["threads"]}, seed {args.seed}')
    for f in failures:
        print('soak: FAIL ' + f, file=sys.stderr)
    return 1 if failures or checkpoints == 0 else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--minutes', type=float, default=60)
    ap.add_argument('--rss-slack', type=int, default=32, help='MB the RSS may rise above its warm level')
    ap.add_argument('--fd-slack', type=int, default=4)
    ap.add_argument('--thread-slack', type=int, default=2)
    ap.add_argument('--seed', type=int, default=int(time.time()))
    ap.add_argument('--keep', help='on a checkpoint mismatch, write the stream and ss rows to this JSON file')
    ap.add_argument('--inside', action='store_true', help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inside:
        sys.exit(inside(args))
    if os.geteuid() != 0:
        sys.exit('soak.py needs root for unshare -n')
    if not os.path.isfile(JAR):
        sys.exit(f'no {JAR}: build the CLI first (./netstatx -V builds it)')
    cmd = ['unshare', '-n', sys.executable, os.path.abspath(__file__), '--inside', '--minutes', str(args.minutes),
           '--rss-slack', str(args.rss_slack), '--fd-slack', str(args.fd_slack), '--thread-slack',
           str(args.thread_slack), '--seed', str(args.seed)] + (['--keep', args.keep] if args.keep else [])
    sys.exit(subprocess.run(cmd, timeout=args.minutes * 60 + 120).returncode)


if __name__ == '__main__':
    main()
