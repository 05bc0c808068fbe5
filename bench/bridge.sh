#!/usr/bin/env bash
# (c) gateway-bridge alone: ChirpStack JSON uplinks -> readings on the broker (acked).
# Options: see bench/README.md (e.g. --uplinks=100000 --rounds=3).
source "$(dirname "$0")/lib.sh"
run_load bridge "$@"
