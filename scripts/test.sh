#!/usr/bin/env bash
# Runs every Nordpark test (unit tests, then integration tests against real mosquitto and
# influxd) after installing the Debian packages they need. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/packages.sh

nordpark_install mosquitto:mosquitto influxd:influxdb mosquitto_passwd:mosquitto chromium:chromium chromedriver:chromium-driver
exec ./mvnw -B -ntp verify "$@"
