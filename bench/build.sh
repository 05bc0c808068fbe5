#!/usr/bin/env bash
# Builds the services' exec jars and the benchmarks module, and writes the harness class path.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl gateway-bridge,ingest,api,benchmarks -am package dependency:build-classpath \
	-DskipTests -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
