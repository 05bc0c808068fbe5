#!/usr/bin/env bash
# (d) ingest alone: readings -> InfluxDB, all points queryable.
# Options: see bench/README.md (e.g. --uplinks=100000 --rounds=3).
source "$(dirname "$0")/lib.sh"
run_load ingest "$@"
