#!/usr/bin/env python3
"""Copies what netstat reads about sockets into a fixture tree (run inside the capture namespace).

Usage: snapshot.py OUT_DIR
Writes OUT_DIR/proc/net/<table> for every table that exists, and for every process holding one of
the sockets listed there: OUT_DIR/proc/<pid>/{cmdline,comm,status,stat}, plus one line per socket
descriptor in OUT_DIR/fd-links.txt ("proc/<pid>/fd/<fd><TAB>socket:[<inode>]"); tests turn those
lines into symbolic links (git and resource copying do not keep dangling links).
"""
import os
import sys

TABLES = ["tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6", "unix"]


def inodes(text, unix):
    found = set()
    for line in text.splitlines()[1:]:
        f = line.split()
        if unix and len(f) >= 7:
            found.add(f[6])
        elif not unix and len(f) >= 10:
            found.add(f[9])
    found.discard("0")
    return found


def main(out):
    wanted = set()
    os.makedirs(os.path.join(out, "proc", "net"), exist_ok=True)
    for t in TABLES:
        try:
            with open("/proc/net/" + t, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            continue
        with open(os.path.join(out, "proc", "net", t), "wb") as f:
            f.write(data)
        wanted |= inodes(data.decode("latin-1"), t == "unix")
    links = []
    for pid in sorted((p for p in os.listdir("/proc") if p.isdigit()), key=int):
        try:
            fds = sorted(os.listdir("/proc/%s/fd" % pid), key=int)
        except OSError:
            continue
        mine = []
        for fd in fds:
            try:
                target = os.readlink("/proc/%s/fd/%s" % (pid, fd))
            except OSError:
                continue
            if target.startswith("socket:[") and target[8:-1] in wanted:
                mine.append((fd, target))
        if not mine:
            continue
        os.makedirs(os.path.join(out, "proc", pid, "fd"), exist_ok=True)
        for name in ("cmdline", "comm", "status", "stat"):
            with open("/proc/%s/%s" % (pid, name), "rb") as f:
                data = f.read()
            with open(os.path.join(out, "proc", pid, name), "wb") as f:
                f.write(data)
        links += ["proc/%s/fd/%s\t%s" % (pid, fd, target) for fd, target in mine]
    with open(os.path.join(out, "fd-links.txt"), "w") as f:
        f.write("".join(line + "\n" for line in links))


if __name__ == "__main__":
    main(sys.argv[1])
