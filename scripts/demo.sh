#!/usr/bin/env bash
# Nordpark demo without Docker: the whole platform with the simulated Nordpark site on this machine.
#
#   scripts/demo.sh [options]
#
# Installs what is missing (mosquitto, influxdb; Debian/Ubuntu), builds the services with the Maven
# wrapper (or reuses the jars), starts mosquitto and influxd from the run directory with the
# project's configs on ports that do not clash with packaged system services, then ingest, the
# gateway-bridge, the api and the simulator (a backfill of the last 7 days, then a live match day
# sped up), waits until each is healthy and prints the URLs. Ctrl-C stops exactly what it started.
# Locked down like production, on loopback: the broker and the database refuse anonymous clients;
# each service has its own user (random passwords made once in run/secrets/, mode 600).
# A second run reuses the jars and the data in the run directory and backfills only the gap.
# --lan / --listen ADDRESS put the visitor page, its stream and the read API on a network
# address for visitors' phones; everything else stays on loopback.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. scripts/lib/packages.sh
. scripts/lib/network.sh

VERSION=0.1.0-SNAPSHOT
RUN_DIR="${NORDPARK_RUN_DIR:-$ROOT/run}"
MQTT_PORT="${NORDPARK_DEMO_MQTT_PORT:-11883}"
INFLUX_PORT="${NORDPARK_DEMO_INFLUX_PORT:-18086}"
INFLUX_RPC_PORT="${NORDPARK_DEMO_INFLUX_RPC_PORT:-18088}"
API_PORT="${NORDPARK_DEMO_API_PORT:-8080}"
BRIDGE_PORT="${NORDPARK_DEMO_BRIDGE_PORT:-8081}"
INGEST_PORT="${NORDPARK_DEMO_INGEST_PORT:-8082}"
SIM_PORT="${NORDPARK_DEMO_SIMULATOR_PORT:-8083}"
API_MANAGEMENT_PORT="${NORDPARK_DEMO_API_MANAGEMENT_PORT:-8084}"
LISTEN=127.0.0.1
LAN=""
PUBLIC_URL=""
EXCURSION=""
SPEED=60
LIVE_START=12:30
BACKFILL=""
SEED=1
BUILD=auto
START_TIMEOUT=180
JAVA_OPTS="${NORDPARK_DEMO_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC}"

usage() {
	cat <<EOF
Usage: scripts/demo.sh [options]

  --excursion DUR    excursion mode: a whole match day (arrival, kick-off, half-time, final
                     whistle, departure) in DUR of real time, e.g. 20m, then again and again
  --speed N          live match day sped up N times (default $SPEED: a day in 24 minutes)
  --live-start HH:MM scenario time of day the live run starts at (default $LIVE_START, 3 h before kick-off)
  --backfill DUR     history to write first, e.g. 7d, 12h, PT30M (default 7d, or the gap since the last run)
  --seed N           simulation seed (default $SEED)
  --no-build         never build, use the jars in */target
  --rebuild          always build
  --run-dir DIR      where data, logs and pids live (default run/, or NORDPARK_RUN_DIR)
  --lan              visitors' phones on this network can open the live page: the api listens on
                     this machine's LAN address (detected) instead of 127.0.0.1
  --listen ADDRESS   the same on a chosen address (e.g. 192.168.1.20, or 0.0.0.0 for all)
  --public-url URL   the address visitors open, for the QR code and the banner, when it is not
                     the listening one (reverse proxy, tunnel), e.g. https://nordpark.example
  -h, --help         this help

With --lan or --listen only the api's visitor page, live stream, read API and API docs are on
that address; its health and metrics move to 127.0.0.1:$API_MANAGEMENT_PORT, the operations
endpoints keep requiring the API key, and the broker, InfluxDB and the other services stay on
127.0.0.1. Each client address is rate-limited (nordpark.api.rate-limit, see api/README.md).

Ports (environment): NORDPARK_DEMO_MQTT_PORT=$MQTT_PORT NORDPARK_DEMO_INFLUX_PORT=$INFLUX_PORT
  NORDPARK_DEMO_INFLUX_RPC_PORT=$INFLUX_RPC_PORT NORDPARK_DEMO_API_PORT=$API_PORT NORDPARK_DEMO_BRIDGE_PORT=$BRIDGE_PORT
  NORDPARK_DEMO_INGEST_PORT=$INGEST_PORT NORDPARK_DEMO_SIMULATOR_PORT=$SIM_PORT
  NORDPARK_DEMO_API_MANAGEMENT_PORT=$API_MANAGEMENT_PORT (only with --lan or --listen)
EOF
}

