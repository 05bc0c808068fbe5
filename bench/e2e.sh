#!/usr/bin/env bash
# (e) End to end: uplinks -> bridge -> ingest -> InfluxDB, count-verified.
# Options: see bench/README.md (e.g. --uplinks=100000 --rounds=3).
source "$(dirname "$0")/lib.sh"
run_load e2e "$@"
