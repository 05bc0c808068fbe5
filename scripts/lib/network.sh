# Shared by scripts/demo.sh: which address of this machine phones on the same network can reach.

# nordpark_route_source: the "src" address in the output of `ip -4 route get ADDRESS` (stdin).
nordpark_route_source() {
	sed -n 's/.* src \([0-9][0-9.]*\).*/\1/p' | head -n 1
}

# nordpark_pick_address: from whitespace-separated addresses (stdin, as `hostname -I` prints them),
# the first private IPv4 LAN address, 192.168/16 before 10/8 before 172.16/12 (where Docker's
# bridges live), else the first IPv4 address that is not loopback or link-local.
nordpark_pick_address() {
	local all pattern found
	all="$(tr -s ' \t' '\n\n' | grep -E '^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$' || true)"
	for pattern in '^192\.168\.' '^10\.' '^172\.(1[6-9]|2[0-9]|3[01])\.'; do
		found="$(printf '%s\n' "$all" | grep -E "$pattern" | head -n 1 || true)"
		if [ -n "$found" ]; then
			echo "$found"
			return 0
		fi
	done
	printf '%s\n' "$all" | grep -vE '^(127\.|169\.254\.|0\.)' | head -n 1 || true
}

# nordpark_lan_address: this machine's LAN address: the source address of its default route (a
# route lookup in the kernel, no packet is sent), else the best of `hostname -I`. Prints nothing
# when there is none.
nordpark_lan_address() {
	local address=""
	if command -v ip >/dev/null 2>&1; then
		# 192.0.2.1 is a documentation address (TEST-NET-1): only its route is looked up
		address="$(ip -4 route get 192.0.2.1 2>/dev/null | nordpark_route_source)"
	fi
	case "$address" in
		""|127.*|169.254.*) address="$(hostname -I 2>/dev/null | nordpark_pick_address)" ;;
	esac
	echo "$address"
}

# nordpark_live_url URL: the live page's address for a base or page URL given by the user
# (https://example.org, https://example.org/nordpark/, .../live or .../live/).
nordpark_live_url() {
	local url="${1%/}"
	case "$url" in
		*/live) echo "$url/" ;;
		*) echo "$url/live/" ;;
	esac
}
