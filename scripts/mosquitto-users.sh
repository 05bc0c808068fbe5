#!/bin/sh
# Writes a mosquitto password file (hashes only) for the users of config/mosquitto/acl.
# Passwords come from the environment, never from arguments or files in git:
#   NORDPARK_MQTT_PASSWORD_CHIRPSTACK, NORDPARK_MQTT_PASSWORD_SIMULATOR, NORDPARK_MQTT_PASSWORD_BRIDGE,
#   NORDPARK_MQTT_PASSWORD_INGEST, NORDPARK_MQTT_PASSWORD_API, NORDPARK_MQTT_PASSWORD_GATEWAY (chirpstack-gateway),
#   NORDPARK_MQTT_PASSWORD_STA (sta-reader, read-only SensorThings client)
# A placeholder value starting with "ChangeMe" is refused. A user whose variable is unset or empty is left out (and so cannot log in). The file is
# replaced as a whole, so a password changed in the environment takes effect on the next
# broker start. Plain POSIX sh: scripts/demo.sh runs it, and so does docker-compose's
# mosquitto-init service inside the eclipse-mosquitto image.
# Usage: scripts/mosquitto-users.sh <password-file>
set -eu
file="${1:?usage: $0 <password-file>}"
tool="$(command -v mosquitto_passwd || true)"
if [ -z "$tool" ]; then
	echo "mosquitto_passwd not found (Debian: apt-get install mosquitto)" >&2
	exit 1
fi
umask 077
next="$file.new"
: > "$next"
count=0
for pair in chirpstack:NORDPARK_MQTT_PASSWORD_CHIRPSTACK nordpark-simulator:NORDPARK_MQTT_PASSWORD_SIMULATOR \
	nordpark-bridge:NORDPARK_MQTT_PASSWORD_BRIDGE nordpark-ingest:NORDPARK_MQTT_PASSWORD_INGEST \
	nordpark-api:NORDPARK_MQTT_PASSWORD_API chirpstack-gateway:NORDPARK_MQTT_PASSWORD_GATEWAY \
	sta-reader:NORDPARK_MQTT_PASSWORD_STA; do
	user="${pair%%:*}"
	password="$(printenv "${pair#*:}" || true)"
	case "$password" in
		ChangeMe*) echo "${pair#*:} is still the placeholder of .env.example: set a real secret (scripts/compose-env.sh)" >&2; rm -f "$next"; exit 1 ;;
	esac
	if [ -n "$password" ]; then
		# the password goes in on stdin (asked twice), never as an argument that ps would show
		printf '%s\n%s\n' "$password" "$password" | "$tool" "$next" "$user" > /dev/null
		count=$((count + 1))
	fi
done
mv -f "$next" "$file"
echo "wrote $count users to $file" >&2
