#!/usr/bin/env bash
# Issue 12 start-up benchmark (run through deploy/bench/run-bench.sh startup; settings in its header): the time from
# launching run.sh to /health/ready = UP, first start (fresh data folder: migrations, demo) and restart, against bare
# Payara Micro deploying an empty WAR with run.sh's JVM options and Payara options, and against a minimal Jakarta EE
# WAR (JAX-RS, CDI, JPA on embedded Derby, a start-up EJB: deploy/bench/loadtest's org.parindex.bench.minimal, packed
# here as minimal.war; ready = /health/ready and its GET /api/ping), first start and restart; rounds alternate.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PORT=${BENCH_PORT:-29080}
RUNS=${STARTUP_RUNS:-3}
WORK=${BENCH_DATA:-$(mktemp -d /tmp/parindex-startup.XXXXXX)}
BASE="http://127.0.0.1:$PORT/"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -ntp -q -Pbench -DskipTests package
fi
rm -rf "$WORK"; mkdir -p "$WORK/empty"
# shellcheck source=SCRIPTDIR/snapshot.sh
. "$ROOT/deploy/bench/snapshot.sh"
snapshot "$WORK/snapshot"
echo ok >"$WORK/empty/index.html"
(cd "$WORK/empty" && jar cf "$WORK/empty.war" index.html)
LOADTEST="$ROOT/deploy/bench/loadtest"
[[ -d "$LOADTEST/target/classes/org/parindex/bench/minimal" ]] || {
  echo "bench: build the benchmarks first (mvn -Pbench -DskipTests package)" >&2; exit 2; }
mkdir -p "$WORK/minimal/WEB-INF/classes/org/parindex/bench" "$WORK/minimal/WEB-INF/lib"
cp -r "$LOADTEST/src/minimal/." "$WORK/minimal/"
cp -r "$LOADTEST/target/classes/org/parindex/bench/minimal" "$WORK/minimal/WEB-INF/classes/org/parindex/bench/"
cp "$LOADTEST"/target/lib/derby-[0-9]*.jar "$LOADTEST"/target/lib/derbyshared-*.jar "$LOADTEST"/target/lib/derbytools-*.jar \
  "$WORK/minimal/WEB-INF/lib/"
(cd "$WORK/minimal" && jar cf "$WORK/minimal.war" .)

PID=""
stop() { if [[ -n "$PID" ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; fi; }
trap stop EXIT

# Waits for every URL given to answer 2xx (and, for /health/ready, UP); prints the seconds since $T0.
ready() {
  while :; do
    local all=1
    for u in "$@"; do
      curl -sf -m 2 "$u" 2>/dev/null | grep -qv DOWN || { all=0; break; }
    done
    if [[ $all == 1 ]]; then
      echo "scale=2; ($(date +%s%N) - T0) / 1000000000" | sed "s/T0/$T0/" | bc; return 0
    fi
    kill -0 "$PID" 2>/dev/null || { echo "bench: process died" >&2; return 1; }
    sleep 0.1
  done
}

parindex() {  # $1 data folder
  T0=$(date +%s%N)
  SURVEY_DATA_DIR="$1" PORT="$PORT" SURVEY_PUBLIC_BASE_URL="$BASE" "$RUN_SH" >>"$1.out" 2>&1 &
  PID=$!
  ready "${BASE}health/ready"
  stop
}

micro() {  # $1 folder (Payara's runtime and a WAR's own files go there; its log is $1.out), $2 WAR, $3… ready URLs
  local dir=$1 war=$2; shift 2
  mkdir -p "$dir"
  T0=$(date +%s%N)
  (cd "$dir" && exec java -Xmx768m -XX:+ExitOnOutOfMemoryError -jar "$MICRO" --deploy "$war" --contextroot / \
    --port "$PORT" --nocluster --disablephonehome --rootdir "$dir/payara") >>"$dir.out" 2>&1 &
  PID=$!
  ready "$@"
  stop
  rm -rf "$dir/payara"
}

# Bare Payara Micro with run.sh's JVM options and Payara options: the empty WAR, ready = /health/ready and its page.
bare() { micro "$WORK/bare" "$WORK/empty.war" "${BASE}health/ready" "${BASE}index.html"; }

# The minimal WAR, same options; $1 its folder, where its Derby database is made (kept for the restart).
minimal() { micro "$1" "$WORK/minimal.war" "${BASE}health/ready" "${BASE}api/ping"; }

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "bench: $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
FIRST=""; AGAIN=""; BARE=""; MFIRST=""; MAGAIN=""
for i in $(seq 1 "$RUNS"); do
  b=$(bare); BARE="$BARE $b"
  mf=$(minimal "$WORK/minimal-$i"); MFIRST="$MFIRST $mf"
  ma=$(minimal "$WORK/minimal-$i"); MAGAIN="$MAGAIN $ma"
  f=$(parindex "$WORK/data-$i"); FIRST="$FIRST $f"
  a=$(parindex "$WORK/data-$i"); AGAIN="$AGAIN $a"
  echo "round $i: bare $b s, minimal WAR first start $mf s, restart $ma s, run.sh first start $f s, run.sh restart $a s" \
    "(load $(cut -d' ' -f1-3 /proc/loadavg))"
done
mb=$(median <<<"$BARE"); mf=$(median <<<"$FIRST"); ma=$(median <<<"$AGAIN")
mmf=$(median <<<"$MFIRST"); mma=$(median <<<"$MAGAIN")
printf 'medians: bare %s s, first start %s s (%.2f×), restart %s s (%.2f×)  goal ≤ 1.3×\n' "$mb" "$mf" \
  "$(echo "$mf / $mb" | bc -l)" "$ma" "$(echo "$ma / $mb" | bc -l)"
printf 'minimal Jakarta EE WAR: first start %s s (%.2f× bare), restart %s s (%.2f× bare); run.sh against it: first start' \
  "$mmf" "$(echo "$mmf / $mb" | bc -l)" "$mma" "$(echo "$mma / $mb" | bc -l)"
printf ' %.2f×, restart %.2f×\n' "$(echo "$mf / $mmf" | bc -l)" "$(echo "$ma / $mma" | bc -l)"
echo "bench: done $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg); logs in $WORK"
