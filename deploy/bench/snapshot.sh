# shellcheck shell=bash
# Sourced by the benchmark scripts: snapshot DIR copies run.sh, the WAR and Payara Micro as built now into DIR, laid
# out like the repository, and sets RUN_SH and MICRO to them. run.sh finds no source newer than the WAR there, so an
# edit in the working tree during a benchmark cannot make it build in the middle of a measurement.
snapshot() {
  local snap=$1
  mkdir -p "$snap/survey-service/target/payara-micro"
  cp "$ROOT/run.sh" "$snap/"
  cp "$ROOT/survey-service/target/payara-micro/payara-micro.jar" "$snap/survey-service/target/payara-micro/"
  cp "$ROOT/survey-service/target/survey-service.war" "$snap/survey-service/target/"
  # shellcheck disable=SC2034 # read by the script that sources this file
  RUN_SH="$snap/run.sh"
  # shellcheck disable=SC2034
  MICRO="$snap/survey-service/target/payara-micro/payara-micro.jar"
}
