#!/usr/bin/env python3
"""Writes the line tables of Apple's netstat -s (tcp, udp, ip, icmp) for one network_cmds tag.

Usage: apple-stats-layout.py GITDIR TAG > apple-stats-TAG.tsv
GITDIR is a clone of apple-oss-distributions/network_cmds. Each output row is one conditional printf of
netstat.tproj/inet.c's *_stats functions, in order: struct, kind, fields, format (C escapes kept as \\t, \\n).
Kinds: the macros (p, p1a, p2, p2a, p3, py), sum (one number, the signed sum of fields), nl (a newline
printed when the field is not zero or -s is single), hist (an ICMP histogram: the header, then one entry per
non-zero type). Reads of other sysctls (pcbcount, maskrepl, output_perf_data) are not rows: netstatx has no
such data. #if blocks on symbols the XNU headers of the supported releases do not define are dropped.
"""
import re
import subprocess
import sys

FUNCS = [("tcp_stats", "tcpstat"), ("udp_stats", "udpstat"), ("ip_stats", "ipstat"), ("icmp_stats", "icmpstat")]
UNDEFINED = {"HAS_TCPSTAT_RST_SUPPRESSION"}


def body(src, func):
    m = re.search(r"^%s\(.*?^\{(.*?)^\}" % func, src, re.S | re.M)
    return m.group(1)


def strip(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    out, skip = [], 0
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("#if"):
            skip = skip + 1 if skip or any(u in s for u in UNDEFINED) else 0
            continue
        if s.startswith("#endif"):
            skip = max(0, skip - 1)
            continue
        if s.startswith("#") or skip:
            continue
        out.append(line)
    return "\n".join(out)


def cstring(parts):
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', parts))


def rows(src, func, struct):
    text = strip(body(src, func))
    sums = {m.group(1): m.group(2) for m in re.finditer(r"\b(\w_swcsum) = (.*?);", text, re.S)}
    deliv = re.search(r"delivered = (.*?);", text, re.S)
    for st in re.finditer(r"(?:^|\n)\s*(p|p1a|p2|p2a|p3|py)\(([^\"]*?),\s*((?:\"(?:[^\"\\]|\\.)*\"\s*)+)\);"
                          r"|if \(\((\w)_swcsum - p\w_swcsum\)[^;]*?printf\(\"((?:[^\"\\]|\\.)*)\""
                          r"|if \(delivered[^;]*?printf\(\"((?:[^\"\\]|\\.)*)\""
                          r"|if \(\w+DIFF\((\w+)\)[^;]*?putchar"
                          r"|if \(\w+DIFF\((\w+)\[i\]\) != 0\) \{\s*if \(first\) \{\s*printf\(\"((?:[^\"\\]|\\.)*)\"\);"
                          r"[^}]*\}\s*printf\(\"((?:[^\"\\]|\\.)*)\"", text):
        g = st.groups()
        if g[0]:
            fields = ",".join(f.strip() for f in g[1].split(","))
            yield struct, g[0], fields, cstring(g[2])
        elif g[3]:
            expr = sums[g[3] + "_swcsum"]
            fields = ",".join(re.findall(r"\.(\w+)", expr))
            yield struct, "sum", fields, g[4]
        elif g[5]:
            terms = re.findall(r"([+-]?)\s*\w+DIFF\((\w+)\)", deliv.group(1))
            yield struct, "sum", ",".join(("-" if s == "-" else "") + f for s, f in terms), g[5]
        elif g[6]:
            yield struct, "nl", g[6], "\\n"
        elif g[7]:
            yield struct, "hist", g[7], g[8] + "|" + g[9]


def main():
    gitdir, tag = sys.argv[1], sys.argv[2]
    src = subprocess.run(["git", "--git-dir", gitdir, "show", tag + ":netstat.tproj/inet.c"],
                         capture_output=True, text=True, check=True).stdout
    print("# struct\tkind\tfields\tformat: from network_cmds %s netstat.tproj/inet.c (scripts/apple-stats-layout.py)" % tag)
    names = re.search(r"icmpnames\[\] = \{(.*?)\};", src, re.S).group(1)
    print("icmpstat\tnames\t\t" + "|".join(re.findall(r'"([^"]*)"', names)))
    for func, struct in FUNCS:
        for r in rows(src, func, struct):
            print("\t".join(r))


main()