while [ $# -gt 0 ]; do
	case "$1" in
		--excursion) EXCURSION="$2"; shift 2 ;;
		--lan) LAN=yes; shift ;;
		--listen) LISTEN="$2"; shift 2 ;;
		--public-url) PUBLIC_URL="$2"; shift 2 ;;
		--speed) SPEED="$2"; shift 2 ;;
		--live-start) LIVE_START="$2"; shift 2 ;;
		--backfill) BACKFILL="$2"; shift 2 ;;
		--seed) SEED="$2"; shift 2 ;;
		--no-build) BUILD=never; shift ;;
		--rebuild) BUILD=always; shift ;;
		--run-dir) RUN_DIR="$2"; shift 2 ;;
		-h|--help) usage; exit 0 ;;
		*) echo "demo: unknown option $1" >&2; usage >&2; exit 2 ;;
	esac
done

mkdir -p "$RUN_DIR"
RUN_DIR="$(cd "$RUN_DIR" && pwd)"
LOGS="$RUN_DIR/logs"
PIDS="$RUN_DIR/pids"

say() { printf 'demo: %s\n' "$*"; }
fail() { printf 'demo: %s\n' "$*" >&2; exit 1; }

# --- where visitors reach the api ----------------------------------------------------------------
if [ -n "$LAN" ]; then
	LISTEN="$(nordpark_lan_address)"
	[ -n "$LISTEN" ] || fail "--lan: no LAN address found (not connected?); choose one with --listen ADDRESS"
fi
case "$LISTEN" in
	*:*) fail "--listen $LISTEN: give an IPv4 address (IPv6 is not supported by the demo script)" ;;
esac
# the address to call the api on from this machine (0.0.0.0 listens everywhere, loopback included)
API_HOST="$LISTEN"
[ "$API_HOST" = 0.0.0.0 ] && API_HOST=127.0.0.1
if [ -z "$PUBLIC_URL" ]; then
	shown="$LISTEN"
	[ "$shown" = 0.0.0.0 ] && shown="$(nordpark_lan_address)"
	PUBLIC_URL="http://${shown:-127.0.0.1}:$API_PORT/live/"
else
	PUBLIC_URL="$(nordpark_live_url "$PUBLIC_URL")"
fi
API_URL="${PUBLIC_URL%/live/}"
if [ "$LISTEN" = 127.0.0.1 ]; then
	API_HEALTH="http://127.0.0.1:$API_PORT"
else
	# health and metrics on loopback only
	API_HEALTH="http://127.0.0.1:$API_MANAGEMENT_PORT"
fi

# --- a demo that is already running is reused, not started twice --------------------------------
if [ -f "$RUN_DIR/demo.pid" ] && kill -0 "$(cat "$RUN_DIR/demo.pid")" 2>/dev/null; then
	say "already running (pid $(cat "$RUN_DIR/demo.pid")); stop it with Ctrl-C in its terminal or: kill $(cat "$RUN_DIR/demo.pid")"
	say "live page $(cat "$RUN_DIR/demo.url" 2>/dev/null || echo "http://127.0.0.1:$API_PORT/live/")"
	exit 0
fi

# --- what is needed ----------------------------------------------------------------------------
nordpark_install mosquitto:mosquitto influxd:influxdb
MOSQUITTO="$(command -v mosquitto || echo /usr/sbin/mosquitto)"
INFLUXD="$(command -v influxd || echo /usr/sbin/influxd)"
command -v java >/dev/null 2>&1 || fail "java not found: install a JDK 17 (sudo apt-get install -y openjdk-17-jdk)"
command -v curl >/dev/null 2>&1 || nordpark_install curl:curl

MODULES=(gateway-bridge ingest api simulator)
jar_of() { echo "$ROOT/$1/target/$1-$VERSION-exec.jar"; }

