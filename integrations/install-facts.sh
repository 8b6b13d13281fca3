#!/bin/sh
# Installs the netstatx fact wrapper for one configuration-management hook, with the absolute path of
# the netstatx launcher written into it (fact hooks run with a minimal environment, so the wrapper
# cannot rely on PATH or NETSTATX_HOME).
#
#   integrations/install-facts.sh ansible [DIR] [--launcher PATH]
#       DIR defaults to /etc/ansible/facts.d; installs DIR/netstatx.fact (ansible_local.netstatx)
#   integrations/install-facts.sh facter [DIR] [--launcher PATH]
#       DIR defaults to /etc/facter/facts.d (Debian's facter; Puppet's own packages read
#       /etc/puppetlabs/facter/facts.d); installs DIR/netstatx.sh (the fact netstatx)
#   integrations/install-facts.sh ohai [DIR] [--launcher PATH]
#       DIR defaults to /etc/chef/ohai/plugins; installs DIR/netstatx.rb (the attribute netstatx)
#
# PATH defaults to the netstatx launcher next to this directory: bin/netstatx of an installed tree (release
# archive, /usr/share/netstatx of the Debian package), else the netstatx script of a source checkout. Build
# a checkout first (mvn -B -DskipTests package, or run ./netstatx once): a fact run should not start a build.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
usage() {
    echo "usage: $0 ansible|facter|ohai [DIR] [--launcher PATH]" >&2
    exit 2
}

[ $# -ge 1 ] || usage
hook=$1
shift
dir=''
if [ -x "$here/../bin/netstatx" ]; then
    launcher="$here/../bin/netstatx"
else
    launcher="$here/../netstatx"
fi
while [ $# -gt 0 ]; do
    case $1 in
        --launcher)
            [ $# -ge 2 ] || usage
            launcher=$2
            shift 2
            ;;
        -*) usage ;;
        *)
            [ -z "$dir" ] || usage
            dir=$1
            shift
            ;;
    esac
done

case $hook in
    ansible) source_file="$here/ansible/netstatx.fact"; name=netstatx.fact; dir=${dir:-/etc/ansible/facts.d} ;;
    facter) source_file="$here/facter/netstatx.sh"; name=netstatx.sh; dir=${dir:-/etc/facter/facts.d} ;;
    ohai) source_file="$here/ohai/netstatx.rb"; name=netstatx.rb; dir=${dir:-/etc/chef/ohai/plugins} ;;
    *) usage ;;
esac

# The launcher as an absolute path without symbolic-link surprises.
launcher=$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")
if [ ! -x "$launcher" ]; then
    echo "$0: $launcher is not an executable netstatx launcher" >&2
    exit 1
fi
if ! "$launcher" --facts >/dev/null; then
    echo "$0: '$launcher --facts' failed; not installing" >&2
    exit 1
fi

mkdir -p "$dir"
tmp=$(mktemp "$dir/.$name.XXXXXX")
trap 'rm -f "$tmp"' EXIT
# Single-quote the path: for sh every ' becomes '\'' ; for Ruby \ and ' are backslash-escaped.
if [ "$hook" = ohai ]; then
    quoted=$(printf '%s' "$launcher" | sed -e 's/\\/\\\\/g' -e "s/'/\\\\'/g")
else
    quoted=$(printf '%s' "$launcher" | sed "s/'/'\\\\''/g")
fi
{
    sed -n '/^NETSTATX_LAUNCHER=/q;p' "$source_file"
    printf "NETSTATX_LAUNCHER='%s'\n" "$quoted"
    sed '1,/^NETSTATX_LAUNCHER=/d' "$source_file"
} >"$tmp"
chmod 755 "$tmp"
mv -f "$tmp" "$dir/$name"
trap - EXIT
printf 'installed %s (launcher %s)\n' "$dir/$name" "$launcher"
