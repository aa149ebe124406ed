#!/usr/bin/env bash
# Starts the ParIndex survey service on Payara Micro: http://localhost:8080/ (API under /api, health under
# /health, OpenAPI at /openapi). Builds first when the WAR is missing or older than the sources.
#
# Settings (environment variables; every one is optional):
#   PORT                    HTTP port (default 8080)
#   SURVEY_DATA_DIR         data folder: embedded Derby database, logs (default ./data)
#   SURVEY_DB_URL           JDBC URL (default: embedded Derby in the data folder); PostgreSQL: see deploy/README.md
#   SURVEY_DB_USER, SURVEY_DB_PASSWORD
#   SURVEY_PUBLIC_BASE_URL  address respondents reach the service at (default http://localhost:8080/)
#   SURVEY_DEMO_ENABLED     false: no demo campaign nor demo accounts on first start (run.sh's default: true;
#                           the service's own default is false)
#   PARINDEX_ADMIN_PASSWORD password of the first admin created into an empty database (without it and without
#                           the demo, no account is created: see deploy/README.md)
#   JAVA_OPTS               JVM options (default -Xmx768m); run.sh always adds -XX:+ExitOnOutOfMemoryError
#   DERBY_PAGE_CACHE_SIZE   embedded Derby's page cache in pages (default 16000, about 64 MB of 4 KB pages; Derby's
#                           own default, 1000, keeps 4 MB and reads index pages again and again: issue 12)
#   DERBY_DEADLOCK_SECONDS  how long a Derby lock wait lasts before deadlocks are looked for (default 2; Derby's 20)
#   DERBY_LOCK_WAIT_SECONDS how long a Derby lock wait lasts before it fails (default 30; Derby's 60); the
#                           respondent's requests run again after a deadlock or lock time-out (RetryOnLockConflict)
# Files are created owner-only (umask 077): the data folder holds the database and the invitation key.
# Further arguments are passed to Payara Micro (e.g. --clustermode …, see deploy/README.md).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

WAR="$ROOT/survey-service/target/survey-service.war"
MICRO="$ROOT/survey-service/target/payara-micro/payara-micro.jar"

needs_build() {
  [[ ! -f "$WAR" || ! -f "$MICRO" ]] && return 0
  [[ -n "$(find pom.xml scoring-lib questionnaires survey-service -newer "$WAR" -type f \
      -not -path '*/target/*' -not -name '*.iml' -print -quit 2>/dev/null)" ]]
}

if needs_build; then
  echo "run.sh: building (mvn -B -ntp -DskipTests package)…"
  mvn -B -ntp -DskipTests package
fi

umask 077
export SURVEY_DATA_DIR="${SURVEY_DATA_DIR:-$ROOT/data}"
# A local try-out starts with the demo campaign and demo accounts; a real installation sets this to false.
export SURVEY_DEMO_ENABLED="${SURVEY_DEMO_ENABLED:-true}"
PORT="${PORT:-8080}"
export SURVEY_PUBLIC_BASE_URL="${SURVEY_PUBLIC_BASE_URL:-http://localhost:$PORT/}"
mkdir -p "$SURVEY_DATA_DIR"
# Payara's runtime folder is made anew each start: a kept one would deploy the WAR a second time.
rm -rf "$SURVEY_DATA_DIR/payara"
echo "run.sh: http://localhost:$PORT/api/campaigns  (data: $SURVEY_DATA_DIR; stop with Ctrl-C)"

CLUSTER=--nocluster
for arg in "$@"; do
  [[ "$arg" == --clustermode* || "$arg" == --clustername* ]] && CLUSTER=""
done

# After an OutOfMemoryError threads of the server may be dead: exit, so that a supervisor restarts the service.
# Derby's files owner-only (derby.storage.useDefaultFilePermissions=false); its page cache and lock waits (issue 12).
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:--Xmx768m} -XX:+ExitOnOutOfMemoryError -Dderby.storage.useDefaultFilePermissions=false \
  -Dderby.storage.pageCacheSize="${DERBY_PAGE_CACHE_SIZE:-16000}" \
  -Dderby.locks.deadlockTimeout="${DERBY_DEADLOCK_SECONDS:-2}" -Dderby.locks.waitTimeout="${DERBY_LOCK_WAIT_SECONDS:-30}" \
  -Dderby.stream.error.file="$SURVEY_DATA_DIR/derby.log" \
  -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$PORT" \
  $CLUSTER --disablephonehome --rootdir "$SURVEY_DATA_DIR/payara" "$@"
