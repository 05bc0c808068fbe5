#!/usr/bin/env bash
# (g) api: /zones and /sensors under 200 connections (wrk) and a 30-day hourly series, 30 days of history.
# Options: see bench/README.md (e.g. --uplinks=100000 --rounds=3).
source "$(dirname "$0")/lib.sh"
run_load api "$@"
