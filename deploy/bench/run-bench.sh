#!/usr/bin/env bash
# Issue 12 benchmarks. Three modes:
#   deploy/bench/run-bench.sh [submissions]  submissions and the respondent's whole path (below)
#   deploy/bench/run-bench.sh invitations    10,000 respondents invited with mail, then delivered to GreenMail
#   deploy/bench/run-bench.sh startup        run.sh's start to /health/ready against bare Payara Micro, empty WAR
#
# Submissions: ParIndex full submissions and the respondent's whole path against a bare JDBC baseline, on
# one Payara Micro, loopback only. Builds (with -Pbench), starts Payara Micro through run.sh with the product WAR
# and the baseline WAR (deploy/bench/loadtest/target/bare.war at /bare) on a FRESH data folder, prepares the data (demo campaign
# opened, N delegates imported into HDND_TINH and invited, their links read), stops the server to prefill
# survey_answer (and the baseline's table) with ≥ 2 million rows by JDBC batches, starts it again, then runs
# ParIndex and the baseline alternately at each client count and prints the table with ratios.
#
# Settings (environment; all optional):
#   BENCH_DATA     data folder, emptied first (default: a new folder under /tmp)
#   BENCH_PORT     HTTP port (default 18080)
#   BENCH_SECONDS  seconds per measured phase (default 20; the whole-path phases take twice as long)
#   BENCH_CLIENTS  client counts (default 16,64)
#   BENCH_ROUNDS   ParIndex/bare alternations per client count (default 1)
#   BENCH_DELEGATES delegates imported into HDND_TINH (default 4000; each submission uses up one link)
#   PREFILL_ROWS   answers stored before measuring, in survey_answer and in the baseline's table (default 2000000)
#   JAVA_OPTS      passed to run.sh (default: run.sh's own)
#   SURVEY_DB_URL/SURVEY_DB_USER/SURVEY_DB_PASSWORD and BARE_DB_URL/BARE_DB_USER/BARE_DB_PASSWORD: PostgreSQL
#                  (then the prefill runs with the server up, through these URLs)
#   SKIP_BUILD=1   use the WARs already built
#   BENCH_PATH_ONLY=1 only the respondent's whole path (fresh links for it when the submissions used them up)
#   BENCH_TEMPLATE folder of a prepared data folder: when it exists, the data folder starts as a copy of it (setup
#                  and prefill skipped: unused links, rows already stored; new migrations still run at start);
#                  when it does not, it is saved there after the prefill (Derby only)
# Invitations (BENCH_PORT default 29080): a fresh data folder, run.sh with the demo and the mail worker pointed at
# GreenMail (started by the generator on 127.0.0.1:SMTP_PORT), N respondents imported as CSV through the API, the
# invite call timed (it answers once every link and queued mail is committed), then delivery until all are SENT.
#   INVITE_N       respondents (default 10000)
#   SMTP_PORT      GreenMail's port (default 29025)
#   MAIL_RATE      survey.mail.rate-per-minute for the run (default 60000; the service's default is 120)
#   MAIL_POLL      survey.mail.poll-interval for the run (default PT1S)
#   MAIL_CONNECTIONS survey.mail.smtp.connections for the run (default 4; the service's default is 1)
# Start-up (BENCH_PORT default 29080): STARTUP_RUNS rounds (default 3), each: run.sh on a fresh data folder (first
# start: migrations, demo), run.sh again on that folder (restart), and bare Payara Micro with an empty WAR and
# run.sh's JVM options; the time from launch to ready (/health/ready UP; the bare one: /health/ready and its page),
# medians and ratios.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
MODE=${1:-submissions}
case "$MODE" in
  submissions) ;;
  invitations|startup) exec "$ROOT/deploy/bench/bench-$MODE.sh" ;;
  *) echo "usage: $0 [submissions|invitations|startup]" >&2; exit 2 ;;
