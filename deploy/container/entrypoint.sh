#!/bin/sh
# Starts the survey service inside the container, as run.sh does on a machine (same JVM options where they matter;
# DeployRecipesTest checks that every -D and -XX option of run.sh is here too). Arguments go to Payara Micro
# (the image's default: --nocluster).
#
# Environment read here (everything else is a setting of the service: survey-service/README.md#settings):
#   SURVEY_DATA_DIR          data folder (image: /opt/payara/data, a volume)
#   MEM_MAX_RAM_PERCENTAGE   heap as a share of the container's memory limit (default 70.0, as the Payara image)
#   MEM_XSS                  thread stack size (default 512k, as the Payara image)
#   JVM_ARGS                 further JVM options (the Payara image sets one)
#   DERBY_PAGE_CACHE_SIZE, DERBY_DEADLOCK_SECONDS, DERBY_LOCK_WAIT_SECONDS   embedded Derby only: see run.sh
set -eu

# Files owner-only: the data folder holds the database and the invitation key.
umask 077
DATA="${SURVEY_DATA_DIR:-/opt/payara/data}"
# Payara's runtime folder, made anew at each start (a kept one would deploy the WAR a second time); outside the
# data volume, so that a restarted container does not find the old one either.
RUNTIME=/opt/payara/runtime
rm -rf "$RUNTIME"
mkdir -p "$DATA"

# After an OutOfMemoryError threads of the server may be dead: exit, so that the container is restarted.
# shellcheck disable=SC2086 # JVM_ARGS is a list of options
exec java -XX:+UseContainerSupport -XX:MaxRAMPercentage="${MEM_MAX_RAM_PERCENTAGE:-70.0}" -Xss"${MEM_XSS:-512k}" \
  -XX:+ExitOnOutOfMemoryError ${JVM_ARGS:-} \
  -Dderby.storage.useDefaultFilePermissions=false \
  -Dderby.storage.pageCacheSize="${DERBY_PAGE_CACHE_SIZE:-16000}" \
  -Dderby.locks.deadlockTimeout="${DERBY_DEADLOCK_SECONDS:-2}" -Dderby.locks.waitTimeout="${DERBY_LOCK_WAIT_SECONDS:-30}" \
  -Dderby.stream.error.file="$DATA/derby.log" \
  -jar /opt/payara/payara-micro.jar --deploy /opt/parindex/survey-service.war --contextroot / --port 8080 \
  --disablephonehome --rootdir "$RUNTIME" "$@"
