# Shared by scripts/test.sh and scripts/demo.sh: install missing Debian packages when possible.

# nordpark_has BINARY: whether a binary is on PATH or in /usr/sbin (where Debian puts mosquitto).
nordpark_has() {
	command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]
}

# nordpark_install "binary:package" ...: installs the packages whose binary is missing.
nordpark_install() {
	local missing=() pair
	for pair in "$@"; do
		nordpark_has "${pair%%:*}" || missing+=("${pair#*:}")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	local sudo=""
	if [ "$(id -u)" -ne 0 ]; then
		if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
			sudo="sudo"
		else
			echo "nordpark: missing Debian packages: ${missing[*]}" >&2
			echo "nordpark: install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
			return 1
		fi
	fi
	echo "nordpark: installing ${missing[*]}"
	$sudo apt-get update -qq
	# policy-rc.d-less machines would start the packaged services; Nordpark runs its own instances
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
