#!/usr/bin/env bash
# proof/headers.sh — fetch the C headers of Python 3.14 and 3.15 from Debian
# unstable, for type-checking testdata against them, and print where they are.
#
# Usage: proof/headers.sh [3.14|3.15]...   (default: both)
#        proof/headers.sh cflags <version> print the CGO_CFLAGS that select them
#
# Headers only: Debian unstable's libpython3.1x builds need a newer glibc than
# the machines pyvet is tested on, so nothing is linked or run against them.
# Tests point cgo at them with CGO_CFLAGS=-I… (internal/checktest.Headers);
# their testdata has no #cgo pkg-config line, whose flags would come first.
#
# Cache: ${PYVET_CACHE:-/var/cache/pyvet}/headers-<version>, unpacked with
# dpkg -x from libpython<version>-dev (which holds Include/ and the arch
# pyconfig.h). A marker file (.pyvet-fetched) makes reruns instant.
#
# The system's apt configuration is left alone: the unstable line lives in a
# private sources list and private lists dir under $CACHE/apt-unstable.
set -euo pipefail

CACHE=${PYVET_CACHE:-/var/cache/pyvet}
SUITE=unstable

log() { echo "headers.sh: $*" >&2; }

# mirror URI of the system's Debian archive (deb822 or one-line format).
# debian_mirror: proof/mirror.sh
. "$(dirname "${BASH_SOURCE[0]}")/mirror.sh"

apt_opts() {
	local adir=$CACHE/apt-unstable
	echo -o Dir::Etc::SourceList="$adir/sources.list" -o Dir::Etc::SourceParts=/dev/null \
		-o Dir::State::Lists="$adir/lists" -o Dir::Cache="$adir/cache" \
		-o APT::Get::List-Cleanup=0
}

# update_lists fetches unstable's package lists once per run.
updated=""
update_lists() {
	[ -n "$updated" ] && return 0
	command -v apt-get >/dev/null || { log "apt-get not available"; return 1; }
	local adir=$CACHE/apt-unstable
	mkdir -p "$adir/lists/partial" "$adir/cache/archives/partial"
	echo "deb $(debian_mirror) $SUITE main" >"$adir/sources.list"
	log "apt source: $(cat "$adir/sources.list")"
	# shellcheck disable=SC2046
	apt-get $(apt_opts) update >&2
	updated=1
}

fetch() { # $1 = 3.14 | 3.15
	local v=$1 dest=$CACHE/headers-$1 pkg=libpython$1-dev
	if [ -f "$dest/.pyvet-fetched" ]; then return 0; fi
	update_lists
	local dl=$CACHE/apt-unstable/debs
	mkdir -p "$dl"
	rm -f "$dl/${pkg}_"*.deb
	# shellcheck disable=SC2046
	(cd "$dl" && chmod 0777 . && apt-get $(apt_opts) download "$pkg" >&2) ||
		{ log "could not download $pkg from $SUITE"; return 1; }
	local deb
	deb=$(ls "$dl/${pkg}_"*.deb | head -1)
	rm -rf "$dest" && mkdir -p "$dest"
	dpkg -x "$deb" "$dest"
	[ -f "$dest/usr/include/python$v/Python.h" ] || { log "$deb has no usr/include/python$v/Python.h"; return 1; }
	ls "$dest"/usr/include/*/python"$v"/pyconfig.h >/dev/null 2>&1 ||
		{ log "$deb has no arch pyconfig.h"; return 1; }
	echo "fetched $(date -u +%FT%TZ) from $(basename "$deb")" >"$dest/.pyvet-fetched"
	log "$v headers from $(basename "$deb") in $dest"
}

cflags() { # $1 = 3.14 | 3.15
	local dest=$CACHE/headers-$1
	[ -f "$dest/.pyvet-fetched" ] || { log "$1 headers not fetched (run $0 $1)"; return 1; }
	# python3.1x/pyconfig.h includes <ARCH/python3.1x/pyconfig.h>: the second -I.
	echo "-I$dest/usr/include/python$1 -I$dest/usr/include"
}

case ${1:-} in
-h | --help | help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
cflags) cflags "${2:?usage: $0 cflags 3.14|3.15}"; exit ;;
esac

want=("$@")
[ ${#want[@]} = 0 ] && want=(3.14 3.15)
rc=0
for v in "${want[@]}"; do
	case $v in
	3.14 | 3.15) if fetch "$v"; then echo "headers $v: $(cat "$CACHE/headers-$v/.pyvet-fetched")"; echo "  CGO_CFLAGS=\"$(cflags "$v")\""; else rc=1; fi ;;
	*) log "unknown version $v (want 3.14, 3.15)"; rc=2 ;;
	esac
done
exit $rc
