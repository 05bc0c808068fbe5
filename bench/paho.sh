#!/usr/bin/env bash
# Paho 1.2.5's PUBLISH decoding cost by payload size (docs/performance.md, "Paho's receive path"): a minimal
# reproduction with only Paho's jar on the class path (not mqtt-support's CountingInputStream). Options: none.
set -euo pipefail
cd "$(dirname "$0")/.."
PAHO=$(./mvnw -q -B -ntp dependency:build-classpath -pl mqtt-support -Dmdep.includeScope=compile -Dmdep.outputFile=/dev/stdout \
	| tr ':' '\n' | grep 'org.eclipse.paho.mqttv5.client' | head -1)
OUT=$(mktemp -d)
javac -d "$OUT" -cp "$PAHO" bench/paho/ParseBench.java
echo "== JDK defaults"
java -cp "$PAHO:$OUT" ParseBench
echo "== -XX:+UseBiasedLocking (JDK 17 only)"
java -XX:+UseBiasedLocking -cp "$PAHO:$OUT" ParseBench 2>/dev/null
rm -rf "$OUT"
