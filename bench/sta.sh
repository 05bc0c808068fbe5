#!/usr/bin/env bash
# (h) SensorThings API: 30 days of one Datastream paged with $top=1000, and the latest Observation of 200
# Datastreams through $filter + $expand. Options: see bench/README.md (e.g. --days=30 --datastreams=200 --rounds=3).
source "$(dirname "$0")/lib.sh"
run_load sta "$@"
