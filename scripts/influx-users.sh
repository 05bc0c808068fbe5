#!/usr/bin/env bash
# Prepares an InfluxDB 1.x with authentication on for Nordpark, idempotently (run it on every start):
#   - the admin (created as the first user when the database has none yet),
#   - the database with retention policies "raw" (default) and "hourly",
#   - one user per service: ingest with ALL on the database (write, and read for its rollups;
#     not an admin), the api and Grafana with READ only.
# An existing user gets the password from the environment (so rotating it there works) and
# exactly the privilege above. Credentials come from the environment, never from arguments:
#   NORDPARK_INFLUX_ADMIN_USER / NORDPARK_INFLUX_ADMIN_PASSWORD       (required)
#   NORDPARK_INFLUX_INGEST_USER / NORDPARK_INFLUX_INGEST_PASSWORD     (ALL on the database)
#   NORDPARK_INFLUX_API_USER / NORDPARK_INFLUX_API_PASSWORD           (READ)
#   NORDPARK_INFLUX_GRAFANA_USER / NORDPARK_INFLUX_GRAFANA_PASSWORD   (READ)
#   NORDPARK_INFLUX_DATABASE (nordpark), NORDPARK_INFLUX_RAW_RETENTION (30d), NORDPARK_INFLUX_HOURLY_RETENTION (INF)
# A service user whose password is unset is left alone; placeholders ("ChangeMe...") are refused. Used by scripts/demo.sh and by docker-compose's
# influxdb-init service. Needs bash, curl and base64.
# Usage: scripts/influx-users.sh <url>    e.g. http://127.0.0.1:8086
set -euo pipefail
url="${1:?usage: $0 <influxdb-url>}"
admin="${NORDPARK_INFLUX_ADMIN_USER:?set NORDPARK_INFLUX_ADMIN_USER}"
admin_password="${NORDPARK_INFLUX_ADMIN_PASSWORD:?set NORDPARK_INFLUX_ADMIN_PASSWORD}"
database="${NORDPARK_INFLUX_DATABASE:-nordpark}"
raw_retention="${NORDPARK_INFLUX_RAW_RETENTION:-30d}"
hourly_retention="${NORDPARK_INFLUX_HOURLY_RETENTION:-INF}"

fail() { printf 'influx-users: %s\n' "$*" >&2; exit 1; }
not_placeholder() {
	case "$2" in ChangeMe*) fail "$1 is still the placeholder of .env.example: set a real secret (scripts/compose-env.sh)" ;; esac
}
not_placeholder NORDPARK_INFLUX_ADMIN_PASSWORD "$admin_password"

# identifiers and string literals of InfluxQL, escaped
ident() { local v="${1//\\/\\\\}"; printf '"%s"' "${v//\"/\\\"}"; }
literal() { local v="${1//\\/\\\\}"; printf "'%s'" "${v//\'/\\\'}"; }

# query STATEMENT [anonymous]: POSTs one statement; prints InfluxDB's JSON answer. Credentials go in
# a Basic header through curl's config on a file descriptor and the statement in the body: neither
# appears in the process list.
query() {
	local header=""
	if [ "${2:-}" != anonymous ]; then
		header="header = \"Authorization: Basic $(printf '%s:%s' "$admin" "$admin_password" | base64 | tr -d '\n')\""
	fi
	curl -sS --max-time 10 -XPOST -K <(printf '%s\n' "$header") "$url/query" --data-urlencode "q@"<(printf '%s' "$1")
}

error_of() { sed -n 's/.*"error":"\([^"]*\)".*/\1/p' <<< "$1"; }

# run STATEMENT [ALLOWED-ERROR]: fails unless the statement succeeds or fails with ALLOWED-ERROR;
# prints the error (empty on success)
run() {
	local answer error
	answer="$(query "$1")"
	error="$(error_of "$answer")"
	if [ -n "$error" ] && { [ -z "${2:-}" ] || [[ "$error" != *"$2"* ]]; }; then
		fail "InfluxDB at $url refused a statement (${1%% WITH PASSWORD*}): $error"
	fi
	printf '%s' "$error"
}

# --- the admin: the first user of a fresh database must be an admin ---------------------------------
answer="$(query "SHOW USERS")"
error="$(error_of "$answer")"
case "$error" in
	"") ;;
	*"create admin user first"*)
		answer="$(query "CREATE USER $(ident "$admin") WITH PASSWORD $(literal "$admin_password") WITH ALL PRIVILEGES" anonymous)"
		[ -z "$(error_of "$answer")" ] || fail "cannot create the admin $admin at $url: $(error_of "$answer")"
		echo "influx-users: created admin $admin" >&2
		;;
	*"authorization failed"*)
		fail "InfluxDB at $url has users already and refuses the admin $admin with this password (a database from another installation? give its admin password, or start with an empty data directory)" ;;
	*"authentication"*|*"auth"*)
		fail "InfluxDB at $url refuses the admin $admin: $error" ;;
	*) fail "InfluxDB at $url: $error" ;;
esac

# --- database and retention policies (ingest's set-up finds them and needs no admin) -------------------
db="$(ident "$database")"
run "CREATE DATABASE $db" > /dev/null
if [ -n "$(run "CREATE RETENTION POLICY \"raw\" ON $db DURATION $raw_retention REPLICATION 1 DEFAULT" "already exists")" ]; then
	run "ALTER RETENTION POLICY \"raw\" ON $db DURATION $raw_retention DEFAULT" > /dev/null
fi
if [ -n "$(run "CREATE RETENTION POLICY \"hourly\" ON $db DURATION $hourly_retention REPLICATION 1" "already exists")" ]; then
	run "ALTER RETENTION POLICY \"hourly\" ON $db DURATION $hourly_retention" > /dev/null
fi

# --- one user per service ----------------------------------------------------------------------------
# service_user ROLE PRIVILEGE: user name and password from NORDPARK_INFLUX_<ROLE>_USER/_PASSWORD
service_user() {
	local user_var="NORDPARK_INFLUX_$1_USER" password_var="NORDPARK_INFLUX_$1_PASSWORD"
	local user="${!user_var:-}" password="${!password_var:-}"
	if [ -z "$password" ]; then
		return 0
	fi
	[ -n "$user" ] || fail "$password_var is set but $user_var is not"
	not_placeholder "$password_var" "$password"
	[ "$user" != "$admin" ] || fail "$user_var must not be the admin"
	if [ -n "$(run "CREATE USER $(ident "$user") WITH PASSWORD $(literal "$password")" "already exists")" ]; then
		run "SET PASSWORD FOR $(ident "$user") = $(literal "$password")" > /dev/null
	fi
	# exactly this privilege on this database, never admin
	run "REVOKE ALL PRIVILEGES FROM $(ident "$user")" > /dev/null
	run "REVOKE ALL ON $db FROM $(ident "$user")" > /dev/null
	run "GRANT $2 ON $db TO $(ident "$user")" > /dev/null
	echo "influx-users: $user has $2 on $database" >&2
}
service_user INGEST ALL
service_user API READ
service_user GRAFANA READ
