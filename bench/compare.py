#!/usr/bin/env python3
"""Side-by-side timing of netstatx against net-tools netstat and iproute2 ss, on a bounded loopback load.

For every N given with --conns it starts ../shared/bench/loadgen.py with N established TCP connections on
127.0.0.1 (2N ESTABLISHED sockets; N=0 runs without load), waits for its ready file, then times

    table:   ss -tan | netstat -tan | ./netstatx -tan | cat /proc/net/tcp /proc/net/tcp6 (the kernel's cost)
    owners:  ss -tanp | netstat -tanp | ./netstatx -tanp                      (unless --no-owners)
    (with --floors also a Java Hello World with the launcher's JVM flags, the JVM's floor, and
     ./netstatx -V, our start-up without any /proc work)

as whole processes (stdout and stderr to /dev/null) in interleaved rounds: each round runs every command of
a group once, in an order rotated from round to round, so each command has a partner measured moments
apart. Per command it reports the median wall time, the median CPU time (user+sys of the reaped child) and
the peak RSS of one extra run under /usr/bin/time; per pair of commands the median of the per-round ratios
(the method of ../shared/reference/performance.md). It then stops the load and goes on to the next N.

Every loop is bounded: rounds per group (--runs, at most 50), the wait for a quiet machine (--quiet-wait),
the load's setup (loadgen's own 300 s) and the whole script (--max-seconds: when exceeded, the remaining
rounds are skipped and the tables say how many ran). Only loopback addresses are used.

    bench/compare.py --conns 0,5000,25000,50000 --floors --out bench/results/run.md
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_RUNS = 50
LAUNCHER_JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto']


def shared_dir(explicit):
    """The shared/ directory beside the repository (also in CI): ../shared from the top level; in a linked
    worktree, ../shared beside the main checkout."""
    if explicit:
        return explicit
    candidates = []
    for query in ('--show-toplevel', '--git-common-dir'):
        try:
            out = subprocess.run(['git', 'rev-parse', '--path-format=absolute', query], cwd=REPO,
                                 capture_output=True, text=True, timeout=10, check=True).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            continue
        top = out if query == '--show-toplevel' else os.path.dirname(out)
        candidates.append(os.path.join(top, '..', 'shared'))
    candidates.append(os.path.join(REPO, '..', 'shared'))
    return next((c for c in candidates if os.path.isdir(c)), candidates[0])


# ------------------------------------------------------------------------------------------ measuring

def run_timed(argv):
    """Runs argv once with stdout/stderr to /dev/null; returns (wall s, cpu s, exit status)."""
    actions = [(os.POSIX_SPAWN_OPEN, 0, '/dev/null', os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, '/dev/null', os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, '/dev/null', os.O_WRONLY, 0)]
    t0 = time.monotonic()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    _, status, ru = os.wait4(pid, 0)
    wall = time.monotonic() - t0
    return wall, ru.ru_utime + ru.ru_stime, os.waitstatus_to_exitcode(status)


def peak_rss_kib(argv):
    """Peak RSS of one run, from GNU time (its own fork is small, unlike this Python process)."""
    gnu_time = '/usr/bin/time'
    if not os.access(gnu_time, os.X_OK):
        return None
    with tempfile.NamedTemporaryFile('r') as f:
        subprocess.run([gnu_time, '-f', '%M', '-o', f.name] + argv, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        lines = [l for l in f.read().split('\n') if l.strip()]
    try:
        return int(lines[-1])
    except (IndexError, ValueError):
        return None


def output_rows(argv):
    """Lines a command prints (a sanity check that the tools list the same sockets), and its exit status."""
    p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       timeout=600)
    return p.stdout.count(b'\n'), p.returncode


def cpu_idle_fraction(window):
    def sample():
        with open('/proc/stat') as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return v[3] + v[4], sum(v)  # idle + iowait, total
    i0, t0 = sample()
    time.sleep(window)
    i1, t1 = sample()
    return (i1 - i0) / max(1, t1 - t0)


def wait_quiet(threshold, max_wait):
    """Waits (bounded) until the machine is at least `threshold` idle over 2 s; returns the last idle share."""
    deadline = time.monotonic() + max_wait
    while True:
        idle = cpu_idle_fraction(2.0)
        if idle >= threshold or time.monotonic() >= deadline:
            return idle


class Command:
    def __init__(self, name, argv):
        self.name = name
        self.argv = argv
        self.walls = []
        self.cpus = []
        self.failures = 0
        self.rss_kib = None
        self.rows = None


def measure_group(commands, warmup, runs, deadline):
    """Interleaved rounds; returns the per-round wall times (index-aligned across commands)."""
    rounds = 0
    for r in range(warmup + runs):
        if r >= warmup and time.monotonic() > deadline:
            break
        k = r % len(commands)
        for c in commands[k:] + commands[:k]:
            wall, cpu, rc = run_timed(c.argv)
            if r >= warmup:
                c.walls.append(wall)
                c.cpus.append(cpu)
                c.failures += rc != 0
        rounds += r >= warmup
    for c in commands:
        c.rss_kib = peak_rss_kib(c.argv)
        c.rows = output_rows(c.argv)
    return rounds


def ratio(a, b):
    return statistics.median(x / y for x, y in zip(a.walls, b.walls)) if a.walls else float('nan')


# ------------------------------------------------------------------------------------------ load

class Load:
    """loadgen.py holding N connections; a no-op for N=0."""

    def __init__(self, loadgen, conns, udp, duration):
        self.proc = None
        self.info = {'sockets': '0', 'setup_s': '0', 'errors': '[]'}
        if conns == 0 and udp == 0:
            return
        self.ready = tempfile.mktemp(prefix='netstatx-bench-', suffix='.ready')
        self.proc = subprocess.Popen([sys.executable, loadgen, '--conns', str(conns), '--udp', str(udp),
                                      '--duration', str(int(duration)), '--ready-file', self.ready],
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 420  # loadgen's own setup timeout is 300 s
        while not os.path.exists(self.ready):
            if self.proc.poll() is not None:
                raise RuntimeError('loadgen ended before it was ready (exit %s)' % self.proc.returncode)
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError('loadgen was not ready within 420 s')
            time.sleep(0.2)
        with open(self.ready) as f:
            for line in f:
                key, _, value = line.strip().partition(' ')
                self.info[key] = value

    def stop(self):
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def tcp_sockets_in_use():
    with open('/proc/net/sockstat') as f:
        for line in f:
            if line.startswith('TCP:'):
                w = line.split()
                return int(w[w.index('inuse') + 1])
    return None


# ------------------------------------------------------------------------------------------ commands

def hello_world(tmp):
    """A compiled Hello World run with the launcher's JVM flags, or None without javac."""
    java_home = os.environ.get('JAVA_HOME')
    javac = os.path.join(java_home, 'bin', 'javac') if java_home else shutil.which('javac')
    java = os.path.join(java_home, 'bin', 'java') if java_home else shutil.which('java')
    if not javac or not os.access(javac, os.X_OK) or not java:
        return None
    with open(os.path.join(tmp, 'Hello.java'), 'w') as f:
        f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
    subprocess.run([javac, '-d', tmp, os.path.join(tmp, 'Hello.java')], check=True, timeout=120)
    return [java] + LAUNCHER_JVM_FLAGS + ['-cp', tmp, 'Hello']


