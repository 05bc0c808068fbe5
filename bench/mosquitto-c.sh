#!/usr/bin/env bash
# (a') Mosquitto alone with its own C clients (no Java, no Paho): QoS 1 messages of the size of a ChirpStack JSON
# uplink from mosquitto_pub to one mosquitto_sub, so the broker's capacity on this machine can be told apart from
# the Java MQTT client's. Needs the Debian package mosquitto-clients.
#   bench/mosquitto-c.sh [messages (100000)] [bytes (1700)] [rounds (3)]
set -euo pipefail
messages=${1:-100000}
size=${2:-1700}
rounds=${3:-3}
for binary in mosquitto mosquitto_pub mosquitto_sub; do
	command -v "$binary" >/dev/null || [ -x "/usr/sbin/$binary" ] || {
		echo "missing $binary: apt-get install -y mosquitto mosquitto-clients" >&2
		exit 1
	}
done
MOSQUITTO=$(command -v mosquitto || echo /usr/sbin/mosquitto)
dir=$(mktemp -d)
broker=""
cleanup() {
	[ -n "$broker" ] && kill "$broker" 2>/dev/null && wait "$broker" 2>/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$dir/mosquitto.conf" <<EOF
listener $port 127.0.0.1
allow_anonymous true
max_inflight_messages 0
max_queued_messages 0
set_tcp_nodelay true
persistence false
user $(id -un)
EOF
"$MOSQUITTO" -c "$dir/mosquitto.conf" >"$dir/broker.log" 2>&1 &
broker=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
python3 -c "
import sys
line = ('{\"deduplicationId\":\"%08d\",\"data\":\"' + 'A' * ($size - 40) + '\"}')
sys.stdout.write('\n'.join(line % i for i in range($messages)) + '\n')" >"$dir/messages"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
echo "| run | messages | seconds | messages/s | load avg at start |"
echo "|---|---|---|---|---|"
results=()
for round in $(seq "$rounds"); do
	load=$(cut -d' ' -f1 /proc/loadavg)
	timeout 300 mosquitto_sub -p "$port" -h 127.0.0.1 -V 5 -q 1 -t bench/c -C "$messages" >/dev/null &
	sub=$!
	sleep 0.5
	start=$(date +%s.%N)
	timeout 300 mosquitto_pub -p "$port" -h 127.0.0.1 -V 5 -q 1 -t bench/c -l <"$dir/messages"
	wait "$sub"
	end=$(date +%s.%N)
	rate=$(python3 -c "print(round($messages / ($end - $start)))")
	results+=("$rate")
	echo "| $round | $messages | $(python3 -c "print(round($end - $start, 2))") | $rate | $load |"
done
echo "median: $(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') messages/s"
