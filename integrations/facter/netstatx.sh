#!/bin/sh
# Facter external fact: Facter runs every executable in its facts.d directories (Debian:
# /etc/facter/facts.d; Puppet's packages: /etc/puppetlabs/facter/facts.d; or --external-dir) without
# arguments and takes the top-level keys of its JSON output as fact names: this gives the fact
# `netstatx` (facter -j netstatx.tcp_listen).
#
# Install with integrations/install-facts.sh facter [DIR], which writes the absolute path of the
# netstatx launcher into NETSTATX_LAUNCHER below. Lookup order: $NETSTATX_HOME/netstatx, then
# NETSTATX_LAUNCHER, then netstatx on PATH.
NETSTATX_LAUNCHER=''

if [ -n "${NETSTATX_HOME:-}" ]; then
    launcher="$NETSTATX_HOME/netstatx"
elif [ -n "$NETSTATX_LAUNCHER" ]; then
    launcher=$NETSTATX_LAUNCHER
elif command -v netstatx >/dev/null 2>&1; then
    launcher=$(command -v netstatx)
else
    echo "netstatx.sh: netstatx not found: install with integrations/install-facts.sh or set NETSTATX_HOME" >&2
    exit 1
fi
exec "$launcher" --facts
