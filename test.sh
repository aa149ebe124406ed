#!/usr/bin/env bash
# Runs every test of every module (unit, Arquillian on Payara Micro, browser). Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -B -ntp verify "$@"
