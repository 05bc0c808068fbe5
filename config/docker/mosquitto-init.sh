#!/bin/sh
# docker-compose service mosquitto-init (eclipse-mosquitto image, as root), on every start: the
# password file from .env (scripts/mosquitto-users.sh) and, with docker-compose.tls.yml, the broker's
# certificate and key, into the volume mosquitto-auth, owned by the broker's user and readable by
# nobody else.
set -eu
sh /nordpark/mosquitto-users.sh /mosquitto/auth/passwd
if [ -f /nordpark/certs/server.crt ]; then
	cp /nordpark/certs/ca.crt /nordpark/certs/server.crt /nordpark/certs/server.key /mosquitto/auth/
	echo "copied the TLS certificate and key" >&2
fi
chown -R mosquitto:mosquitto /mosquitto/auth
chmod 700 /mosquitto/auth
chmod 600 /mosquitto/auth/*
