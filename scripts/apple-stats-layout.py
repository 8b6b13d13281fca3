#!/usr/bin/env python3
"""Writes the line tables of Apple's netstat -s (tcp, udp, ip, icmp, ip6, icmp6) for one network_cmds tag.

Usage: apple-stats-layout.py GITDIR TAG > apple-stats-TAG.tsv
GITDIR is a clone of apple-oss-distributions/network_cmds. Each output row is one printf of the *_stats
functions of netstat.tproj/inet.c and inet6.c, in order: struct, kind, fields, format (C escapes kept as \\t,
\\n). Kinds: the macros (p, p1a, p2, p2a, p3, py), sum (one number, the signed sum of fields), nl (a newline
printed when the field is not zero or -s is single), u (one number, always printed: p_5 and plain printfs),
text (a fixed line, always printed), hist (header|entry|names array: the header, then one entry per non-zero
element), ifhist (the same by interface name), scope (a per-scope block: header, then each element by the
PRINT_SCOPESTAT rule), rules (header, then each named source-selection rule). names rows hold the name
arrays (field column: the array's name). Reads of other sysctls (pcbcount, maskrepl, output_perf_data) are not rows: netstatx has no
such data. #if blocks on symbols the XNU headers of the supported releases do not define are dropped.
"""
import re
import subprocess
import sys

# mptcp_stats prints tcpstat counters under its own title: its rows are keyed "mptcp"
FUNCS = [("tcp_stats", "tcpstat"), ("udp_stats", "udpstat"), ("ip_stats", "ipstat"), ("icmp_stats", "icmpstat"),
         ("mptcp_stats", "mptcp")]
UNDEFINED = {"HAS_TCPSTAT_RST_SUPPRESSION"}


def body(src, func):
    m = re.search(r"^%s\(.*?^\{(.*?)^\}[ \t]*$" % func, src, re.S | re.M)
    return m.group(1)


def strip(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    out, skip, continued = [], 0, False
    for line in text.split("\n"):
        s = line.strip()
        if continued:  # a continuation line of a #define
            continued = s.endswith("\\")
            continue
        if s.startswith("#define"):
            continued = s.endswith("\\")
            continue
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
            yield struct, "hist", g[7], g[8] + "|" + g[9] + "|icmpnames"


STR = r'"((?:[^"\\]|\\.)*)"'


def rows6(src, func, struct):
    text = strip(body(src, func))
    # 10.13-11's perf-data blocks (a sysctl netstatx does not read; printed only when not zero)
    text = re.sub(r"\n\tif \(\w*PERFDIFF\(.*?\n\t\}", "\n", text, flags=re.S)
    scope = re.search(r"#define PRINT_SCOPESTAT.*?while \(0\);", body(src, func), re.S)
    scope_fmt = ""
    if scope:
        cases = re.findall(r"case (\d+):\\\s*p\(s,\s*" + STR, scope.group(0))
        default = re.search(r"default:\\\s*printf\(" + STR, scope.group(0))
        scope_fmt = "|".join("%s=%s" % c for c in cases) + "|*=" + default.group(1)
    pat = (r"(?:^|\n)\s*(p|p1a|p_5)\(\s*(\w+),\s*((?:" + STR + r"\s*)+)\);"
           r"|if \(\w+DIFF\((\w+)\[i\]\) != 0\) \{\s*(?:char[^;]*;\s*)?if \(first\) \{\s*printf\(" + STR
           + r"\);[^}]*\}\s*printf\(" + STR + r",\s*(\w+)"
           r"|if \(\w+DIFF\((\w+)\[i\]\) \|\| 1\) \{\s*if \(first\) \{\s*printf\(" + STR
           + r"\);[^}]*\}\s*(PRINT_\w+)"
           r"|(?:^|\n)\s*printf\(" + STR + r",\s*\(unsigned long long\)\w+DIFF\((\w+)\)\);"
           r"|(?:^|\n)\s*printf\(" + STR + r"\);")
    # inside a for loop (if (first) ...) the headers are consumed by the loop alternatives above
    for m in re.finditer(pat, text):
        g = m.groups()
        if g[0]:
            kind = "u" if g[0] == "p_5" else g[0]
            field = g[1]
            if field.startswith("icp6s_o") and struct == "icmp6stat" and kind == "u":
                field = "icp6s_outerrhist.icp6errs_" + field[len("icp6s_o"):]
            yield struct, kind, field, cstring(g[2])
        elif g[4]:
            if "if_indextoname" in m.group(0) or g[7] == "if_indextoname":
                yield struct, "ifhist", g[4], g[5] + "|" + g[6]
            else:
                yield struct, "hist", g[4], g[5] + "|" + g[6] + "|" + g[7]
        elif g[8]:
            if g[10] == "PRINT_SCOPESTAT":
                yield struct, "scope", g[8], g[9] + "|" + scope_fmt
            else:
                rule = re.search(r"#define PRINT_SRCRULESTAT.*?printf\(" + STR, body(src, func), re.S)
                yield struct, "rules", g[8], g[9] + "|" + rule.group(1)
        elif g[11] is not None:
            yield struct, "u", g[12], g[11]
        elif g[13] is not None:
            yield struct, "text", "", g[13]


def names(src, array):
    m = re.search(r"\*%s\[[^\]]*\] = \{(.*?)\};" % array, src, re.S)
    items = re.findall(r'"([^"]*)"|(NULL)', re.sub(r"//[^\n]*", "", m.group(1)))
    return "|".join("" if n else s for s, n in items)


def main():
    gitdir, tag = sys.argv[1], sys.argv[2]
    src = subprocess.run(["git", "--git-dir", gitdir, "show", tag + ":netstat.tproj/inet.c"],
                         capture_output=True, text=True, check=True).stdout
    print("# struct\tkind\tfields\tformat: from network_cmds %s netstat.tproj/inet.c (scripts/apple-stats-layout.py)" % tag)
    src6 = subprocess.run(["git", "--git-dir", gitdir, "show", tag + ":netstat.tproj/inet6.c"],
                          capture_output=True, text=True, check=True).stdout
    print("icmpstat\tnames\ticmpnames\t" + names(src, "icmpnames"))
    for array in ("ip6nh", "srcrulenames"):
        print("ip6stat\tnames\t%s\t%s" % (array, names(src6, array)))
    print("icmp6stat\tnames\ticmp6names\t" + names(src6, "icmp6names"))
    for func, struct in FUNCS:
        for r in rows(src, func, struct):
            print("\t".join(r))
    for func, struct in (("ip6_stats", "ip6stat"), ("icmp6_stats", "icmp6stat")):
        for r in rows6(src6, func, struct):
            print("\t".join(r))


main()
