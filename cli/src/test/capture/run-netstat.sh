#!/usr/bin/env bash
# Runs the real net-tools netstat on a fixture tree (as root):
#   run-netstat.sh FIXTURE_DIR CASES_FILE OUT_DIR
# In a private mount and network namespace the tree's proc/ is rebuilt on a tmpfs and mounted over
# /proc, and its etc/{hosts,services,protocols,passwd} over the real files, so netstat reads the
# fixture and nothing else. The PID directories are created so that readdir returns them in
# ascending order, as the kernel's /proc does (net-tools -p keeps the first process it finds).
# For each line "NAME ARG..." of CASES_FILE it writes OUT_DIR/NAME/{args,stdout,stderr,status}.
set -eu
fixture="$(realpath "$1")"
cases="$(realpath "$2")"
out="$(realpath -m "$3")"
[ "$(id -u)" = 0 ] || { echo "run-netstat.sh: needs root (unshare -m)" >&2; exit 1; }
if [ "${NETSTATX_IN_NS:-}" != 1 ]; then
  NETSTATX_IN_NS=1 exec unshare -n -m --propagation private "$0" "$@"
fi
tree="$(mktemp -d)"
mount -t tmpfs tmpfs "$tree"
mkdir "$tree/proc"
cp -a "$fixture/proc/net" "$tree/proc/net"
# tmpfs lists entries newest first: create the PID directories in descending order.
for pid in $(ls "$fixture/proc" | grep -E '^[0-9]+$' | sort -rn); do
  cp -a "$fixture/proc/$pid" "$tree/proc/$pid"
done
want="$(ls "$fixture/proc" | grep -E '^[0-9]+$' | sort -n | tr '\n' ' ')"
got="$(ls -f "$tree/proc" | grep -E '^[0-9]+$' | tr '\n' ' ')"
[ "$want" = "$got" ] || { echo "run-netstat.sh: cannot order /proc entries ($got)" >&2; exit 1; }
while IFS="$(printf '\t')" read -r link target; do
  [ -n "$link" ] || continue
  mkdir -p "$tree/$(dirname "$link")"
  ln -s "$target" "$tree/$link"
done < "$fixture/fd-links.txt"
for f in hosts services protocols passwd; do
  if [ -f "$fixture/etc/$f" ]; then mount --bind "$fixture/etc/$f" "/etc/$f"; fi
done
mkdir -p "$out"
case_lines="$(grep -v '^\s*\(#\|$\)' "$cases")"
mount --bind "$tree/proc" /proc
while read -r name args; do
  mkdir -p "$out/$name"
  printf '%s\n' $args > "$out/$name/args"
  set +e
  # shellcheck disable=SC2086
  env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C netstat $args \
    > "$out/$name/stdout" 2> "$out/$name/stderr" < /dev/null
  echo $? > "$out/$name/status"
  set -e
done <<< "$case_lines"
