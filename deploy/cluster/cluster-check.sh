#!/usr/bin/env bash
# ParIndex on a cluster: two survey-service instances (the built WAR on Payara Micro, clustered with Payara Micro's
# Hazelcast on loopback, tcpip discovery, a cluster name of their own) on one throw-away PostgreSQL on loopback.
# See deploy/cluster/README.md.
#
#   cluster-check.sh [MAVEN ARGS]   build the WAR and run the Maven profile `cluster`: ClusterIT (the two instances,
#                                   started together on an empty database) and DatabaseFaultIT (PostgreSQL stopped
#                                   and restarted under a running instance); prints PASS or FAIL per test and in all
#   cluster-check.sh up             start PostgreSQL and the two instances and leave them running for a look
#                                   (Ctrl-C stops all three); needs the WAR built (mvn -pl survey-service -am package)
#
# Ports: PostgreSQL 55440, HTTP 28000 and 28001, Hazelcast 28100 and 28101 (CLUSTER_PG_PORT, CLUSTER_HTTP_PORT,
# CLUSTER_HZ_PORT change them). Everything listens on 127.0.0.1 only, except Payara Micro's HTTP listener.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
svc=$repo/survey-service
pg_port=${CLUSTER_PG_PORT:-55440}
http_port=${CLUSTER_HTTP_PORT:-28000}
hz_port=${CLUSTER_HZ_PORT:-28100}

check() {
  local started log reports rc
  started=$(date +%s)
  log=$svc/target/cluster-check.log
  reports=$svc/target/failsafe-reports-cluster
  mkdir -p "$svc/target"
  rm -rf "$reports"
  echo "cluster-check: building the WAR and running the profile 'cluster' (log: $log)…"
  (cd "$repo" && mvn -B -ntp -pl survey-service -am verify -Pcluster -Dtest=NONE \
      -Dsurefire.failIfNoSpecifiedTests=false -Dcluster.pg.port="$pg_port" -Dcluster.http.port="$http_port" \
      -Dcluster.hz.port="$hz_port" "$@") >"$log" 2>&1
  rc=$?
  echo
  echo "=== ParIndex cluster check ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores) ==="
  if compgen -G "$reports/TEST-*.xml" >/dev/null; then
    python3 - "$reports" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
for f in sorted(glob.glob(sys.argv[1] + "/TEST-*.xml")):
    suite = ET.parse(f).getroot()
    for case in suite.iter("testcase"):
        bad = case.find("failure") if case.find("failure") is not None else case.find("error")
        verdict = "PASS" if bad is None else "FAIL"
        print(f"{verdict}  {suite.get('name').rsplit('.', 1)[-1]}.{case.get('name')} ({float(case.get('time')):.0f} s)")
        if bad is not None:
            print("      " + (bad.get("message") or "").strip().replace("\n", "\n      ")[:1500])
PY
    grep -h "^ClusterIT kill\|^DatabaseFaultIT:" "$log" | sed 's/^/      /'
  else
    echo "no test reports: the build failed before the tests; the end of $log:"
    tail -40 "$log"
  fi
  echo "took $(( $(date +%s) - started )) s"
  if [[ $rc -eq 0 ]]; then echo "RESULT: PASS"; else echo "RESULT: FAIL (maven exit $rc; see $log)"; fi
  return $rc
}

up() {
  local war=$svc/target/survey-service.war jar=$svc/target/payara-micro/payara-micro.jar
  local dir=$svc/target/cluster-up name="parindex-up-$$" pids=()
  [[ -f $war && -f $jar ]] || { echo "build first: mvn -pl survey-service -am package -DskipTests" >&2; exit 2; }
  mkdir -p "$dir"
  "$svc/src/test/postgresql/pg-test.sh" start "$dir/postgresql" "$pg_port" || exit 1
  stop_all() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    wait 2>/dev/null
    "$svc/src/test/postgresql/pg-test.sh" stop "$dir/postgresql"
  }
  trap stop_all EXIT INT TERM
  for i in 0 1; do
    java -Xmx768m -Dsurvey.data.dir="$dir/node$i" -Dhazelcast.socket.bind.any=false \
      -Dsurvey.db.url="jdbc:postgresql://127.0.0.1:$pg_port/parindex" -Dsurvey.db.user=parindex \
      -Dsurvey.db.password=parindex -Dsurvey.demo.enabled=true \
      -jar "$jar" --deploy "$war" --contextroot / --port $((http_port + i)) \
      --clustermode "tcpip:127.0.0.1:$hz_port,127.0.0.1:$((hz_port + 1))" --interfaces 127.0.0.1 \
      --clustername "$name" --startport $((hz_port + i)) --disablephonehome --rootdir "$dir/node$i.payara" \
      >"$dir/node$i.log" 2>&1 &
    pids+=($!)
  done
  for i in 0 1; do
    until curl -fsS "http://127.0.0.1:$((http_port + i))/health/ready" >/dev/null 2>&1; do
      kill -0 "${pids[$i]}" 2>/dev/null || { echo "instance $i exited: see $dir/node$i.log" >&2; exit 1; }
      sleep 2
    done
    echo "instance $i ready: http://127.0.0.1:$((http_port + i))/ (log $dir/node$i.log)"
  done
  grep -h "DG Size" "$dir"/node*.log | tail -1
  echo "cluster $name up; Ctrl-C stops both instances and PostgreSQL"
  wait
}

case "${1:-}" in
  up) up ;;
  *) check "$@" ;;
esac
