# Shared by the bench/*.sh commands: build once, then run the harness with a time limit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
CLASSPATH_FILE="$ROOT/benchmarks/target/classpath.txt"

for binary in mosquitto:/usr/sbin/mosquitto influxd:/usr/bin/influxd; do
	if ! command -v "${binary#*:}" >/dev/null 2>&1 && ! command -v "${binary%%:*}" >/dev/null 2>&1; then
		echo "missing ${binary%%:*}: apt-get install -y ${binary%%:*}" >&2
		exit 1
	fi
done

if [[ "${BENCH_BUILD:-0}" == 1 || ! -f "$CLASSPATH_FILE" ]]; then
	"$ROOT/bench/build.sh"
fi

bench_classpath() {
	echo "$ROOT/benchmarks/target/classes:$(cat "$CLASSPATH_FILE")"
}

# run_load <benchmark> [--option=value ...]: one load benchmark, killed after BENCH_TIMEOUT seconds (default 1800)
run_load() {
	echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
	exec timeout --kill-after=30 "${BENCH_TIMEOUT:-1800}" \
		java -Xmx${BENCH_HEAP:-3g} -cp "$(bench_classpath)" org.nordpark.bench.load.LoadBench "$@"
}
