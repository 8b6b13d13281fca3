#!/usr/bin/env python3
"""Side-by-side timing of netstatx against net-tools netstat and iproute2 ss, on a bounded loopback load.

For every N given with --conns it starts ../shared/bench/loadgen.py with N established TCP connections on
127.0.0.1 (2N ESTABLISHED sockets; N=0 runs without load), waits for its ready file, then times the groups
chosen with --groups (default: all that apply to the N):

    idle:     java Hello (a Hello World with the launcher's JVM flags) | ./netstatx -tan | ./netstatx -V
    table:    ss -tan | netstat -tan | ./netstatx -tan | ./netstatx --json -tan | cat /proc/net/tcp{,6}
    listen:   ss -tln | netstat -tln | ./netstatx -tln | ss -tuln | netstat -tuln | ./netstatx -tuln
    owners:   ss -tanp | netstat -tanp | ./netstatx -tanp | ./netstatx --dialect windows -ano
    interval: ./netstatx -tanc for --refreshes refreshes: CPU per refresh and RSS after each one

as whole processes (stdout and stderr to /dev/null) in interleaved rounds: each round runs every command of
a group once, in an order rotated from round to round, so each command has a partner measured moments
apart. Per command it reports the median wall time, the median CPU time (user+sys of the reaped child) and
the peak RSS of one extra run under /usr/bin/time; per pair of commands the median of the per-round ratios
(the method of ../shared/reference/performance.md). It then stops the load and goes on to the next N.

--goals runs the set that decides the goals of issue 13 (N=0, 50000 and 100000, i.e. idle, 100k and 200k
sockets; about 10-15 minutes on a 2-core machine) and ends with one line per goal: met or not met, with the
figure. --doc PATH writes docs/PERFORMANCE.md from the run (or, with --from-json, from a saved one).

Every loop is bounded: rounds per group (--runs, at most 50), the wait for a quiet machine (--quiet-wait),
the load's setup (loadgen's own 300 s), the interval group (--refreshes, at most 200, and 400 s) and the
whole script (--max-seconds: when exceeded, the remaining rounds are skipped and the tables say how many
ran). Only loopback addresses are used.

    bench/compare.py --goals --out bench/results/run.md --doc docs/PERFORMANCE.md
    bench/compare.py --conns 0,5000 --groups idle,table
    bench/compare.py --from-json bench/results/run.json --doc docs/PERFORMANCE.md
"""
import argparse
import datetime
import glob
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
# The JVM options bin/netstatx gives every run (its class-data archive aside).
LAUNCHER_JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xmn8m', '-Xshare:auto', '-Xlog:disable',
                      '-Xlog:all=warning:stderr']
GROUPS = ('idle', 'table', 'listen', 'owners', 'interval')
# --goals: which groups run at which N (connections; 2N sockets), and the counted rounds.
GOAL_PLAN = ((0, ('idle',), 15), (50000, ('table', 'listen', 'owners', 'interval'), 5), (100000, ('table',), 5))


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
    def __init__(self, name, argv, against=()):
        self.name = name
        self.argv = argv
        self.against = list(against)  # names of the commands of its group it is compared with
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
    return tcp_sockstat('inuse')


def tcp_sockstat(field):
    """A TCP: count of /proc/net/sockstat: 'inuse' counts this network namespace, 'alloc' the whole machine."""
    with open('/proc/net/sockstat') as f:
        for line in f:
            if line.startswith('TCP:'):
                w = line.split()
                return int(w[w.index(field) + 1])
    return None


def sockets_in_use_text(inuse, alloc):
    """The socket counts of a section heading. Every namespace's TCP sockets share the kernel's one hash table,
    and reading /proc/net/tcp walks all of it: sockets of other namespaces (another bench, containers) slow
    every netstat and netstatx run here, the idle ones included, though none of them is listed."""
    text = 'TCP sockets in use: %s' % ('?' if inuse is None else inuse)
    if alloc is not None and inuse is not None and alloc > inuse + 1000:
        text += ' (%d allocated machine-wide: other namespaces\' sockets, walked by every /proc/net/tcp read)' % alloc
    return text


# ------------------------------------------------------------------------------------------ commands

def java_binary(name):
    java_home = os.environ.get('JAVA_HOME')
    return os.path.join(java_home, 'bin', name) if java_home else shutil.which(name)


