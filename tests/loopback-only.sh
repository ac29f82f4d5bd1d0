#!/bin/sh
# Runs a command in a network namespace of its own where only loopback exists, so that nothing a
# browser suite starts can reach another host. Needs root or unprivileged user namespaces.
set -eu
if ! command -v ip >/dev/null 2>&1; then
	echo "loopback-only: 'ip' (iproute2) is missing; running with the normal network." >&2
	exec "$@"
fi
if unshare -n true 2>/dev/null; then
	exec unshare -n sh -c 'ip link set lo up && exec "$@"' loopback-only "$@"
fi
if unshare -rn true 2>/dev/null; then
	exec unshare -rn sh -c 'ip link set lo up && exec "$@"' loopback-only "$@"
fi
echo "loopback-only: cannot create a network namespace here; running with the normal network." >&2
exec "$@"
