#!/usr/bin/env bash
# What a broker keeps of acknowledged QoS 1 messages when it is killed (SIGKILL), and its
# acknowledgement rate: see bench/broker-crash/src/main/java/org/nordpark/bench/brokercrash/CrashProbe.java.
# Examples:
#   bench/broker-crash.sh --broker=mosquitto
#   bench/broker-crash.sh --broker=mosquitto --mosquitto="autosave_interval 1;autosave_on_changes true"
#   bench/broker-crash.sh --broker=hivemq
set -euo pipefail
cd "$(dirname "$0")/.."
PROBE=bench/broker-crash
if [[ "${BENCH_BUILD:-0}" == 1 || ! -f "$PROBE/target/classpath.txt" ]]; then
	./mvnw -B -ntp -q -f "$PROBE/pom.xml" package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
echo "| broker | subscriber | acknowledged | rate | delivered before the kill | plain session kept | shared session kept |"
exec timeout --kill-after=30 "${BENCH_TIMEOUT:-900}" java -Xmx1g \
	-cp "$PROBE/target/classes:$(cat "$PROBE/target/classpath.txt")" org.nordpark.bench.brokercrash.CrashProbe "$@"
