#!/usr/bin/env bash
# JMH: every device decoder and the ChirpStack parser, ns/op and bytes/op (-prof gc).
# Extra arguments go to JMH, e.g. bench/jmh.sh DecoderBenchmark -p model=bosch-tps110 -wi 1 -i 3
source "$(dirname "$0")/lib.sh"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
exec timeout --kill-after=30 "${BENCH_TIMEOUT:-3600}" \
	java -cp "$(bench_classpath)" org.openjdk.jmh.Main -prof gc "$@"
