#!/usr/bin/env python3
"""Builds a big-endian procfs fixture from a little-endian capture.

No big-endian machine is available, so the big-endian scenario is derived: in every inet socket
table (tcp, tcp6, udp, udp6, udplite, udplite6, raw, raw6) each 8-hex-digit address word is
byte-swapped, which is exactly how a big-endian kernel prints the same addresses (%08X of a
network-order word read as a native integer). Ports, queues and every other column are plain
numbers and stay as they are. /proc/net/unix has no addresses and is copied unchanged.

Usage: tools/reencode-big-endian.py SRC_SCENARIO DST_SCENARIO
"""
import os
import re
import sys

TABLES = ["tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6"]
ADDRESS = re.compile(rb"(?<= )([0-9A-F]{8}|[0-9A-F]{32}):([0-9A-F]{4})(?= )")


def swap_words(match):
    hexaddr = match.group(1)
    words = [hexaddr[i:i + 8] for i in range(0, len(hexaddr), 8)]
    swapped = b"".join(w[6:8] + w[4:6] + w[2:4] + w[0:2] for w in words)
    return swapped + b":" + match.group(2)


def main(src, dst):
    os.makedirs(os.path.join(dst, "proc", "net"), exist_ok=True)
    for table in TABLES:
        with open(os.path.join(src, "proc", "net", table), "rb") as f:
            lines = f.read().split(b"\n")
        # header first, then data lines: only the two address columns of data lines change
        out = [lines[0]] + [ADDRESS.sub(swap_words, line, count=2) for line in lines[1:]]
        with open(os.path.join(dst, "proc", "net", table), "wb") as f:
            f.write(b"\n".join(out))
    with open(os.path.join(src, "proc", "net", "unix"), "rb") as f, \
            open(os.path.join(dst, "proc", "net", "unix"), "wb") as g:
        g.write(f.read())
    with open(os.path.join(dst, "fixture.properties"), "w") as f:
        f.write("# Provenance of this procfs fixture scenario.\n"
                "provenance=derived\n"
                "derived.from=" + os.path.basename(os.path.normpath(src)) + "\n"
                "derived.command=backend-linux/tools/reencode-big-endian.py\n"
                "derived.how=every 8-hex-digit address word of the inet tables byte-swapped; unix copied\n"
                "byte.order=big-endian\n"
                "note=no big-endian machine was available; read with ByteOrder.BIG_ENDIAN this must give "
                "exactly the sockets of the source scenario read with LITTLE_ENDIAN\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
