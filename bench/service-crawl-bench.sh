#!/usr/bin/env bash
# Service path benchmark (not a test, issue 19): the same synthetic site as crawl-bench.sh crawled once by the CLI
# (with analysis) and once by the service (crawl, analysis and merge into PostgreSQL), same threads and delay 0.
# Prints pages/s of each and the service's rate as a share of the CLI's. Needs PostgreSQL on 127.0.0.1:5432 (user
# postgres, no password; the bench makes and drops its own database). Usage: bench/service-crawl-bench.sh [pages] [threads]
# SERVICE=<jar> (and CLI=<jar>) measure given builds instead of building this checkout.
set -euo pipefail
PAGES=${1:-10000}
THREADS=${2:-8}
PORT=${PORT:-18090}
APP_PORT=${APP_PORT:-18180}
HERE="$(cd "$(dirname "$0")" && pwd)"
MAIN="$(dirname "$HERE")"
WORK=${WORK:-/tmp/wmebv-bench}
SITE="$WORK/site"
JAVA_OPTS=${JAVA_OPTS:-}   # the same JVM options for the CLI and the service
DB=wmebv_service_bench
mkdir -p "$WORK"
. "$HERE/bench-site.sh"

CLI=${CLI:-"$MAIN/crawler/target/wmebv-crawler-0.1.0-SNAPSHOT-cli.jar"}
if [ -z "${SERVICE:-}" ]; then   # SERVICE=<jar> compares another build of the service with this checkout's CLI
  SERVICE="$MAIN/service/target/wmebv-service.jar"
  (cd "$MAIN" && flock /tmp/mvn.lock mvn -B -q -o package -DskipTests)   # the jars of this checkout
fi

bench_site_serve
BASE="http://127.0.0.1:$PORT/"
cat $(find "$SITE" -name index.html | head -20000) > /dev/null

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); site $PAGES pages; threads $THREADS; JAVA_OPTS='$JAVA_OPTS'"
start=$(date +%s.%N)
java $JAVA_OPTS -jar "$CLI" "$BASE" --out "$WORK/service-bench-cli.jsonl" --allow-private --delay-ms 0 \
  --threads "$THREADS" --max-pages 1000000 --max-depth 100000 > /dev/null 2>&1
cli_seconds=$(echo "$(date +%s.%N) - $start" | bc)
cli_pages=$(wc -l < "$WORK/service-bench-cli.jsonl")

psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" postgres
export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PORT=$APP_PORT ADMIN_PORT=$((APP_PORT + 1))
props=(-Ddw.crawler.threads="$THREADS" -Ddw.crawler.delayMs=0 -Ddw.crawler.allowPrivateAddresses=true
  -Ddw.crawler.maxPages=1000000 -Ddw.crawler.maxDepth=100000 -Ddw.scheduler.pollingInterval=1s -Ddw.auth.secureCookies=false)
password=$(java "${props[@]}" -jar "$SERVICE" user bench admin "$MAIN/config.yml" 2>/dev/null | sed -n "s/.*has password: //p")
java $JAVA_OPTS ${SERVICE_OPTS:-} "${props[@]}" -jar "$SERVICE" server "$MAIN/config.yml" > "$WORK/service-bench.log" 2>&1 &
SERVICE_PID=$!
trap 'kill $SERVICE_PID 2>/dev/null || true; nginx -c "$WORK/nginx.conf" -s stop || true' EXIT
api() { curl -sf -u "bench:$password" -H 'Content-Type: application/json' "$@"; }
for _ in $(seq 1 120); do api "http://127.0.0.1:$APP_PORT/api/municipalities" > /dev/null 2>&1 && break; sleep 0.5; done
site=$(api -X POST "http://127.0.0.1:$APP_PORT/api/municipalities" -d "{\"name\": \"Benchstad\", \"baseUrl\": \"$BASE\"}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["sites"][0]["id"])')
run=$(api -X POST "http://127.0.0.1:$APP_PORT/api/sites/$site/crawls" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
while true; do
  state=$(api "http://127.0.0.1:$APP_PORT/api/crawls/$run")
  status=$(echo "$state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  [ "$status" = RUNNING ] || break
  sleep 0.5
done
read -r svc_pages svc_seconds < <(echo "$state" | python3 -c '
import json, sys
from datetime import datetime
r = json.load(sys.stdin)
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print(r["pages"], (t(r["finishedAt"]) - t(r["startedAt"])).total_seconds())')
rss=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$SERVICE_PID/status)
printf 'cli (crawl + analysis)            pages=%s seconds=%.1f pages/s=%.0f\n' "$cli_pages" "$cli_seconds" \
  "$(echo "$cli_pages / $cli_seconds" | bc -l)"
printf 'service (crawl + analysis + merge) pages=%s seconds=%.1f pages/s=%.0f status=%s peak RSS %s MB\n' \
  "$svc_pages" "$svc_seconds" "$(echo "$svc_pages / $svc_seconds" | bc -l)" "$status" "$rss"
printf 'service / cli: %.2f\n' "$(echo "($svc_pages / $svc_seconds) / ($cli_pages / $cli_seconds)" | bc -l)"
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres 2>/dev/null || true
