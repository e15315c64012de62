#!/usr/bin/env bash
# Inventory benchmark (issues 5 and 6): a scratch database on the test PostgreSQL (127.0.0.1:5432, user postgres),
# the service started on it (migrations at start-up), an inventory of 5,000 products generated with SQL
# (bench/inventory-data.sql: 10 crawls x 5,000 pages = 50,000 observations, 7 clusters, ~5,000 actions,
# ~20,000 audit events, cluster sessions), then
#   1. filtered product list queries of the JSON API under load: wrk, 2 threads, 20 connections, 20 s per URL,
#      once with HTTP Basic (as an API script calls it) and once with a session cookie (as the web view does);
#   2. the web pages' server time: 50 sequential requests per page after 10 warm-up ones, curl's time to the
#      first byte (p50/p95);
#   3. the merge of a 20,000-page crawl (bench/merge-bench: InventoryMerger.merge in batches of 100, a first
#      crawl and a re-crawl with 5 % changed channels) into a second municipality of the same database.
# The service is stopped and the database dropped at the end. Not a test.
# Usage: bench/inventory-bench.sh [products=5000] [merge pages=20000]
# Env: WRK_DURATION (20s), MERGE_PRODUCT_PERCENT (100 = every page a product page; 25 = a mixed site),
#      JAVA_OPTS (service JVM), PORT/ADMIN_PORT (18480/18481).
# Needs: wrk, service/target/wmebv-service.jar, the reactor installed (mvn -o install -DskipTests) for merge-bench.
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS="${1:-5000}"
MERGE_PAGES="${2:-20000}"
DURATION="${WRK_DURATION:-20s}"
PGHOST="${WMEBV_TEST_PG_HOST:-127.0.0.1}"; PGPORT="${WMEBV_TEST_PG_PORT:-5432}"; PGUSER="${WMEBV_TEST_PG_USER:-postgres}"
export PGHOST PGPORT PGUSER
PORT="${PORT:-18480}"; ADMIN_PORT="${ADMIN_PORT:-18481}"
export PORT ADMIN_PORT
DB="wmebv_bench_inventory_$$"
JAR=service/target/wmebv-service.jar
BASE="http://127.0.0.1:$PORT"
OUT="$(mktemp -d)"
SERVICE_PID=

cleanup() {
  if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
  dropdb --if-exists --force "$DB" >/dev/null 2>&1 || true
  rm -rf "$OUT"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install -y wrk)" >&2; exit 1; }

createdb "$DB"
export DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATABASE_USER="$PGUSER" WMEBV_SCHEDULER_ENABLED=false
# the user command migrates the empty database too
PASSWORD=$(java -jar "$JAR" user bench admin config.yml 2>/dev/null | sed -n 's/.*has password: //p')
[ -n "$PASSWORD" ] || { echo "could not create the user" >&2; exit 1; }
java ${JAVA_OPTS:-} -jar "$JAR" server config.yml >"$OUT/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$ADMIN_PORT/healthcheck" >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -40 "$OUT/service.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$ADMIN_PORT/healthcheck" >/dev/null || { echo "service did not start" >&2; exit 1; }

BASIC="Authorization: Basic $(printf 'bench:%s' "$PASSWORD" | base64 -w0)"
api_post() { curl -sf -H "$BASIC" -H 'Content-Type: application/json' -d "$2" "$BASE$1" >/dev/null; }
api_post /api/municipalities '{"name": "Benchstad", "baseUrl": "https://www.benchstad.nl"}'

echo "Generating the inventory ($PRODUCTS products) ..." >&2
start=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -v muni=Benchstad -v products="$PRODUCTS" -v runs=10 -f bench/inventory-data.sql "$DB" >&2
printf 'generated in %.0f s\n' "$(echo "$(date +%s.%N) - $start" | bc)" >&2
sql() { psql -XAtq -v ON_ERROR_STOP=1 -c "$1" "$DB"; }
M=$(sql "SELECT id FROM municipality WHERE name = 'Benchstad'")
C=$(sql "SELECT id FROM cluster WHERE municipality_id = $M ORDER BY position LIMIT 1")
CHANGED=$(sql "SELECT id FROM product WHERE municipality_id = $M AND review_reason LIKE 'Kanaal gewijzigd%' ORDER BY id LIMIT 1")
WITH_ACTIONS=$(sql "SELECT product_id FROM action GROUP BY 1 HAVING count(*) > 1 ORDER BY 1 LIMIT 1")
SESSION_DONE=$(sql "SELECT id FROM cluster_session WHERE status = 'DONE' ORDER BY id LIMIT 1")