def tool(name):
    path = shutil.which(name)
    if not path:
        sys.exit('compare.py: %s is not installed (Debian: apt-get install net-tools iproute2)' % name)
    return path


def groups(launcher, hello, owners):
    ss, netstat, cat = tool('ss'), tool('netstat'), tool('cat')
    table = [Command('ss -tan', [ss, '-tan']), Command('netstat -tan', [netstat, '-tan']),
             Command('netstatx -tan', [launcher, '-tan']),
             Command('cat /proc/net/tcp{,6}', [cat, '/proc/net/tcp', '/proc/net/tcp6'])]
    if hello:
        table.append(Command('java Hello (JVM floor)', hello))
        table.append(Command('netstatx -V (start-up only)', [launcher, '-V']))
    result = [('table', table, ['ss -tan', 'netstat -tan'] + (['java Hello (JVM floor)'] if hello else []))]
    if owners:
        result.append(('owners', [Command('ss -tanp', [ss, '-tanp']), Command('netstat -tanp', [netstat, '-tanp']),
                                  Command('netstatx -tanp', [launcher, '-tanp'])],
                       ['ss -tanp', 'netstat -tanp']))
    return result


# ------------------------------------------------------------------------------------------ report

def ms(seconds):
    return '%.0f' % (seconds * 1000) if seconds >= 0.0995 else '%.1f' % (seconds * 1000)


def table_markdown(commands, yardsticks):
    by_name = {c.name: c for c in commands}
    head = '| command | wall ms (median) | cpu ms (median) | peak RSS MiB | rows | ' + ' | '.join(
        '× ' + y for y in yardsticks) + ' |'
    lines = [head, '|' + '---|' * (5 + len(yardsticks))]
    for c in commands:
        cells = [c.name,
                 ms(statistics.median(c.walls)) if c.walls else '–',
                 ms(statistics.median(c.cpus)) if c.cpus else '–',
                 '%.1f' % (c.rss_kib / 1024) if c.rss_kib else '–',
                 '%d' % c.rows[0] + ('' if c.rows[1] == 0 else ' (exit %d)' % c.rows[1])]
        cells += ['%.2f' % ratio(c, by_name[y]) for y in yardsticks]
        if c.failures:
            cells[0] += ' (%d failed runs)' % c.failures
        lines.append('| ' + ' | '.join(cells) + ' |')
    return '\n'.join(lines)


