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
#   SURVEY_DEMO_ENABLED     false: no demo campaign on first start (default true)
#   JAVA_OPTS               JVM options (default -Xmx768m)
# Further arguments are passed to Payara Micro (e.g. --clustermode …, see deploy/README.md).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

WAR="$ROOT/survey-service/target/survey-service.war"
MICRO="$ROOT/survey-service/target/payara-micro/payara-micro.jar"

needs_build() {
  [[ ! -f "$WAR" || ! -f "$MICRO" ]] && return 0
  [[ -n "$(find pom.xml scoring-lib questionnaires survey-service -newer "$WAR" -type f \
      -not -path '*/target/*' -not -name '*.iml' -not -path '*/.jqwik-database' -print -quit 2>/dev/null)" ]]
}

if needs_build; then
  echo "run.sh: building (mvn -B -ntp -DskipTests package)…"
  mvn -B -ntp -DskipTests package
fi

export SURVEY_DATA_DIR="${SURVEY_DATA_DIR:-$ROOT/data}"
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

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:--Xmx768m} -Dderby.stream.error.file="$SURVEY_DATA_DIR/derby.log" \
  -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$PORT" \
  $CLUSTER --disablephonehome --rootdir "$SURVEY_DATA_DIR/payara" "$@"
