#!/usr/bin/env python3
"""Where netstatx's time goes, on the same loopback load as compare.py (../shared/bench/loadgen.py).

For one N (default 50000 connections) it reports
  * class loading: how many classes `netstatx -V`, `-tan` and `-tanp` load, and from where (the JDK's CDS
    archive, JDK modules, our jar, other jars) -- start-up cost grows with that count;
  * a JFR execution-sample profile of `-tan` and `-tanp` over --runs recordings: the share of samples whose
    innermost netstatx frame is in the backend (reading and parsing /proc, the owner scan), in the CLI
    (options, names, rendering, output), or in neither (JVM start-up, class loading, JDK-only code), and the
    hottest methods.
It runs the CLI jar with the launcher's JVM flags, directly (not through ./netstatx), so JFR and -Xlog can
be added. Bounded: --runs at most 20, load setup bounded by compare.py's Load.

    bench/profile.py --conns 50000 --runs 5
    bench/profile.py --self-check     (the attribution itself, in a few seconds)
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import LAUNCHER_JVM_FLAGS, REPO, Load, shared_dir  # noqa: E402

JAR = os.path.join(REPO, 'cli', 'target', 'netstatx.jar')


def java():
    home = os.environ.get('JAVA_HOME')
    return os.path.join(home, 'bin', 'java') if home else 'java'


def jfr_tool():
    home = os.environ.get('JAVA_HOME')
    if home:
        return os.path.join(home, 'bin', 'jfr')
    real = os.path.realpath(subprocess.run(['which', 'java'], capture_output=True, text=True).stdout.strip())
    return os.path.join(os.path.dirname(real), 'jfr')


def run_cli(jvm_extra, args):
    subprocess.run([java()] + LAUNCHER_JVM_FLAGS + jvm_extra + ['-jar', JAR] + args, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600, check=False)


def class_sources(args, tmp):
    log = os.path.join(tmp, 'classload.log')
    run_cli(['-Xlog:class+load=info:file=%s' % log], args)
    counts = collections.Counter()
    jars = collections.Counter()
    with open(log) as f:
        for line in f:
            source = line.partition(' source: ')[2].strip()
            if not source:
                continue
            if source == 'shared objects file' or source.startswith('shared objects file'):
                counts['JDK, from the CDS archive'] += 1
            elif source.startswith('jrt:/'):
                counts['JDK modules (not archived)'] += 1
            elif source.endswith('netstatx.jar'):
                counts['netstatx.jar (cli)'] += 1
            elif source.startswith('file:'):
                counts['other jars in lib/'] += 1
                jars[os.path.basename(source)] += 1
            else:
                counts['generated/other'] += 1
    os.unlink(log)
    return counts, jars


# Where a class belongs, by package prefix (dotted); the most specific prefix first.
LAYERS = (('io.github.netstatx.backend.', 'backend (read + parse /proc, owner scan)'),
          ('io.github.netstatx.core.', 'agent-core (model, query)'),
          ('io.github.netstatx.cli.', 'cli (options, names, rendering, output)'))
NO_NETSTATX = 'no netstatx frame (JVM start-up, JDK-only threads)'


def class_name(frame):
    """The frame's class in dotted form: `jfr print --json` writes JVM internal names
    (io/github/netstatx/cli/Main), which a dotted prefix would never match."""
    return frame['method']['type']['name'].replace('/', '.')


def category(frames):
    """The innermost netstatx frame (frames run from the innermost outwards) decides where a sample's
    time belongs."""
    for frame in frames:
        t = class_name(frame)
        for prefix, layer in LAYERS:
            if t.startswith(prefix):
                return layer
    return NO_NETSTATX


def jfr_profile(args, runs, tmp):
    cats = collections.Counter()
    top = collections.Counter()
    total = 0
    for i in range(runs):
        rec = os.path.join(tmp, 'rec%d.jfr' % i)
        run_cli(['-XX:StartFlightRecording=filename=%s,settings=profile' % rec], args)
        if not os.path.exists(rec):
            continue
        out = subprocess.run([jfr_tool(), 'print', '--json', '--events', 'jdk.ExecutionSample', rec],
                             capture_output=True, text=True, timeout=300).stdout
        os.unlink(rec)
        for event in json.loads(out)['recording']['events']:
            frames = event['values']['stackTrace']['frames']
            if not frames:
                continue
            total += 1
            cats[category(frames)] += 1
            top['%s.%s' % (class_name(frames[0]), frames[0]['method']['name'])] += 1
    return total, cats, top


def self_check(tmp):
    """Checks the attribution itself: synthetic stacks in JFR's notation land in the right layer, and in a
    real recording of `netstatx -tan` every sample with a netstatx frame is attributed to a netstatx layer
    (none is counted as 'no netstatx frame'), and at least one sample is. Returns a list of failures."""
    failures = []

    def frames(*names):
        return [{'method': {'type': {'name': n}, 'name': 'm'}} for n in names]
    cases = [
        (frames('java/lang/String', 'io/github/netstatx/backend/linux/ProcNetTcpParser', 'io/github/netstatx/cli/Main'),
         LAYERS[0][1]),
        (frames('java/util/HashMap', 'io/github/netstatx/core/model/SocketEntry', 'io/github/netstatx/cli/Main'),
         LAYERS[1][1]),
        (frames('io/github/netstatx/cli/linux/InetRows', 'io/github/netstatx/backend/linux/LinuxBackend'), LAYERS[2][1]),
        (frames('io.github.netstatx.cli.Main'), LAYERS[2][1]),
        (frames('java/lang/ClassLoader', 'jdk/internal/loader/BuiltinClassLoader'), NO_NETSTATX),
        (frames('io/github/netstatxfoo/Other'), NO_NETSTATX),
    ]
    for stack, want in cases:
        got = category(stack)
        if got != want:
            failures.append('%s -> %s, expected %s' % ([f['method']['type']['name'] for f in stack], got, want))
    rec = os.path.join(tmp, 'selfcheck.jfr')
    run_cli(['-XX:StartFlightRecording=filename=%s,settings=profile' % rec], ['-tan'])
    if not os.path.exists(rec):
        return failures + ['no JFR recording was written']
    out = subprocess.run([jfr_tool(), 'print', '--json', '--events', 'jdk.ExecutionSample', rec],
                         capture_output=True, text=True, timeout=300).stdout
    ours = 0
    for event in json.loads(out)['recording']['events']:
        stack = event['values']['stackTrace']['frames']
        if any(class_name(f).startswith('io.github.netstatx.') for f in stack):
            ours += 1
            if category(stack) == NO_NETSTATX:
                failures.append('a sample with a netstatx frame was not attributed: %s' % class_name(stack[0]))
    if ours == 0:
        failures.append('no sample of netstatx -tan had a netstatx frame (JFR names not recognised?)')
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument('--conns', type=int, default=50000)
    ap.add_argument('--runs', type=int, default=5, help='JFR recordings per command (at most 20)')
    ap.add_argument('--shared', help='the shared/ directory (default: ../shared beside the repository)')
    ap.add_argument('--self-check', action='store_true',
                    help='only check the frame attribution (synthetic stacks and one real recording), no load')
    a = ap.parse_args()
    if not 0 <= a.conns <= 200000:
        ap.error('--conns must be between 0 and 200000')
    runs = max(1, min(20, a.runs))
    # The launcher rebuilds the jar when it is older than the sources.
    subprocess.run([os.path.join(REPO, 'netstatx'), '-V'], stdout=subprocess.DEVNULL, timeout=900)
    if not os.path.exists(JAR):
        sys.exit('profile.py: the CLI did not build (run ./netstatx once to see why)')
    if a.self_check:
        with tempfile.TemporaryDirectory(prefix='netstatx-profile-') as tmp:
            failures = self_check(tmp)
        print('\n'.join(['profile.py self-check: FAILED'] + failures) if failures else 'profile.py self-check: ok')
        sys.exit(1 if failures else 0)
    load = Load(os.path.join(shared_dir(a.shared), 'bench', 'loadgen.py'), a.conns, 0, 1800)
    try:
        print('# netstatx profile at N=%d (%s sockets held by loadgen)\n' % (a.conns, load.info.get('sockets')))
        with tempfile.TemporaryDirectory(prefix='netstatx-profile-') as tmp:
            print('## Classes loaded\n')
            print('| command | ' + ' | '.join(['total', 'CDS archive', 'JDK modules', 'netstatx.jar', 'other jars'])
                  + ' |\n|---|---|---|---|---|---|')
            for args in (['-V'], ['-tan'], ['-tanp']):
                counts, jars = class_sources(args, tmp)
                print('| netstatx %s | %d | %d | %d | %d | %d %s |' % (
                    ' '.join(args), sum(counts.values()), counts['JDK, from the CDS archive'],
                    counts['JDK modules (not archived)'], counts['netstatx.jar (cli)'],
                    counts['other jars in lib/'], dict(jars) if jars else ''))
            for args in (['-tan'], ['-tanp']):
                total, cats, top = jfr_profile(args, runs, tmp)
                print('\n## JFR execution samples, netstatx %s (%d recordings, %d samples)\n' % (
                    ' '.join(args), runs, total))
                for name, n in cats.most_common():
                    print('* %s: %d (%.0f%%)' % (name, n, 100.0 * n / max(1, total)))
                print('\nhottest methods (innermost frame):\n')
                for name, n in top.most_common(12):
                    print('* %s: %d (%.0f%%)' % (name, n, 100.0 * n / max(1, total)))
    finally:
        load.stop()


if __name__ == '__main__':
    main()
