#!/usr/bin/env bash
# proof/runtimes.sh — install/build the CPython runtimes the proof programs run on
# and print where they are.
#
# Usage: proof/runtimes.sh [3.11|3.13t|3.13|all|default]...   (default: 3.11 3.13t)
#        proof/runtimes.sh env <runtime>   print PKG_CONFIG_PATH=... PYVET_PC_MODULE=... only
#
#   3.11   Debian's python3-dev (apt-get install; needs root if missing)
#   3.13t  free-threaded CPython 3.13 (--disable-gil) built from Debian trixie's
#          python3.13 source package into $CACHE/cpython-3.13t
#   3.13   the same source with the GIL into $CACHE/cpython-3.13
#
# Cache: ${PYVET_CACHE:-/var/cache/pyvet}. A marker file ($prefix/.pyvet-built)
# makes reruns instant; delete it (or the prefix) to force a rebuild.
# Build logs: $CACHE/build-<runtime>.log.
# Environment: PYVET_CACHE, PYVET_JOBS (make -j, default: nproc).
#
# The system's apt sources are left alone: the trixie deb-src line lives in a
# private sources list and private lists dir under $CACHE/apt.
set -euo pipefail

CACHE=${PYVET_CACHE:-/var/cache/pyvet}
JOBS=${PYVET_JOBS:-$(nproc 2>/dev/null || echo 2)}
SUITE=trixie
PKG=python3.13

log() { echo "runtimes.sh: $*" >&2; }

as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
		log "need root for: $*"; return 1
	fi
}

# ---- 3.11 (Debian's default python3) ------------------------------------------------
ensure_311() {
	if ! dpkg-query -W -f='${Status}' python3-dev 2>/dev/null | grep -q 'install ok installed' ||
		! command -v pkg-config >/dev/null; then
		log "installing python3-dev pkg-config"
		as_root apt-get install -y python3-dev pkg-config >&2 ||
			{ as_root apt-get update >&2 && as_root apt-get install -y python3-dev pkg-config >&2; }
	fi
	# Debian's python3-dev ships python3-embed.pc (and python-3.11-embed.pc).
	pkg-config --exists python3-embed || { log "python3-embed.pc not found"; return 1; }
}

print_311() {
	local ver
	ver=$(pkg-config --modversion python3-embed)
	echo "runtime 3.11: version=$ver"
	echo "  PKG_CONFIG_PATH=   (system default)"
	echo "  pkg-config module: python3-embed"
	echo "  CGO_CFLAGS=\"$(pkg-config --cflags python3-embed)\" CGO_LDFLAGS=\"$(pkg-config --libs python3-embed)\""
}

# ---- 3.13 / 3.13t from trixie's source package ------------------------------------
# mirror URI of the system's Debian archive (deb822 or one-line format).
# debian_mirror: proof/mirror.sh
. "$(dirname "${BASH_SOURCE[0]}")/mirror.sh"

fetch_source() {
	local src=$CACHE/src
	if ls "$src"/${PKG}_*.orig.tar.* >/dev/null 2>&1; then return 0; fi
	command -v apt-get >/dev/null || { log "apt-get not available"; return 1; }
	# dpkg-source is not needed: we only download and unpack the orig tarball ourselves.
	local adir=$CACHE/apt mirror
	mirror=$(debian_mirror)
	mkdir -p "$adir/lists/partial" "$src"
	echo "deb-src $mirror $SUITE main" >"$adir/sources.list"
	log "apt source: $(cat "$adir/sources.list")"
	local opts=(-o Dir::Etc::SourceList="$adir/sources.list" -o Dir::Etc::SourceParts=/dev/null
		-o Dir::State::Lists="$adir/lists" -o Dir::Cache="$adir/cache")
	mkdir -p "$adir/cache/archives/partial"
	apt-get "${opts[@]}" update >&2
	(cd "$src" && apt-get "${opts[@]}" source --download-only "$PKG" >&2)
	ls "$src"/${PKG}_*.orig.tar.* >/dev/null 2>&1 || { log "no orig tarball downloaded"; return 1; }
}

