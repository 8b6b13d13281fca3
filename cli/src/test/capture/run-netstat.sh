#!/usr/bin/env bash
# Runs the real net-tools netstat on a fixture tree (as root):
#   run-netstat.sh FIXTURE_DIR CASES_FILE OUT_DIR
# The tree's proc/ is mounted over /proc and its etc/{hosts,services,protocols,passwd} over the real
# files, in a private mount and network namespace, so netstat reads the fixture and nothing else.
# For each line "NAME ARG..." of CASES_FILE it writes OUT_DIR/NAME/{args,stdout,stderr,status}.
set -eu
fixture="$(realpath "$1")"
cases="$(realpath "$2")"
out="$(realpath -m "$3")"
[ "$(id -u)" = 0 ] || { echo "run-netstat.sh: needs root (unshare -m)" >&2; exit 1; }
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
cp -a "$fixture/proc" "$tree/proc"
while IFS="$(printf '\t')" read -r link target; do
  [ -n "$link" ] || continue
  mkdir -p "$tree/$(dirname "$link")"
  ln -s "$target" "$tree/$link"
done < "$fixture/fd-links.txt"
mkdir -p "$out"
grep -v '^\s*\(#\|$\)' "$cases" | while read -r name args; do
  mkdir -p "$out/$name"
  printf '%s\n' $args > "$out/$name/args"
  set +e
  # shellcheck disable=SC2086
  env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C unshare -n -m --propagation private sh -c '
    mount --bind "$1/proc" /proc
    for f in hosts services protocols passwd; do
      [ -f "$2/etc/$f" ] && mount --bind "$2/etc/$f" "/etc/$f"
    done
    shift 2
    exec netstat "$@"' sh "$tree" "$fixture" $args > "$out/$name/stdout" 2> "$out/$name/stderr" < /dev/null
  echo $? > "$out/$name/status"
  set -e
done
