#!/usr/bin/env bash
# Writes a mosquitto password file (hashes only) for the users of config/mosquitto/acl.
# Passwords come from the environment, never from arguments or files in git:
#   NORDPARK_MQTT_PASSWORD_CHIRPSTACK, NORDPARK_MQTT_PASSWORD_SIMULATOR, NORDPARK_MQTT_PASSWORD_BRIDGE,
#   NORDPARK_MQTT_PASSWORD_INGEST, NORDPARK_MQTT_PASSWORD_API
# A user whose variable is unset is left out (and so cannot log in).
# Usage: scripts/mosquitto-users.sh <password-file>
set -euo pipefail
file="${1:?usage: $0 <password-file>}"
tool="$(command -v mosquitto_passwd || true)"
if [[ -z "$tool" ]]; then
	echo "mosquitto_passwd not found (Debian: apt-get install mosquitto)" >&2
	exit 1
fi
umask 077
: > "$file"
declare -A users=(
	[chirpstack]=NORDPARK_MQTT_PASSWORD_CHIRPSTACK
	[nordpark-simulator]=NORDPARK_MQTT_PASSWORD_SIMULATOR
	[nordpark-bridge]=NORDPARK_MQTT_PASSWORD_BRIDGE
	[nordpark-ingest]=NORDPARK_MQTT_PASSWORD_INGEST
	[nordpark-api]=NORDPARK_MQTT_PASSWORD_API
)
count=0
for user in "${!users[@]}"; do
	variable="${users[$user]}"
	if [[ -n "${!variable:-}" ]]; then
		# -b takes the password as an argument; run this on a machine you trust
		"$tool" -b "$file" "$user" "${!variable}"
		count=$((count + 1))
	fi
done
echo "wrote $count users to $file" >&2