# The jars carry the reproducible-build timestamp (project.build.outputTimestamp), not the time
# they were built: a stamp file written when the demo's build started says which sources they hold.
stamp_of() { echo "$ROOT/$1/target/demo-build.stamp"; }

needs_build() {
	local module stamp
	for module in "${MODULES[@]}"; do
		stamp="$(stamp_of "$module")"
		[ -f "$(jar_of "$module")" ] && [ -f "$stamp" ] || return 0
		if [ -n "$(find pom.xml sensor-model chirpstack-proto "$module" \( -path '*/src/main/*' -o -name pom.xml \) \
			-newer "$stamp" -print -quit 2>/dev/null)" ]; then
			return 0
		fi
	done
	return 1
}

if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && needs_build; }; then
	command -v javac >/dev/null 2>&1 || fail "javac not found: building needs a JDK 17 (sudo apt-get install -y openjdk-17-jdk)"
	say "building the services (./mvnw package, tests skipped; a few minutes the first time)"
	build_started="$(mktemp)"
	./mvnw -B -ntp -q -DskipTests package -pl gateway-bridge,ingest,api,simulator -am
	for module in "${MODULES[@]}"; do
		touch -r "$build_started" "$(stamp_of "$module")"
	done
	rm -f "$build_started"
else
	say "reusing the jars in */target (sources unchanged since they were built; --rebuild to build anyway)"
fi
for module in "${MODULES[@]}"; do
	[ -f "$(jar_of "$module")" ] || fail "$(jar_of "$module") is missing: run without --no-build"
done

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for pair in "MQTT:$MQTT_PORT" "InfluxDB:$INFLUX_PORT" "InfluxDB-RPC:$INFLUX_RPC_PORT" "api:$API_PORT" \
	"bridge:$BRIDGE_PORT" "ingest:$INGEST_PORT" "simulator:$SIM_PORT"; do
	port_free "${pair#*:}" || fail "port ${pair#*:} (${pair%%:*}) is in use: stop what uses it or choose another port (scripts/demo.sh --help)"
done
if [ "$LISTEN" != 127.0.0.1 ]; then
	! (exec 3<>"/dev/tcp/$API_HOST/$API_PORT") 2>/dev/null \
		|| fail "port $API_PORT (api) is in use on $API_HOST: stop what uses it or choose another port (scripts/demo.sh --help)"
	port_free "$API_MANAGEMENT_PORT" \
		|| fail "port $API_MANAGEMENT_PORT (api health) is in use: stop what uses it or choose another port (scripts/demo.sh --help)"
fi

# --- history: 7 days on the first run, the gap since the last stop afterwards --------------------
# The gap is passed as its start (the moment the last run began to stop), not as a length: the
# simulator starts half a minute after this point, and a length would leave that half minute out.
human_duration() {
	local s="$1"
	if [ "$s" -ge 86400 ]; then printf '%d d %d h' $((s / 86400)) $((s % 86400 / 3600))
	elif [ "$s" -ge 3600 ]; then printf '%d h %d min' $((s / 3600)) $((s % 3600 / 60))
	elif [ "$s" -ge 60 ]; then printf '%d min %d s' $((s / 60)) $((s % 60))
	else printf '%d s' "$s"; fi
}
BACKFILL_ARG=""
if [ -z "$BACKFILL" ]; then
	BACKFILL=7d
	HISTORY="7 days of history"
	if [ -f "$RUN_DIR/demo.stopped" ]; then
		stopped="$(cat "$RUN_DIR/demo.stopped")"
		gap=$(( $(date +%s) - stopped ))
		if [ "$gap" -gt 0 ] && [ "$gap" -lt 604800 ]; then
			BACKFILL_ARG="--backfill-from=$(date -u -d "@$stopped" +%Y-%m-%dT%H:%M:%SZ)"
			HISTORY="the $(human_duration "$gap") since the last stop at $(date -d "@$stopped" +%H:%M:%S) filled in"
		fi
	fi
else
	HISTORY="history of $BACKFILL"
fi
[ -n "$BACKFILL_ARG" ] || BACKFILL_ARG="--backfill=$BACKFILL"
if [ -n "$EXCURSION" ]; then
	LIVE_ARGS=(--excursion="$EXCURSION")
	LIVE="excursion mode: a whole match day every $EXCURSION, looping"