esac
PORT=${BENCH_PORT:-18080}
DATA=${BENCH_DATA:-$(mktemp -d /tmp/parindex-bench.XXXXXX)}
SECONDS_PER_PHASE=${BENCH_SECONDS:-20}
CLIENTS=${BENCH_CLIENTS:-16,64}
ROUNDS=${BENCH_ROUNDS:-1}
DELEGATES=${BENCH_DELEGATES:-4000}
ROWS=${PREFILL_ROWS:-2000000}
BASE="http://127.0.0.1:$PORT/"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -ntp -q -Pbench -DskipTests package
fi
CP="$ROOT/deploy/bench/loadtest/target/classes:$ROOT/deploy/bench/loadtest/target/lib/*"
rm -rf "$DATA"; mkdir -p "$DATA"
PID=""
stop() { if [[ -n "$PID" ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; fi; }
trap stop EXIT
start() {
  SURVEY_DATA_DIR="$DATA" PORT="$PORT" SURVEY_PUBLIC_BASE_URL="$BASE" SURVEY_DEMO_ENABLED=true \
    "$ROOT/run.sh" --deploy "$ROOT/deploy/bench/loadtest/target/bare.war" >>"$DATA/payara.out" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do
    if curl -sf "${BASE}health/ready" >/dev/null 2>&1 && curl -sf "${BASE}bare/api/submission" >/dev/null 2>&1; then
      echo "bench: server up (pid $PID, data $DATA, $(curl -s "${BASE}bare/api/submission"))"; return 0
    fi
    kill -0 "$PID" 2>/dev/null || { echo "bench: server died, see $DATA/payara.out" >&2; exit 1; }
    sleep 2
  done
  echo "bench: server not ready after 360 s" >&2; exit 1
}

echo "bench: $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
if [[ -n "${BENCH_TEMPLATE:-}" && -d "${BENCH_TEMPLATE}" && -z "${SURVEY_DB_URL:-}" ]]; then
  cp -a "$BENCH_TEMPLATE/." "$DATA/"; rm -f "$DATA/payara.out"
  echo "bench: data folder copied from $BENCH_TEMPLATE ($(wc -l <"$DATA/tokens.txt") links, prefilled)"
  start
else
start
SETUP=$(java -cp "$CP" org.parindex.bench.LoadTest setup "$BASE" "$DELEGATES" "$DATA/tokens.txt")
echo "$SETUP"
CAMPAIGN=$(sed -n 's/^setup: campaign \([0-9]*\) .*/\1/p' <<<"$SETUP")
if [[ -z "${SURVEY_DB_URL:-}" ]]; then
  stop  # embedded Derby: one engine at a time may open the database
  PREFILL_DB_USER=parindex PREFILL_DB_PASSWORD=parindex \
  java -Xmx512m -Dderby.storage.pageCacheSize=20000 -Dderby.stream.error.file="$DATA/prefill-derby.log" -cp "$CP" \
    org.parindex.bench.LoadTest prefill "jdbc:derby:$DATA/derby/parindex" survey_answer "$ROWS" "$CAMPAIGN"
  java -Xmx512m -Dderby.storage.pageCacheSize=20000 -Dderby.stream.error.file="$DATA/prefill-derby.log" -cp "$CP" \
    org.parindex.bench.LoadTest prefill "jdbc:derby:$DATA/derby/bare" bare_answer "$ROWS" 1
  if [[ -n "${BENCH_TEMPLATE:-}" ]]; then
    rm -rf "$BENCH_TEMPLATE"; mkdir -p "$BENCH_TEMPLATE"; cp -a "$DATA/." "$BENCH_TEMPLATE/"
    rm -rf "$BENCH_TEMPLATE/payara" "$BENCH_TEMPLATE/payara.out"
    echo "bench: prepared data folder saved to $BENCH_TEMPLATE"
  fi
  start
else
  PREFILL_DB_USER="${SURVEY_DB_USER:-}" PREFILL_DB_PASSWORD="${SURVEY_DB_PASSWORD:-}" java -cp "$CP" \
    org.parindex.bench.LoadTest prefill "$SURVEY_DB_URL" survey_answer "$ROWS" "$CAMPAIGN"
  PREFILL_DB_USER="${BARE_DB_USER:-}" PREFILL_DB_PASSWORD="${BARE_DB_PASSWORD:-}" java -cp "$CP" \
    org.parindex.bench.LoadTest prefill "$BARE_DB_URL" bare_answer "$ROWS" 1
fi
fi
java -cp "$CP" org.parindex.bench.LoadTest run "$BASE" "${BASE}bare/api/submission" "$DATA/tokens.txt" \
  "$SECONDS_PER_PHASE" "$CLIENTS" "$ROUNDS"
echo "bench: done $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg); server log $DATA/payara.out"
