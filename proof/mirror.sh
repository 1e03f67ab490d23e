# Sourced by proof/runtimes.sh and proof/headers.sh.
# debian_mirror prints the Debian mirror the system's apt sources use (so the
# private sources lists reach the same one), else deb.debian.org.
debian_mirror() {
	local f uri=""
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; do
		[ -r "$f" ] || continue
		uri=$(awk '
			/^[[:space:]]*#/ {next}
			/^URIs:/ { for (i=2;i<=NF;i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }
			/^deb(-src)?[[:space:]]/ { for (i=2;i<=NF;i++) if ($i ~ /^https?:.*\/debian\/?$/) { print $i; exit } }
		' "$f")
		[ -n "$uri" ] && break
	done
	echo "${uri:-http://deb.debian.org/debian}"
}