else
	LIVE_ARGS=(--speed="$SPEED" --live-start="$LIVE_START")
	LIVE="a live match day $SPEED x faster from $LIVE_START"
fi

# --- start and stop exactly our processes ----------------------------------------------------------
mkdir -p "$LOGS" "$RUN_DIR/mosquitto" "$RUN_DIR/influxdb"
: > "$PIDS"
echo $$ > "$RUN_DIR/demo.pid"
STARTED=()

stop_all() {
	local status=$?
	trap - EXIT INT TERM
	if [ ${#STARTED[@]} -gt 0 ]; then
		say "stopping"
		# the next run's history starts here; the simulator, stopped first, publishes a moment
		# longer: an overlap of under a second rather than a hole
		date +%s > "$RUN_DIR/demo.stopped.new"
		local i entry pid
		for (( i=${#STARTED[@]}-1; i>=0; i-- )); do
			entry="${STARTED[$i]}"
			pid="${entry#*:}"
			kill -TERM "$pid" 2>/dev/null || true
			for _ in $(seq 1 300); do
				kill -0 "$pid" 2>/dev/null || break
				sleep 0.1
			done
			if kill -0 "$pid" 2>/dev/null; then
				say "${entry%%:*} did not stop within 30 s, killing it"
				kill -KILL "$pid" 2>/dev/null || true
			fi
			wait "$pid" 2>/dev/null || true
		done
		mv -f "$RUN_DIR/demo.stopped.new" "$RUN_DIR/demo.stopped"
		say "stopped: ${STARTED[*]%%:*}"
	fi
	rm -f "$RUN_DIR/demo.pid" "$PIDS"
	exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start NAME COMMAND...: runs a command in its own session (Ctrl-C reaches only this script, which
# then stops everything in order) with its output in run/logs/NAME.log
start() {
	local name="$1"
	shift
	setsid "$@" >>"$LOGS/$name.log" 2>&1 < /dev/null &
	local pid=$!
	STARTED+=("$name:$pid")
	echo "$name $pid" >> "$PIDS"
}

alive_or_fail() {
	kill -0 "$2" 2>/dev/null || fail "$1 exited during start-up; see $LOGS/$1.log:
$(tail -n 20 "$LOGS/$1.log" 2>/dev/null)"
}

# wait_for NAME PID CHECK...: waits until the check command succeeds
wait_for() {
	local name="$1" pid="$2"
	shift 2
	local deadline=$(( $(date +%s) + START_TIMEOUT ))
	until "$@" >/dev/null 2>&1; do
		alive_or_fail "$name" "$pid"
		[ "$(date +%s)" -lt "$deadline" ] || fail "$name did not become healthy within $START_TIMEOUT s; see $LOGS/$name.log"
		sleep 0.5
	done
}

last_pid() { echo "${STARTED[${#STARTED[@]}-1]#*:}"; }
healthy() { curl -fs --max-time 2 "http://127.0.0.1:$1/actuator/health" | grep -q '"status":"UP"'; }
api_healthy() { curl -fs --max-time 2 "$API_HEALTH/actuator/health" | grep -q '"status":"UP"'; }

render() {
	sed -e "s|@RUN@|$RUN_DIR|g" -e "s|@PORT@|$2|g" -e "s|@RPC_PORT@|$INFLUX_RPC_PORT|g" -e "s|@USER@|$(id -un)|g" "$1"
}
render config/demo/mosquitto.conf "$MQTT_PORT" > "$RUN_DIR/mosquitto.conf"
render config/demo/influxdb.conf "$INFLUX_PORT" > "$RUN_DIR/influxdb.conf"

# --- credentials: random per-service passwords made once in run/secrets/ (only you can read them) --
# Each service gets only its own, through environment variables (never arguments, which ps shows).
SECRETS="$RUN_DIR/secrets"
(umask 077; mkdir -p "$SECRETS")
chmod 700 "$SECRETS"
new_secret() { head -c 18 /dev/urandom | base64 | tr '+/' '-_'; }
secret() {
	[ -s "$SECRETS/$1" ] || (umask 077; new_secret > "$SECRETS/$1")
	cat "$SECRETS/$1"
}
[ -f "$RUN_DIR/api-key" ] || (umask 077; new_secret > "$RUN_DIR/api-key")
MQTT_SIMULATOR="$(secret mqtt-nordpark-simulator)"
MQTT_BRIDGE="$(secret mqtt-nordpark-bridge)"
MQTT_INGEST="$(secret mqtt-nordpark-ingest)"
MQTT_API="$(secret mqtt-nordpark-api)"
INFLUX_ADMIN="$(secret influx-admin)"
INFLUX_INGEST="$(secret influx-ingest)"
INFLUX_API="$(secret influx-api)"

# the broker: no anonymous access, the shipped ACL, a password file of hashes
install -m 600 config/mosquitto/acl "$RUN_DIR/mosquitto/acl"
NORDPARK_MQTT_PASSWORD_SIMULATOR="$MQTT_SIMULATOR" NORDPARK_MQTT_PASSWORD_BRIDGE="$MQTT_BRIDGE" \
	NORDPARK_MQTT_PASSWORD_INGEST="$MQTT_INGEST" NORDPARK_MQTT_PASSWORD_API="$MQTT_API" \
	scripts/mosquitto-users.sh "$RUN_DIR/mosquitto/passwd" 2>>"$LOGS/mosquitto.log" \
	|| fail "cannot write the broker's password file; see $LOGS/mosquitto.log"

say "starting mosquitto on 127.0.0.1:$MQTT_PORT"
start mosquitto "$MOSQUITTO" -c "$RUN_DIR/mosquitto.conf"
wait_for mosquitto "$(last_pid)" bash -c "exec 3<>/dev/tcp/127.0.0.1/$MQTT_PORT"

say "starting influxd on 127.0.0.1:$INFLUX_PORT"
start influxd "$INFLUXD" -config "$RUN_DIR/influxdb.conf"
wait_for influxd "$(last_pid)" curl -fs --max-time 2 "http://127.0.0.1:$INFLUX_PORT/ping"

BROKER="tcp://127.0.0.1:$MQTT_PORT"
INFLUX="http://127.0.0.1:$INFLUX_PORT"

# the database's users, once per run directory (a run directory of an older demo without
# authentication gets them on its first locked-down start; its data stays)
USERS_DONE="$RUN_DIR/influxdb/users.done"
if [ ! -f "$USERS_DONE" ] || [ "$SECRETS/influx-admin" -nt "$USERS_DONE" ]; then
	NORDPARK_INFLUX_ADMIN_USER=admin NORDPARK_INFLUX_ADMIN_PASSWORD="$INFLUX_ADMIN" \
		NORDPARK_INFLUX_INGEST_USER=ingest NORDPARK_INFLUX_INGEST_PASSWORD="$INFLUX_INGEST" \
		NORDPARK_INFLUX_API_USER=api NORDPARK_INFLUX_API_PASSWORD="$INFLUX_API" \
		scripts/influx-users.sh "$INFLUX" 2>>"$LOGS/influxd.log" \
		|| fail "cannot set up the InfluxDB users; see $LOGS/influxd.log:
$(tail -n 3 "$LOGS/influxd.log")"
	touch "$USERS_DONE"
fi

# shellcheck disable=SC2086
java_service() {
	local name="$1" module="$2" port="$3"
	shift 3
	local address=127.0.0.1
	[ "$name" = api ] && address="$LISTEN"
	say "starting $name on $address:$port"
	start "$name" java $JAVA_OPTS -jar "$(jar_of "$module")" --server.address="$address" --server.port="$port" "$@"
}

API_ARGS=(--nordpark.live.public-url="$PUBLIC_URL" --nordpark.live.scenario-url="http://127.0.0.1:$SIM_PORT/scenario")
if [ "$LISTEN" != 127.0.0.1 ]; then
	API_ARGS+=(--management.server.address=127.0.0.1 --management.server.port="$API_MANAGEMENT_PORT")
fi
echo "$PUBLIC_URL" > "$RUN_DIR/demo.url"

NORDPARK_MQTT_USERNAME=nordpark-ingest NORDPARK_MQTT_PASSWORD="$MQTT_INGEST" \
	NORDPARK_INFLUX_USERNAME=ingest NORDPARK_INFLUX_PASSWORD="$INFLUX_INGEST" \
	java_service ingest ingest "$INGEST_PORT" --nordpark.mqtt.broker-uri="$BROKER" --nordpark.influx.url="$INFLUX" \
	--nordpark.car-parks.site-manifest="$ROOT/config/nordpark-site.yaml"
INGEST_PID="$(last_pid)"
NORDPARK_MQTT_USERNAME=nordpark-bridge NORDPARK_MQTT_PASSWORD="$MQTT_BRIDGE" \
	java_service gateway-bridge gateway-bridge "$BRIDGE_PORT" --nordpark.mqtt.broker-uri="$BROKER" \
	--nordpark.catalog.manifest="$ROOT/config/nordpark-site.yaml"
BRIDGE_PID="$(last_pid)"
NORDPARK_MQTT_USERNAME=nordpark-api NORDPARK_MQTT_PASSWORD="$MQTT_API" \
	NORDPARK_INFLUX_USERNAME=api NORDPARK_INFLUX_PASSWORD="$INFLUX_API" NORDPARK_API_KEY="$(cat "$RUN_DIR/api-key")" \
	java_service api api "$API_PORT" --nordpark.mqtt.broker-uri="$BROKER" \
	--nordpark.influx.url="$INFLUX" --nordpark.api.site-manifest="$ROOT/config/nordpark-site.yaml" "${API_ARGS[@]}"
API_PID="$(last_pid)"

# the bridge and ingest must hold their sessions before the simulator publishes history
wait_for ingest "$INGEST_PID" healthy "$INGEST_PORT"
wait_for gateway-bridge "$BRIDGE_PID" healthy "$BRIDGE_PORT"

NORDPARK_MQTT_USERNAME=nordpark-simulator NORDPARK_MQTT_PASSWORD="$MQTT_SIMULATOR" \
	java_service simulator simulator "$SIM_PORT" --broker="$BROKER" --manifest="$ROOT/config/nordpark-site.yaml" \
	--mode=backfill-then-live "$BACKFILL_ARG" "${LIVE_ARGS[@]}" --live-scenario=match-day --seed="$SEED"
SIM_PID="$(last_pid)"
wait_for api "$API_PID" api_healthy
wait_for simulator "$SIM_PID" healthy "$SIM_PORT"

cat <<EOF

  Nordpark is running (simulated site: Borussia-Park / Nordpark, Mönchengladbach)

  Live page     $PUBLIC_URL   (QR code on the page)
  API           $API_URL/api/v1/sensors    (zones: /api/v1/zones)
  Swagger UI    $API_URL/swagger-ui.html   (OpenAPI: /v3/api-docs)
  API key       $(cat "$RUN_DIR/api-key")   (X-API-Key header, operations endpoints only)
  Health        api ${API_HEALTH#http://}  bridge :$BRIDGE_PORT  ingest :$INGEST_PORT  simulator :$SIM_PORT  (/actuator/health)
  MQTT          $BROKER      InfluxDB $INFLUX (database nordpark)
  Credentials   $SECRETS/   (per-service MQTT and InfluxDB users; no anonymous access)
  Logs          $LOGS/

  Data: $HISTORY, then $LIVE.
  $( [ "$LISTEN" = 127.0.0.1 ] && echo "On this machine only; --lan lets phones on this network in." || echo "Visitors on this network: open $PUBLIC_URL (broker, database and health stay on 127.0.0.1)." )
  Grafana runs with docker-compose only (see README). Press Ctrl-C to stop everything.

EOF

# report the backfill once, then keep watch: if a process dies, stop the rest and say which
reported=""
while true; do
	for entry in "${STARTED[@]}"; do
		if ! kill -0 "${entry#*:}" 2>/dev/null; then
			fail "${entry%%:*} stopped unexpectedly; see $LOGS/${entry%%:*}.log"
		fi
	done
	if [ -z "$reported" ]; then
		phase="$(curl -fs --max-time 2 "http://127.0.0.1:$SIM_PORT/actuator/health" | grep -o '"phase":"[a-z]*"' | head -1 || true)"
		if [ "$phase" = '"phase":"live"' ]; then
			say "backfill complete; publishing live"
			reported=yes
		fi
	fi
	sleep 2
done
