#!/usr/bin/env bash
# (b) InfluxDB alone: points/s in batches of 5,000, one and two writers.
# Options: see bench/README.md (e.g. --uplinks=100000 --rounds=3).
source "$(dirname "$0")/lib.sh"
run_load influx "$@"
