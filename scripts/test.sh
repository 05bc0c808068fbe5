#!/usr/bin/env bash
# Runs every Nordpark test (unit tests, then integration tests against real mosquitto and
# influxd) after installing the Debian packages they need. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/packages.sh

# docker-compose: only to validate docker-compose.yml (ComposeFileTests); there is no Docker engine in CI
# chromium + chromedriver: the live page's browser tests (api LivePageIT)
nordpark_install mosquitto:mosquitto influxd:influxdb mosquitto_passwd:mosquitto docker-compose:docker-compose \
	chromium:chromium chromedriver:chromium-driver
exec ./mvnw -B -ntp verify "$@"