def machine():
    with open('/proc/cpuinfo') as f:
        model = next((l.split(':', 1)[1].strip() for l in f if l.startswith('model name')), '?')
    with open('/proc/meminfo') as f:
        mem = int(f.readline().split()[1]) // 1024
    java = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.split('\n')[0]
    ss_version = subprocess.run([tool('ss'), '-V'], capture_output=True, text=True).stdout.strip()
    netstat_version = subprocess.run([tool('netstat'), '-V'], capture_output=True, text=True).stdout.split('\n')[0]
    return '%s, %d CPUs, %d MiB RAM, Linux %s; %s; %s; %s' % (model, os.cpu_count(), mem, platform.release(), java,
                                                           netstat_version, ss_version)


# ------------------------------------------------------------------------------------------ main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument('--conns', default='50000', help='comma-separated N values (connections; 2N sockets)')
    ap.add_argument('--udp', type=int, default=0, help='bound UDP sockets added by the load (default 0)')
    ap.add_argument('--runs', type=int, help='counted rounds per group (default 10 for N<=5000, else 5)')
    ap.add_argument('--warmup', type=int, default=1, help='uncounted rounds first (default 1)')
    ap.add_argument('--no-owners', action='store_true', help='skip the -p group')
    ap.add_argument('--floors', action='store_true',
                    help='also time a Java Hello World (JVM floor) and ./netstatx -V (our start-up)')
    ap.add_argument('--quiet-idle', type=float, default=0.85, help='idle share to wait for (default 0.85)')
    ap.add_argument('--quiet-wait', type=float, default=30, help='max seconds to wait for it (default 30)')
    ap.add_argument('--max-seconds', type=float, default=1800, help='bound on the whole run (default 1800)')
    ap.add_argument('--shared', help='the shared/ directory (default: ../shared beside the repository)')
    ap.add_argument('--out', help='also write the report (markdown) here; raw samples go beside it as .json')
    a = ap.parse_args()
    ns = [int(x) for x in a.conns.split(',') if x.strip()]
    if any(n < 0 or n > 200000 for n in ns):
        ap.error('--conns values must be between 0 and 200000')
    started = time.monotonic()
    deadline = started + a.max_seconds
    loadgen = os.path.join(shared_dir(a.shared), 'bench', 'loadgen.py')
    if any(ns) and not os.path.exists(loadgen):
        sys.exit('compare.py: %s not found (shared/ must sit beside the repository, or pass --shared)' % loadgen)
    launcher = os.path.join(REPO, 'netstatx')
    # Builds the CLI if it is stale, so that no build lands inside a timed run.
    subprocess.run([launcher, '--list-backends'], stdout=subprocess.DEVNULL, timeout=900)
    if not os.path.exists(os.path.join(REPO, 'cli', 'target', 'netstatx.jar')):
        sys.exit('compare.py: the CLI did not build (run ./netstatx once to see why)')

    report = ['# netstatx bench/compare.py, %s' % datetime.datetime.now().isoformat(timespec='seconds'),
              '', 'Machine: ' + machine(), '']
    raw = []
    printed = 0
    with tempfile.TemporaryDirectory(prefix='netstatx-bench-') as tmp:
        hello = hello_world(tmp) if a.floors else None
        for n in ns:
            if time.monotonic() > deadline:
                report.append('N=%d skipped: --max-seconds reached' % n)
                continue
            runs = min(MAX_RUNS, a.runs or (10 if n <= 5000 else 5))
            load = Load(loadgen, n, a.udp, min(7200, a.max_seconds + 600))
            try:
                report.append('## N=%d (%s sockets held by loadgen, setup %s s; TCP sockets in use: %s)' % (
                    n, load.info.get('sockets'), load.info.get('setup_s'), tcp_sockets_in_use()))
                if load.info.get('errors', '[]') != '[]':
                    report.append('loadgen reported errors: ' + load.info['errors'])
                for name, commands, yardsticks in groups(launcher, hello, not a.no_owners):
                    idle = wait_quiet(a.quiet_idle, a.quiet_wait)
                    done = measure_group(commands, a.warmup, runs, deadline)
                    report += ['', '### %s, %d rounds (+%d warm-up), machine %.0f%% idle before' % (
                        name, done, a.warmup, idle * 100), '', table_markdown(commands, yardsticks)]
                    raw.append({'n': n, 'group': name, 'rounds': done, 'idle_before': idle,
                                'commands': [{'name': c.name, 'argv': c.argv, 'wall_s': c.walls, 'cpu_s': c.cpus,
                                              'failures': c.failures, 'peak_rss_kib': c.rss_kib,
                                              'rows': c.rows[0], 'exit': c.rows[1]} for c in commands]})
                report.append('')
                print('\n'.join(report[printed:]), flush=True)
                printed = len(report)
            finally:
                load.stop()
    if a.out:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, 'a') as f:
            f.write('\n'.join(report) + '\n')
        with open(os.path.splitext(a.out)[0] + '.json', 'a') as f:
            json.dump(raw, f, indent=1)
            f.write('\n')
    print('\n'.join(report[printed:]))
    print('total %.0f s' % (time.monotonic() - started))


if __name__ == '__main__':
    main()
