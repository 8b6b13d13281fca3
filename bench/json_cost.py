#!/usr/bin/env python3
"""What --json costs next to the table: ./netstatx ARGS against ./netstatx --json ARGS (and, with --input,
rendering a saved snapshot), at idle and on a bounded loopback load from ../shared/bench/loadgen.py.

For every N in --conns it starts loadgen with N established connections (2N ESTABLISHED sockets; N=0 runs
without load), then runs the commands of each pair in interleaved rounds (order alternating from round to
round), stdout and stderr to /dev/null, and reports per command the median wall and CPU time and per pair
the median of the per-round ratios (the method of ../shared/reference/performance.md). Only loopback
addresses are used; rounds (--runs, at most 50) and the load's lifetime are bounded.

    bench/json_cost.py --conns 0,5000,25000 --runs 11
"""
import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NETSTATX = os.path.join(REPO, 'netstatx')


def loadgen_path(explicit):
    if explicit:
        return explicit
    common = subprocess.run(['git', 'rev-parse', '--path-format=absolute', '--git-common-dir'], cwd=REPO,
                            capture_output=True, text=True, timeout=10).stdout.strip()
    for base in (os.path.join(os.path.dirname(common), '..'), os.path.join(REPO, '..', '..'),
                 os.path.join(REPO, '..')):
        p = os.path.join(base, 'shared', 'bench', 'loadgen.py')
        if os.path.exists(p):
            return p
    sys.exit('json_cost.py: cannot find shared/bench/loadgen.py; pass --loadgen')


def timed(argv):
    devnull = os.open(os.devnull, os.O_RDWR)
    t0 = time.monotonic()
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, devnull, 1),
                                       (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status, ru = os.wait4(pid, 0)
    wall = time.monotonic() - t0
    os.close(devnull)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit('json_cost.py: %s failed' % ' '.join(argv))
    return wall, ru.ru_utime + ru.ru_stime


def pair(name, a, b, runs):
    walls = {0: [], 1: []}
    cpus = {0: [], 1: []}
    ratios = []
    for r in range(runs):
        order = (0, 1) if r % 2 == 0 else (1, 0)
        got = {}
        for i in order:
            got[i] = timed((a, b)[i])
            walls[i].append(got[i][0])
            cpus[i].append(got[i][1])
        ratios.append(got[1][0] / got[0][0])
    med = statistics.median
    print('| %s | %.0f ms (cpu %.0f) | %.0f ms (cpu %.0f) | %+.0f ms | %.2f |' % (
        name, 1000 * med(walls[0]), 1000 * med(cpus[0]), 1000 * med(walls[1]), 1000 * med(cpus[1]),
        1000 * (med(walls[1]) - med(walls[0])), med(ratios)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--conns', default='0,5000,25000')
    ap.add_argument('--runs', type=int, default=11)
    ap.add_argument('--args', default='-tan', help='dialect options, e.g. -tan or -tanp')
    ap.add_argument('--loadgen')
    o = ap.parse_args()
    runs = max(1, min(50, o.runs))
    subprocess.run([NETSTATX, '-V'], stdout=subprocess.DEVNULL, check=True)  # build if stale
    args = o.args.split()
    print('| N (load) / command pair | table | --json | difference | median ratio |')
    print('|---|---|---|---|---|')
    for n in [int(x) for x in o.conns.split(',')]:
        proc = None
        ready = tempfile.mktemp(prefix='json_cost.ready.')
        if n > 0:
            proc = subprocess.Popen([sys.executable, loadgen_path(o.loadgen), '--conns', str(n), '--duration', '900',
                                     '--ready-file', ready], stdout=subprocess.DEVNULL)
            deadline = time.time() + 300
            while not os.path.exists(ready):
                if time.time() > deadline or proc.poll() is not None:
                    sys.exit('json_cost.py: the load did not come up')
                time.sleep(0.2)
        try:
            pair('N=%d: %s vs --json %s' % (n, o.args, o.args), [NETSTATX] + args, [NETSTATX, '--json'] + args, runs)
            with tempfile.NamedTemporaryFile(suffix='.json') as saved:
                subprocess.run([NETSTATX, '--json'] + args, stdout=saved, check=True)
                pair('N=%d: %s vs --input saved %s' % (n, o.args, o.args), [NETSTATX] + args,
                     [NETSTATX, '--input', saved.name] + args, runs)
        finally:
            if proc is not None:
                proc.send_signal(signal.SIGINT)
                proc.wait(timeout=120)
            if os.path.exists(ready):
                os.remove(ready)


if __name__ == '__main__':
    main()