build_313() { # $1 = 3.13 | 3.13t
	local rt=$1 prefix=$CACHE/cpython-$1 extra=()
	[ "$rt" = 3.13t ] && extra=(--disable-gil)
	if [ -f "$prefix/.pyvet-built" ]; then return 0; fi
	fetch_source
	local tarball bdir=$CACHE/build-$rt
	tarball=$(ls "$CACHE"/src/${PKG}_*.orig.tar.* | head -1)
	rm -rf "$bdir" && mkdir -p "$bdir"
	log "building $rt from $(basename "$tarball") in $bdir (log: $CACHE/build-$rt.log)"
	local t0=$SECONDS
	{
		tar -xf "$tarball" -C "$bdir" --strip-components=1
		cd "$bdir"
		./configure "${extra[@]}" --enable-shared --without-ensurepip \
			--prefix="$prefix" LDFLAGS="-Wl,-rpath,$prefix/lib"
		make -j"$JOBS"
		make install
	} >"$CACHE/build-$rt.log" 2>&1 || { log "build of $rt failed, see $CACHE/build-$rt.log"; tail -30 "$CACHE/build-$rt.log" >&2; return 1; }
	echo "built $(date -u +%FT%TZ) in $((SECONDS - t0))s from $(basename "$tarball")" >"$prefix/.pyvet-built"
	rm -rf "$bdir"
	log "$rt built in $((SECONDS - t0))s"
}

pc_module() { # $1 = 3.13 | 3.13t ; the real .pc file name
	local prefix=$CACHE/cpython-$1 pc
	# the real file, not the python-3.13-embed.pc / python3-embed.pc symlinks
	pc=$(cd "$prefix/lib/pkgconfig" && for f in python-3.13*-embed.pc; do [ -L "$f" ] || echo "$f"; done | head -1)
	echo "${pc%.pc}"
}

print_313() {
	local rt=$1 prefix=$CACHE/cpython-$1 mod
	mod=$(pc_module "$rt")
	echo "runtime $rt: version=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --modversion "$mod") prefix=$prefix ($(cat "$prefix/.pyvet-built"))"
	echo "  PKG_CONFIG_PATH=$prefix/lib/pkgconfig"
	echo "  pkg-config module: $mod"
	echo "  CGO_CFLAGS=\"$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags "$mod")\" CGO_LDFLAGS=\"$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --libs "$mod") -Wl,-rpath,$prefix/lib\""
	echo "  (or run the Go binary with LD_LIBRARY_PATH=$prefix/lib; the pkg-config libs carry no rpath)"
	echo "  interpreter: $prefix/bin/python$rt"
}

do_runtime() {
	case $1 in
	3.11) ensure_311 && print_311 ;;
	3.13 | 3.13t) build_313 "$1" && print_313 "$1" ;;
	*) log "unknown runtime $1 (want 3.11, 3.13t, 3.13, all)"; return 2 ;;
	esac
}

case ${1:-} in -h | --help | help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac

if [ "${1:-}" = env ]; then
	case ${2:-} in
	3.11) echo "PKG_CONFIG_PATH="; echo "PYVET_PC_MODULE=python3-embed" ;;
	3.13 | 3.13t) [ -f "$CACHE/cpython-$2/.pyvet-built" ] || { log "$2 not built"; exit 1; }
		echo "PKG_CONFIG_PATH=$CACHE/cpython-$2/lib/pkgconfig"; echo "PYVET_PC_MODULE=$(pc_module "$2")" ;;
	*) log "usage: $0 env 3.11|3.13|3.13t"; exit 2 ;;
	esac
	exit 0
fi

mkdir -p "$CACHE"
want=("$@")
[ ${#want[@]} = 0 ] && want=(default)
rts=()
for w in "${want[@]}"; do
	case $w in
	all) rts+=(3.11 3.13t 3.13) ;;
	default) rts+=(3.11 3.13t) ;;
	*) rts+=("$w") ;;
	esac
done
rc=0
for rt in "${rts[@]}"; do do_runtime "$rt" || rc=1; done
exit $rc