def hello_world(tmp):
    """A compiled Hello World run with the launcher's JVM flags, or None without javac."""
    javac, java = java_binary('javac'), java_binary('java')
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


def group_commands(group, launcher, hello, ss_owners):
    """The commands of a group, each with the names it is compared with."""
    ss, netstat, cat = tool('ss'), tool('netstat'), tool('cat')
    if group == 'idle':
        return [Command('java Hello (JVM floor)', hello),
                Command('netstatx -tan', [launcher, '-tan'], ['java Hello (JVM floor)']),
                Command('netstatx -V', [launcher, '-V'], ['java Hello (JVM floor)'])] if hello else [
                Command('netstatx -tan', [launcher, '-tan'])]
    if group == 'table':
        return [Command('ss -tan', [ss, '-tan']), Command('netstat -tan', [netstat, '-tan']),
                Command('netstatx -tan', [launcher, '-tan'], ['ss -tan', 'netstat -tan']),
                Command('netstatx --json -tan', [launcher, '--json', '-tan'], ['netstatx -tan']),
                Command('cat /proc/net/tcp{,6}', [cat, '/proc/net/tcp', '/proc/net/tcp6'], ['ss -tan'])]
    if group == 'listen':
        return [Command('ss -tln', [ss, '-tln']), Command('netstat -tln', [netstat, '-tln']),
                Command('netstatx -tln', [launcher, '-tln'], ['netstat -tln', 'ss -tln']),
                Command('ss -tuln', [ss, '-tuln']), Command('netstat -tuln', [netstat, '-tuln']),
                Command('netstatx -tuln', [launcher, '-tuln'], ['netstat -tuln', 'ss -tuln'])]
    if group == 'owners':
        commands = [Command('ss -tanp', [ss, '-tanp'])] if ss_owners else []
        ours = ['netstat -tanp'] + (['ss -tanp'] if ss_owners else [])
        return commands + [Command('netstat -tanp', [netstat, '-tanp']),
                           Command('netstatx -tanp', [launcher, '-tanp'], ours),
                           Command('netstatx --dialect windows -ano', [launcher, '--dialect', 'windows', '-ano'],
                                   ours)]
    raise ValueError(group)


def wait_for_archive(launcher, limit):
    """Runs the launcher once and waits (bounded) until the class-data archive it makes in the background
    exists, so that no timed run pays for or competes with its making. Returns a note for the report."""
    subprocess.run([launcher, '-V'], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=600)
    base = os.environ.get('XDG_CACHE_HOME', '')
    if not base.startswith('/'):
        base = os.path.join(os.path.expanduser('~'), '.cache')
    cache = os.path.join(base, 'netstatx')
    deadline = time.monotonic() + limit
    while glob.glob(os.path.join(cache, '*.lock')) and time.monotonic() < deadline:
        time.sleep(0.5)
    subprocess.run([launcher, '-V'], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=600)
    archives = [os.path.basename(a) for a in glob.glob(os.path.join(cache, '*'))
                if a.endswith(('.jsa', '.aot'))]
    if os.environ.get('NETSTATX_CDS') == 'off' or '-Xshare' in os.environ.get('JAVA_OPTS', ''):
        return 'class-data archive switched off (NETSTATX_CDS / JAVA_OPTS)'
    return 'class-data archives in %s: %s; %s' % (cache, ', '.join(sorted(archives)) or 'none',
                                                 archive_use(launcher))


def archive_use(launcher):
    """Which classes an untimed `-tan` through the launcher loads from the archive, by the JVM's own account
    (-Xlog:class+load): the JVM ignores an archive that does not match the jars without a word, and such a
    run would time a first start instead of a user's usual one. Ours, not the JDK's: with the archive every
    netstatx class comes from it."""
    with tempfile.TemporaryDirectory(prefix='netstatx-bench-') as tmp:
        log = os.path.join(tmp, 'classes.log')
        env = dict(os.environ, JAVA_OPTS=(os.environ.get('JAVA_OPTS', '') + ' -Xlog:class+load=info:file=' +
                                          log).strip())
        subprocess.run([launcher, '-tan'], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=env, timeout=600)
        total = archived = ours = ours_archived = 0
        with open(log) as f:
            for line in f:
                fields = line.split()
                if len(fields) < 3:
                    continue
                from_archive = 'shared objects file' in line
                total += 1
                archived += from_archive
                if fields[1].startswith('io.github.netstatx.'):
                    ours += 1
                    ours_archived += from_archive
    verdict = 'archive used' if ours and ours_archived == ours else 'ARCHIVE NOT USED FULLY: start-up figures are a first run\'s'
    return ('%s: an untimed -tan loaded %d classes, %d from the archives (netstatx: %d of %d)'
            % (verdict, total, archived, ours_archived, ours))


