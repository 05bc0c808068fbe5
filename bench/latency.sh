#!/usr/bin/env bash
# (f) Latency p50/p99 at a steady 1,000 uplinks/s, publish -> queryable.
# Options: see bench/README.md (e.g. --uplinks=100000 --rounds=3).
source "$(dirname "$0")/lib.sh"
run_load latency "$@"
