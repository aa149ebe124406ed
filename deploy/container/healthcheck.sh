#!/bin/sh
# The image's HEALTHCHECK: healthy while /health/ready answers 200 (schema migrated, database answers; 503 otherwise).
URL=http://127.0.0.1:8080/health/ready
if command -v wget >/dev/null 2>&1; then
  exec wget -q -O /dev/null -T 4 "$URL"
fi
exec curl -fsS -o /dev/null -m 4 "$URL"