# ------------------------------------------------------------------------------------------ interval mode

def proc_cpu_s(pid):
    with open('/proc/%d/stat' % pid) as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')  # utime, stime


def proc_rss_kib(pid, key='VmRSS'):
    with open('/proc/%d/status' % pid) as f:
        for line in f:
            if line.startswith(key + ':'):
                return int(line.split()[1])
    return None


def measure_interval(launcher, refreshes, limit_s):
    """./netstatx -tanc read through a pipe: after each refresh (a new table header) the process's CPU time
    and RSS. Bounded by `refreshes` and `limit_s`; the process gets SIGINT at the end."""
    marker = b'Active Internet connections'
    p = subprocess.Popen([launcher, '-tanc'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    samples = []  # (refreshes seen, cpu s, rss KiB, monotonic s)
    seen, tail = 0, b''
    started = time.monotonic()
    deadline = started + limit_s
    try:
        fd = p.stdout.fileno()
        while seen <= refreshes and time.monotonic() < deadline:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            data = tail + chunk
            headers = data.count(marker)
            tail = data[-(len(marker) - 1):]
            if headers:
                # A header starts refresh `seen + 1`: the process has finished `seen` refreshes.
                seen += headers
                samples.append((seen - 1, proc_cpu_s(p.pid), proc_rss_kib(p.pid), time.monotonic() - started))
        peak = proc_rss_kib(p.pid, 'VmHWM')
    except (OSError, ValueError, IndexError):
        peak = None
    finally:
        p.send_signal(signal.SIGINT)
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
        p.stdout.close()
    done = [s for s in samples if s[0] >= 1]
    result = {'refreshes': done[-1][0] if done else 0, 'samples': samples, 'peak_rss_kib': peak}
    if len(done) >= 3:
        first, last = done[0], done[-1]
        result['cpu_per_refresh_s'] = (last[1] - first[1]) / max(1, last[0] - first[0])
        result['wall_per_refresh_s'] = (last[3] - first[3]) / max(1, last[0] - first[0])
        rss = [s[2] for s in done if s[2]]
        early = rss[4:14] if len(rss) >= 24 else rss[:max(1, len(rss) // 3)]
        late = rss[-10:] if len(rss) >= 24 else rss[-max(1, len(rss) // 3):]
        result['rss_early_kib'] = statistics.median(early)
        result['rss_late_kib'] = statistics.median(late)
        result['rss_max_kib'] = max(rss)
    return result


# ------------------------------------------------------------------------------------------ report

def ms(seconds):
    return '%.0f' % (seconds * 1000) if seconds >= 0.0995 else '%.1f' % (seconds * 1000)


def paired_ratio(a_walls, b_walls):
    pairs = [x / y for x, y in zip(a_walls, b_walls) if y > 0]
    return statistics.median(pairs) if pairs else None


def table_markdown(group):
    """One group of a run (as stored in the raw results) as a markdown table."""
    by_name = {c['name']: c for c in group['commands']}
    lines = ['| command | wall ms (median) | cpu ms (median) | peak RSS MiB | rows | paired ratio |',
             '|---|---|---|---|---|---|']
    for c in group['commands']:
        ratios = []
        for other in c.get('against', []):
            r = paired_ratio(c['wall_s'], by_name[other]['wall_s']) if other in by_name else None
            if r is not None:
                ratios.append('%.2f× %s' % (r, other))
        name = '`%s`' % c['name'] + (' (%d failed runs)' % c['failures'] if c['failures'] else '')
        lines.append('| %s | %s | %s | %s | %s | %s |' % (
            name,
            ms(statistics.median(c['wall_s'])) if c['wall_s'] else '–',
            ms(statistics.median(c['cpu_s'])) if c['cpu_s'] else '–',
            '%.1f' % (c['peak_rss_kib'] / 1024) if c['peak_rss_kib'] else '–',
            '%d' % c['rows'] + ('' if c['exit'] == 0 else ' (exit %d)' % c['exit']),
            ', '.join(ratios) or '–'))
    return '\n'.join(lines)


def interval_markdown(group):
    i = group['interval']
    if 'cpu_per_refresh_s' not in i:
        return 'interval mode: only %d refreshes seen, too few to report' % i['refreshes']
    return '\n'.join([
        '| refreshes | CPU per refresh | wall per refresh | RSS early (refreshes 5-14) | RSS late (last 10) | '
        'highest RSS | peak RSS (VmHWM) |', '|---|---|---|---|---|---|---|',
        '| %d | %s ms | %s ms | %.1f MiB | %.1f MiB | %.1f MiB | %s |' % (
            i['refreshes'], ms(i['cpu_per_refresh_s']), ms(i['wall_per_refresh_s']), i['rss_early_kib'] / 1024,
            i['rss_late_kib'] / 1024, i['rss_max_kib'] / 1024,
            '%.1f MiB' % (i['peak_rss_kib'] / 1024) if i['peak_rss_kib'] else '–')])


def group_markdown(group):
    head = '### %s at N=%d, %d rounds (+%d warm-up), machine %.0f%% idle before' % (
        group['group'], group['n'], group['rounds'], group['warmup'], group['idle_before'] * 100)
    if group['group'] == 'interval':
        head = '### interval (`netstatx -tanc`) at N=%d, machine %.0f%% idle before' % (
            group['n'], group['idle_before'] * 100)
        return head + '\n\n' + interval_markdown(group)
    return head + '\n\n' + table_markdown(group)


# ------------------------------------------------------------------------------------------ goals

def find(raw, n, group, name=None):
    for g in raw:
        if g['n'] == n and g['group'] == group:
            if name is None:
                return g
            for c in g['commands']:
                if c['name'] == name:
                    return c
    return None


def goal_ratio(raw, n, group, a, b):
    ca, cb = find(raw, n, group, a), find(raw, n, group, b)
    if not ca or not cb or not ca['wall_s']:
        return None
    return paired_ratio(ca['wall_s'], cb['wall_s'])


def goals(raw):
    """Issue 13's goals: (goal, figure text, met: True/False/None when not measured)."""
    out = []

    def ratio_goal(text, n, group, a, b, limit):
        r = goal_ratio(raw, n, group, a, b)
        out.append((text, '–' if r is None else '%.2f×' % r, None if r is None else r <= limit))

    def rss_goal(text, n, group, name, limit_mib):
        c = find(raw, n, group, name)
        kib = c and c['peak_rss_kib']
        out.append((text, '–' if not kib else '%.1f MiB' % (kib / 1024), None if not kib else kib / 1024 <= limit_mib))

    ratio_goal('`-tan` ≤ 1.2× `netstat -tan` at 100k sockets', 50000, 'table', 'netstatx -tan', 'netstat -tan', 1.2)
    ratio_goal('`-tan` ≤ 1.0× `netstat -tan` at 200k sockets', 100000, 'table', 'netstatx -tan', 'netstat -tan',
               1.0)
    ratio_goal('`-tanp` ≤ 0.2× `netstat -tanp` at 100k', 50000, 'owners', 'netstatx -tanp', 'netstat -tanp', 0.2)
    ratio_goal('`-tln` ≤ 0.4× `netstat -tln` at 100k', 50000, 'listen', 'netstatx -tln', 'netstat -tln', 0.4)
    ratio_goal('`-tuln` ≤ 0.4× `netstat -tuln` at 100k', 50000, 'listen', 'netstatx -tuln', 'netstat -tuln', 0.4)
    ratio_goal('`--json -tan` ≤ 1.2× `-tan` at 100k', 50000, 'table', 'netstatx --json -tan', 'netstatx -tan', 1.2)
    ratio_goal('Windows dialect `-ano` ≤ 0.5× `netstat -tanp` at 100k', 50000, 'owners',
               'netstatx --dialect windows -ano', 'netstat -tanp', 0.5)
    rss_goal('peak RSS of `-tan` ≤ 96 MiB at 100k', 50000, 'table', 'netstatx -tan', 96)
    small, large = find(raw, 50000, 'table', 'netstatx -tan'), find(raw, 100000, 'table', 'netstatx -tan')
    if small and large and small['peak_rss_kib'] and large['peak_rss_kib']:
        growth = large['peak_rss_kib'] / small['peak_rss_kib']
        out.append(('peak RSS of `-tan` grows sub-linearly (200k / 100k sockets < 2)', '%.2f×' % growth,
                    growth < 2))
    else:
        out.append(('peak RSS of `-tan` grows sub-linearly (200k / 100k sockets < 2)', '–', None))
    rss_goal('peak RSS of `-tanp` ≤ 128 MiB at 100k', 50000, 'owners', 'netstatx -tanp', 128)
    interval = find(raw, 50000, 'interval')
    i = interval and interval['interval']
    if i and 'rss_late_kib' in i:
        growth = i['rss_late_kib'] / i['rss_early_kib']
        out.append(('interval mode flat over 100 refreshes (RSS of the last 10 ≤ 1.1× refreshes 5-14)',
                    '%.2f× over %d refreshes (%.0f → %.0f MiB), %s ms CPU per refresh' % (
                        growth, i['refreshes'], i['rss_early_kib'] / 1024, i['rss_late_kib'] / 1024,
                        ms(i['cpu_per_refresh_s'])),
                    growth <= 1.1 and i['refreshes'] >= 100))
    else:
        out.append(('interval mode flat over 100 refreshes', '–', None))
    ratio_goal('idle `-tan` ≤ 1.5× a Hello World JVM with the same flags', 0, 'idle', 'netstatx -tan',
               'java Hello (JVM floor)', 1.5)
    return out


def goals_markdown(raw):
    lines = ['| goal (issue 13) | measured | |', '|---|---|---|']
    for text, figure, met in goals(raw):
        lines.append('| %s | %s | %s |' % (text, figure, {True: 'met', False: '**not met**', None: 'not measured'}[met]))
    return '\n'.join(lines)


# ------------------------------------------------------------------------------------------ the document

DOC_HEAD = """# Performance

<!-- Generated by bench/compare.py --doc from one run; edit the generator, not this file. -->

How fast `./netstatx` is next to net-tools `netstat` and iproute2 `ss` on the same socket set, measured
with `bench/compare.py` and written here by it. Regenerate on a quiet machine with

    python3 bench/compare.py --goals --out bench/results/goals.md --doc docs/PERFORMANCE.md

(`--from-json bench/results/goals.json --doc docs/PERFORMANCE.md` rewrites this file from a saved run).
It starts `../shared/bench/loadgen.py` with N established loopback TCP pairs (2N sockets), times every
command as a whole process in interleaved rounds (each round runs every command of a group once, in a
rotated order) and reports medians, CPU time, peak RSS (`/usr/bin/time`) and per-round ratios, the method
of `../shared/reference/performance.md`. Only ratios measured side by side in one run are quoted; absolute
times drift by ±30 % on a shared VM. The interval group reads `netstatx -tanc` through a pipe and samples
the process's CPU time and RSS after every refresh. `bench/profile.py` shows where the time goes (class
loading, JFR samples per layer); `bench/json_cost.py` measures `--json` and `--input` against tables.

Start-up: `./netstatx` runs as on a user's second run, with the class-data archive its launcher keeps in
`~/.cache/netstatx` (see README, *Start-up archive*): the bench makes it before the first timed run, waits
until it is written, and then checks with `-Xlog:class+load` that the JVM really loads netstatx's classes
from it (the JVM silently ignores an archive that does not fit the jars); *Run* below says what it found.
The Hello World runs with the launcher's JVM flags and the JDK's default archive.
"""


def render_doc(raw, meta):
    if raw:
        run = ['- date: %s' % meta['date'], '- commit: `%s`' % meta['commit'], '- machine: %s' % meta['machine'],
               '- %s' % meta['archive'], '- total %.0f s' % meta['seconds']]
    else:
        run = ['No run recorded yet: run the command above on a quiet machine.']
    parts = [DOC_HEAD, '## Run', ''] + run + ['', '## Goals', '', goals_markdown(raw), '']
    for n in sorted({g['n'] for g in raw}):
        first = next(g for g in raw if g['n'] == n)
        parts += ['## N=%d (%s sockets held by loadgen; %s)' % (
            n, first.get('sockets', '0'), sockets_in_use_text(first.get('tcp_inuse'), first.get('tcp_alloc'))), '']
        for g in raw:
            if g['n'] == n:
                parts += [group_markdown(g), '']
    return '\n'.join(parts).rstrip() + '\n'


def machine():
    with open('/proc/cpuinfo') as f:
        model = next((l.split(':', 1)[1].strip() for l in f if l.startswith('model name')), '?')
    with open('/proc/meminfo') as f:
        mem = int(f.readline().split()[1]) // 1024
    java = subprocess.run([java_binary('java') or 'java', '-version'], capture_output=True,
                          text=True).stderr.split('\n')[0]
    ss_version = subprocess.run([tool('ss'), '-V'], capture_output=True, text=True).stdout.strip()
    netstat_version = subprocess.run([tool('netstat'), '-V'], capture_output=True, text=True).stdout.split('\n')[0]
    return '%s, %d CPUs, %d MiB RAM, Linux %s; %s; %s; %s' % (model, os.cpu_count(), mem, platform.release(), java,
                                                           netstat_version, ss_version)


def commit():
    try:
        return subprocess.run(['git', 'describe', '--always', '--dirty', '--abbrev=12'], cwd=REPO,
                              capture_output=True, text=True, timeout=10).stdout.strip() or '?'
    except (OSError, subprocess.SubprocessError):
        return '?'


# ------------------------------------------------------------------------------------------ main

def plan(a):
    """[(N, groups, rounds)] from the options."""
    if a.goals:
        return [(n, gs, a.runs or runs) for n, gs, runs in GOAL_PLAN]
    ns = [int(x) for x in a.conns.split(',') if x.strip()]
    chosen = [g.strip() for g in a.groups.split(',')] if a.groups else None
    result = []
    for n in ns:
        default = ('idle', 'table') if n == 0 else ('table', 'listen', 'owners')
        gs = tuple(g for g in (chosen or default) if n > 0 or g != 'interval')
        result.append((n, gs, a.runs or (10 if n <= 5000 else 5)))
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument('--goals', action='store_true',
                    help="issue 13's goal set: N=0,50000,100000 with the groups that decide each goal")
    ap.add_argument('--conns', default='50000', help='comma-separated N values (connections; 2N sockets)')
    ap.add_argument('--groups', help='comma-separated groups: %s (default: idle,table at N=0, else '
                                     'table,listen,owners)' % ','.join(GROUPS))
    ap.add_argument('--udp', type=int, default=0, help='bound UDP sockets added by the load (default 0)')
    ap.add_argument('--runs', type=int, help='counted rounds per group (default 10 for N<=5000, else 5)')
    ap.add_argument('--warmup', type=int, default=1, help='uncounted rounds first (default 1)')
    ap.add_argument('--refreshes', type=int, default=100, help='interval group: refreshes (default 100)')
    ap.add_argument('--ss-owners', action='store_true',
                    help='also time ss -tanp (quadratic in the sockets: ~7 s a run at 100k)')
    ap.add_argument('--quiet-idle', type=float, default=0.85, help='idle share to wait for (default 0.85)')
    ap.add_argument('--quiet-wait', type=float, default=30, help='max seconds to wait for it (default 30)')
    ap.add_argument('--max-seconds', type=float, default=1800, help='bound on the whole run (default 1800)')
    ap.add_argument('--shared', help='the shared/ directory (default: ../shared beside the repository)')
    ap.add_argument('--out', help='also write the report (markdown) here; raw samples go beside it as .json')
    ap.add_argument('--doc', help='write the performance document (docs/PERFORMANCE.md) from the run')
    ap.add_argument('--from-json', help='no measuring: read a run saved by --out (its .json) and write --doc')
    a = ap.parse_args()
    if a.from_json:
        if not a.doc:
            ap.error('--from-json needs --doc')
        with open(a.from_json) as f:
            saved = json.load(f)
        with open(a.doc, 'w') as f:
            f.write(render_doc(saved['groups'], saved['meta']))
        print('\n'.join('%s: %s (%s)' % (t, fig, {True: 'met', False: 'NOT MET', None: 'not measured'}[m])
                        for t, fig, m in goals(saved['groups'])))
        return
    steps = plan(a)
    if any(n < 0 or n > 200000 for n, _, _ in steps):
        ap.error('--conns values must be between 0 and 200000')
    unknown = {g for _, gs, _ in steps for g in gs} - set(GROUPS)
    if unknown:
        ap.error('unknown groups: %s' % ', '.join(sorted(unknown)))
    started = time.monotonic()
    deadline = started + a.max_seconds
    loadgen = os.path.join(shared_dir(a.shared), 'bench', 'loadgen.py')
    if any(n for n, _, _ in steps) and not os.path.exists(loadgen):
        sys.exit('compare.py: %s not found (shared/ must sit beside the repository, or pass --shared)' % loadgen)
    launcher = os.path.join(REPO, 'netstatx')
    # Builds the CLI if it is stale, so that no build lands inside a timed run.
    subprocess.run([launcher, '--list-backends'], stdout=subprocess.DEVNULL, timeout=900)
    if not os.path.exists(os.path.join(REPO, 'cli', 'target', 'netstatx.jar')):
        sys.exit('compare.py: the CLI did not build (run ./netstatx once to see why)')
    meta = {'date': datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'),
            'commit': commit(), 'machine': machine(), 'archive': wait_for_archive(launcher, 180)}
    report = ['# netstatx bench/compare.py, %s' % meta['date'], '', 'Commit %s. Machine: %s. %s.' % (
        meta['commit'], meta['machine'], meta['archive']), '']
    raw = []
    printed = 0
    with tempfile.TemporaryDirectory(prefix='netstatx-bench-') as tmp:
        hello = hello_world(tmp)
        for n, gs, runs in steps:
            if time.monotonic() > deadline:
                report.append('N=%d skipped: --max-seconds reached' % n)
                continue
            runs = min(MAX_RUNS, runs)
            load = Load(loadgen, n, a.udp, min(7200, a.max_seconds + 600))
            try:
                inuse = tcp_sockets_in_use()
                alloc = tcp_sockstat('alloc')
                report.append('## N=%d (%s sockets held by loadgen, setup %s s; %s)' % (
                    n, load.info.get('sockets'), load.info.get('setup_s'), sockets_in_use_text(inuse, alloc)))
                if load.info.get('errors', '[]') != '[]':
                    report.append('loadgen reported errors: ' + load.info['errors'])
                for name in gs:
                    idle = wait_quiet(a.quiet_idle, a.quiet_wait)
                    entry = {'n': n, 'group': name, 'idle_before': idle, 'warmup': a.warmup,
                             'sockets': load.info.get('sockets'), 'tcp_inuse': inuse, 'tcp_alloc': alloc}
                    if name == 'interval':
                        entry.update(rounds=0, commands=[],
                                     interval=measure_interval(launcher, max(3, min(200, a.refreshes)),
                                                               min(400, max(10, deadline - time.monotonic()))))
                    else:
                        commands = group_commands(name, launcher, hello, a.ss_owners)
                        entry['rounds'] = measure_group(commands, a.warmup, runs, deadline)
                        entry['commands'] = [{'name': c.name, 'argv': c.argv, 'against': c.against,
                                              'wall_s': c.walls, 'cpu_s': c.cpus, 'failures': c.failures,
                                              'peak_rss_kib': c.rss_kib, 'rows': c.rows[0], 'exit': c.rows[1]}
                                             for c in commands]
                    raw.append(entry)
                    report += ['', group_markdown(entry)]
                report.append('')
                print('\n'.join(report[printed:]), flush=True)
                printed = len(report)
            finally:
                load.stop()
    meta['seconds'] = time.monotonic() - started
    report += ['## Goals', '', goals_markdown(raw), '']
    if a.out:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, 'w') as f:
            f.write('\n'.join(report) + '\n')
        with open(os.path.splitext(a.out)[0] + '.json', 'w') as f:
            json.dump({'meta': meta, 'groups': raw}, f, indent=1)
            f.write('\n')
    if a.doc:
        with open(a.doc, 'w') as f:
            f.write(render_doc(raw, meta))
    print('\n'.join(report[printed:]))
    for text, figure, met in goals(raw):
        print('goal: %s: %s -- %s' % (text.replace('`', ''), figure,
                                      {True: 'met', False: 'NOT MET', None: 'not measured'}[met]))
    print('total %.0f s' % meta['seconds'])


if __name__ == '__main__':
    main()
