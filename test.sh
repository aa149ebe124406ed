#!/usr/bin/env bash
# Runs every test of every module (unit, Arquillian on Payara Micro with Derby and PostgreSQL, browser). Used by
# .ci/run.
set -euo pipefail
cd "$(dirname "$0")"

# The browser tests of the questionnaire page drive Debian's Chromium headless with Debian's ChromeDriver; nothing
# downloads a browser or a driver at test time. Install both where missing (root, or through sudo).
if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  echo "test.sh: installing Debian's chromium and chromium-driver for the browser tests…"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# Every integration test runs on embedded Derby and, where a PostgreSQL server can be had (Debian's postgresql,
# installed by survey-service/src/test/postgresql/pg-test.sh when missing), a second time on PostgreSQL (all but
# the checks driven through a page, tag "browser"). Failsafe runs the IT classes in two forks.
PROFILES=()
if [[ " $* " != *" -Dno-postgresql "* ]] && survey-service/src/test/postgresql/pg-test.sh available; then
  PROFILES=(-Ppostgresql)
else
  echo "test.sh: PostgreSQL cannot be had here: the integration tests run on Derby only."
fi

exec mvn -B -ntp verify "${PROFILES[@]}" "$@"
