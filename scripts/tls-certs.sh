#!/usr/bin/env bash
# Makes a private CA and a broker certificate for MQTT over TLS (docker-compose.tls.yml):
#   <dir>/ca.crt  <dir>/ca.key  <dir>/server.crt  <dir>/server.key   (keys mode 600)
# The server certificate names the broker's host names (default: mosquitto, localhost, 127.0.0.1).
# Existing files are kept; remove the directory to make new ones. Needs openssl.
# Usage: scripts/tls-certs.sh [dir] [dns-name...]     (default dir: certs/ at the top, git-ignored; not under config/, which the services mount)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-$ROOT/certs}"
shift || true
names=("mosquitto" "localhost" "$@")
command -v openssl >/dev/null 2>&1 || { echo "tls-certs: openssl not found (apt-get install openssl)" >&2; exit 1; }
if [ -f "$dir/server.crt" ]; then
	echo "tls-certs: $dir/server.crt exists; keeping it" >&2
	exit 0
fi
mkdir -p "$dir"
umask 077
san="IP:127.0.0.1"
for name in "${names[@]}"; do
	san="$san,DNS:$name"
done
openssl req -x509 -newkey rsa:3072 -sha256 -days 3650 -nodes -subj "/CN=Nordpark MQTT CA" \
	-keyout "$dir/ca.key" -out "$dir/ca.crt" \
	-addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:3072 -sha256 -nodes -subj "/CN=${names[0]}" -keyout "$dir/server.key" \
	-out "$dir/server.csr" 2>/dev/null
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 825 -sha256 \
	-extfile <(printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n' "$san") \
	-out "$dir/server.crt" 2>/dev/null
rm -f "$dir/server.csr" "$dir/ca.srl"
chmod 644 "$dir/ca.crt" "$dir/server.crt"
echo "tls-certs: wrote $dir/ca.crt and $dir/server.crt (names: ${names[*]}, 127.0.0.1)" >&2
