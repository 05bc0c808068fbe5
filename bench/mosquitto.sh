#!/usr/bin/env bash
# (a) Mosquitto alone: QoS 1 uplinks to one subscriber.
# Options: see bench/README.md (e.g. --uplinks=100000 --rounds=3).
source "$(dirname "$0")/lib.sh"
run_load mosquitto "$@"