# a web session as a browser gets it: the login form's double-submit token, then the POST
LOGIN_TOKEN=$(curl -s -D - -o /dev/null "$BASE/login" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: WMEBV_LOGIN=\([^;]*\).*/\1/p')
SESSION=$(curl -s -D - -o /dev/null -H "Cookie: WMEBV_LOGIN=$LOGIN_TOKEN" --data-urlencode username=bench \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_login=$LOGIN_TOKEN" --data-urlencode next=/ "$BASE/login" \
  | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: WMEBV_SESSION=\([^;]*\).*/\1/p')
[ -n "$SESSION" ] || { echo "login failed" >&2; exit 1; }
COOKIE="Cookie: WMEBV_SESSION=$SESSION"

P="/api/municipalities/$M/products"
declare -a LABELS=("cluster + channelStatus" "q=text" "flag=review" "sort=-updated, page 10" "actionStatus + inScope, sort=status")
declare -a URLS=("$P?cluster=$C&channelStatus=ABSENT" "$P?q=vergunning" "$P?flag=review"
  "$P?sort=-updated&page=10" "$P?actionStatus=OPEN&inScope=true&sort=status")
for u in "${URLS[@]}"; do  # every URL answers 200 with items
  curl -sf -H "$COOKIE" "$BASE$u" | grep -q '"total"' || { echo "no list from $u" >&2; exit 1; }
done

wrk_run() { # header, paths...
  local header="$1"; shift
  WRK_HEADER="$header" WRK_PATHS="$*" wrk -t2 -c20 -d"$DURATION" --timeout 10s --latency -s bench/inventory-wrk.lua "$BASE" \
    >"$OUT/wrk.txt" 2>&1 || { cat "$OUT/wrk.txt" >&2; exit 1; }
  grep '^RESULT|' "$OUT/wrk.txt" | cut -d'|' -f2-
}
echo "Warming up (JIT, connection pool) ..." >&2
echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1), $(java -version 2>&1 | head -1)"
WRK_HEADER="$COOKIE" WRK_PATHS="${URLS[*]}" wrk -t2 -c20 -d10s -s bench/inventory-wrk.lua "$BASE" >/dev/null

load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at $(date +%H:%M:%S)"; }
echo
echo "### JSON API: filtered product lists, wrk -t2 -c20 -d$DURATION (target p95 < 50 ms)"
echo
echo "| list (municipality of $PRODUCTS products, page size 50) | auth | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | non-2xx |"
echo "|---|---|---|---|---|---|---|---|---|"
for auth in cookie basic; do
  header="$COOKIE"; [ "$auth" = basic ] && header="$BASIC"
  for i in "${!URLS[@]}"; do
    IFS='|' read -r n rps p50 p95 p99 max non2xx errs <<<"$(wrk_run "$header" "${URLS[$i]}")"
    echo "| \`${URLS[$i]#$P}\` (${LABELS[$i]}) | $auth | $n | $rps | $p50 | $p95 | $p99 | $max | $((non2xx + errs)) |"
  done
  IFS='|' read -r n rps p50 p95 p99 max non2xx errs <<<"$(wrk_run "$header" "${URLS[@]}")"
  echo "| all five in rotation | $auth | $n | $rps | $p50 | $p95 | $p99 | $max | $((non2xx + errs)) |"
done
# The same kinds of list, 600 different ones in a cycle, each wrk thread its own 300: more than the service keeps
# (inventory.listCacheEntries, 256, least recently used out) even when one thread runs ahead of the other, so every
# request runs its query: the figure without the list cache.
declare -a MISSES=()
for n in $(seq 1 120); do
  pg=$((n % 100 + 1)); sz=$((n < 100 ? 50 : 40))
  MISSES+=("$P?sort=-updated&page=$pg&size=$sz" "$P?sort=status&page=$pg&size=$sz"
    "$P?cluster=$C&channelStatus=ABSENT&size=$((n + 10))" "$P?q=vergunning&size=$((n + 10))"
    "$P?actionStatus=OPEN&inScope=true&sort=status&size=$((n + 10))")
done
IFS='|' read -r n rps p50 p95 p99 max non2xx errs <<<"$(WRK_SPLIT=2 wrk_run "$COOKIE" "${MISSES[@]}")"
echo "| 600 different lists of these five kinds in a cycle (no list cache hits) | cookie | $n | $rps | $p50 | $p95 | $p99 | $max | $((non2xx + errs)) |"
echo; load

echo
echo "### Web pages: server time (time to first byte), 50 sequential requests each (target < 200 ms)"
echo
load; echo
echo "| page | p50 ms | p95 ms | max ms | size KB |"
echo "|---|---|---|---|---|"
page_run() { # label path
  local label="$1" path="$2" code
  for _ in $(seq 1 10); do curl -s -o /dev/null -H "$COOKIE" "$BASE$path"; done
  : >"$OUT/times.txt"
  for _ in $(seq 1 50); do
    curl -s -o "$OUT/body" -H "$COOKIE" -w '%{http_code} %{time_starttransfer}\n' "$BASE$path" >>"$OUT/times.txt"
  done
  code=$(awk '$1 != 200 {print $1; exit}' "$OUT/times.txt")
  [ -z "$code" ] || { echo "$path answered $code" >&2; exit 1; }
  awk '{print $2 * 1000}' "$OUT/times.txt" | sort -n | awk -v label="$label" -v kb="$(( $(stat -c %s "$OUT/body") / 1024 ))" \
    '{t[NR] = $1} END {printf "| %s | %.1f | %.1f | %.1f | %d |\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR], kb}'
}
page_run "dashboard \`/\`" "/"
page_run "inventory, no filter \`/inventaris\`" "/inventaris"
page_run "inventory \`/inventaris?cluster=$C&channelStatus=ABSENT&sort=status\`" "/inventaris?cluster=$C&channelStatus=ABSENT&sort=status"
page_run "inventory \`/inventaris?q=vergunning&page=3\`" "/inventaris?q=vergunning&page=3"
page_run "inventory \`/inventaris?flag=review&sort=-updated\`" "/inventaris?flag=review&sort=-updated"
page_run "product with changed channel \`/producten/$CHANGED\`" "/producten/$CHANGED"
page_run "product with actions \`/producten/$WITH_ACTIONS\`" "/producten/$WITH_ACTIONS"
page_run "crawls \`/crawls\`" "/crawls"
page_run "sessions \`/sessies\`" "/sessies"
page_run "session \`/sessies/$SESSION_DONE\`" "/sessies/$SESSION_DONE"
page_run "session report \`/sessies/$SESSION_DONE/verslag\`" "/sessies/$SESSION_DONE/verslag"
echo; load

echo
echo "### Merge of a $MERGE_PAGES-page crawl (InventoryMerger.merge, batches of 100, one transaction each)"
echo
api_post /api/municipalities '{"name": "Mergestad", "baseUrl": "https://www.mergestad.nl"}'
MM=$(sql "SELECT id FROM municipality WHERE name = 'Mergestad'")
MS=$(sql "SELECT id FROM site WHERE municipality_id = $MM")
CP="$JAR:bench/merge-bench/target/classes"
[ -f bench/merge-bench/target/classes/nl/wmebv/bench/MergeBench.class ] || {
  echo "build it first: (cd bench/merge-bench && flock /tmp/wmebv-mvn.lock mvn -B -q -o compile)" >&2; exit 1; }
java ${JAVA_OPTS:-} -cp "$CP" nl.wmebv.bench.MergeBench "$DATABASE_URL" "$PGUSER" "$MM" "$MS" "$MERGE_PAGES" \
  "${MERGE_PRODUCT_PERCENT:-100}" >"$OUT/merge.txt" 2>"$OUT/merge.err" || { cat "$OUT/merge.err" >&2; exit 1; }
load; echo
grep -v '^RESULT|' "$OUT/merge.txt" | sed 's/^/    /'
echo
echo "| crawl | pages | seconds | pages/s | batch p50 ms | batch p95 ms | batch max ms |"
echo "|---|---|---|---|---|---|---|"
grep '^RESULT|' "$OUT/merge.txt" | cut -d'|' -f2- | awk -F'|' '{printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7}'
echo; load
