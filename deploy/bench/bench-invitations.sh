#!/usr/bin/env bash
# Issue 12 invitation benchmark (run through deploy/bench/run-bench.sh invitations; settings in its header).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PORT=${BENCH_PORT:-29080}
SMTP=${SMTP_PORT:-29025}
N=${INVITE_N:-10000}
DATA=${BENCH_DATA:-$(mktemp -d /tmp/parindex-invite.XXXXXX)}
BASE="http://127.0.0.1:$PORT/"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -ntp -q -Pbench -DskipTests package
fi
CP="$ROOT/deploy/bench/loadtest/target/classes:$ROOT/deploy/bench/loadtest/target/lib/*"
rm -rf "$DATA"; mkdir -p "$DATA"
# shellcheck source=SCRIPTDIR/snapshot.sh
. "$ROOT/deploy/bench/snapshot.sh"
snapshot "$DATA/snapshot"
PID=""
stop() { if [[ -n "$PID" ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; fi; }
trap stop EXIT

echo "bench: $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
SURVEY_DATA_DIR="$DATA" PORT="$PORT" SURVEY_PUBLIC_BASE_URL="$BASE" SURVEY_DEMO_ENABLED=true \
  SURVEY_MAIL_SMTP_HOST=127.0.0.1 SURVEY_MAIL_SMTP_PORT="$SMTP" \
  SURVEY_MAIL_RATE_PER_MINUTE="${MAIL_RATE:-60000}" SURVEY_MAIL_POLL_INTERVAL="${MAIL_POLL:-PT1S}" \
  SURVEY_MAIL_SMTP_CONNECTIONS="${MAIL_CONNECTIONS:-4}" \
  "$RUN_SH" >>"$DATA/payara.out" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  curl -sf "${BASE}health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { echo "bench: server died, see $DATA/payara.out" >&2; exit 1; }
  sleep 1
done
curl -sf "${BASE}health/ready" >/dev/null || { echo "bench: server not ready after 300 s" >&2; exit 1; }
echo "bench: server up (pid $PID, data $DATA; mail rate ${MAIL_RATE:-60000}/min, poll ${MAIL_POLL:-PT1S}," \
  "${MAIL_CONNECTIONS:-4} SMTP connections)"
java -cp "$CP" org.parindex.bench.LoadTest invitations "$BASE" "$N" "$SMTP"
echo "bench: done $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg); server log $DATA/payara.out"
