#!/usr/bin/env python3
"""Runs a command with stderr (and, with 'both', stdout too) on a new pseudo-terminal.

usage: run-on-pty.py pipe|both TTY_FILE STDOUT_FILE COMMAND...
'pipe': stdout is a pipe, stderr the terminal (netstatx -ano | findstr :443); 'both': both on the terminal,
so TTY_FILE holds them in the order the terminal showed them. Exits with the command's status.
"""
import os
import pty
import subprocess
import sys
import threading

mode, tty_file, stdout_file, argv = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
master, slave = pty.openpty()
stdout = subprocess.PIPE if mode == "pipe" else slave
proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=stdout, stderr=slave)
os.close(slave)
piped = []
reader = None
if mode == "pipe":
    reader = threading.Thread(target=lambda: piped.append(proc.stdout.read()))
    reader.start()
shown = []
while True:
    try:
        data = os.read(master, 65536)
    except OSError:  # EIO: every writer of the terminal has gone
        break
    if not data:
        break
    shown.append(data)
status = proc.wait()
if reader:
    reader.join()
with open(tty_file, "wb") as f:
    f.write(b"".join(shown))
with open(stdout_file, "wb") as f:
    f.write(b"".join(piped))
sys.exit(status)
