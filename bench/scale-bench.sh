#!/usr/bin/env bash
# Several instances at scale (not a test, issue 17 §3): $INSTANCES service instances on ONE PostgreSQL database,
# $SITES generated municipal sites of $MIN_PAGES..$MAX_PAGES pages (evenly spread) on loopback, every schedule due at
# once. Scenario "normal": crawls per instance, pages/s, each site crawled exactly once (crawl_run rows). Scenario
# "kill": the same on a fresh database, one instance killed with kill -9 when half the pages are crawled; every crawl
# must still finish on another instance, resumed from its checkpoint, with the same pages and products as in
# "normal" and no page counted twice. Needs PostgreSQL on 127.0.0.1:5432 (user postgres, no password; the bench makes
# and drops its own databases) and nginx (installed when missing).
# Usage: bench/scale-bench.sh [sites=30] [min-pages=300] [max-pages=3000]
# Environment: INSTANCES=3 SLOTS=2 (scheduler.crawlSlots) THREADS=2 (crawler.threads) HEARTBEAT=5s (scheduler.
# heartbeatInterval; revived after 4 missed) SCENARIOS="normal kill" TIMEOUT=600 (seconds per scenario)
# JAVA_OPTS (per instance) SERVICE=<jar> (else this checkout's jar, built once) KEEP_DB=1 (keep the databases).
set -euo pipefail
SITES=${1:-30}
MIN_PAGES=${2:-300}
MAX_PAGES=${3:-3000}
INSTANCES=${INSTANCES:-3}
SLOTS=${SLOTS:-2}
THREADS=${THREADS:-2}
HEARTBEAT=${HEARTBEAT:-5s}
SCENARIOS=${SCENARIOS:-normal kill}
TIMEOUT=${TIMEOUT:-600}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m -XX:+UseParallelGC}
SITE_PORT=${SITE_PORT:-19000}   # site i on 127.0.0.1:SITE_PORT+i: its own host key, so politeness is per site
APP_PORT=${APP_PORT:-18280}     # instance i: application port APP_PORT+2i, admin port APP_PORT+2i+1
HERE="$(cd "$(dirname "$0")" && pwd)"
MAIN="$(dirname "$HERE")"
WORK=${WORK:-/tmp/wmebv-scale-bench}
DB_PREFIX=wmebv_scale_bench
mkdir -p "$WORK/sites"
rm -f "$WORK"/*-sites.txt "$WORK"/kill-runs.txt
command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light; }

if [ -z "${SERVICE:-}" ]; then
  SERVICE="$MAIN/service/target/wmebv-service.jar"
  (cd "$MAIN" && flock /tmp/mvn.lock mvn -B -q -o -pl service -am package -DskipTests)
fi

# --- the sites: gen-site.py, a fifth of the pages products (at most 600, as on the 10,000-page bench site) -------
site_pages() { echo $(( MIN_PAGES + (MAX_PAGES - MIN_PAGES) * ($1 - 1) / (SITES > 1 ? SITES - 1 : 1) )); }
expected_pages=0
servers=""
for i in $(seq 1 "$SITES"); do
  pages=$(site_pages "$i")
  dir="$WORK/sites/site-$i"
  if [ ! -f "$dir/.pages-$pages" ]; then
    rm -rf "$dir"
    python3 "$HERE/gen-site.py" "$dir" "$pages" $(( pages / 5 < 600 ? pages / 5 : 600 )) > /dev/null
    touch "$dir/.pages-$pages"
  fi
  expected_pages=$((expected_pages + pages))
  servers+="  server { listen 127.0.0.1:$((SITE_PORT + i)); root $dir; index index.html; }"$'\n'
done
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  default_type text/html;
  types { text/html html; application/pdf pdf; }
$servers}
NGINX
nginx -c "$WORK/nginx.conf"
declare -A PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT
find "$WORK/sites" -name index.html -print0 | xargs -0 cat > /dev/null   # page cache warm, as in the other benches

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1);" \
  "$(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version' postgres | cut -d' ' -f1) PostgreSQL; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: bench/scale-bench.sh $SITES $MIN_PAGES $MAX_PAGES (INSTANCES=$INSTANCES SLOTS=$SLOTS THREADS=$THREADS HEARTBEAT=$HEARTBEAT)"
echo "sites: $SITES of $MIN_PAGES..$MAX_PAGES pages, $expected_pages pages in all; instances $INSTANCES x $SLOTS" \
  "crawl slots, $THREADS threads per crawl, delay 0, heartbeat $HEARTBEAT; JAVA_OPTS='$JAVA_OPTS'"

q() { psql -qtAX -F' ' -h 127.0.0.1 -U postgres -d "$DB" -c "$1"; }
# depth unlimited, as in service-crawl-bench.sh: the generated news archive is a chain deeper than the default 50
props=(-Ddw.crawler.threads="$THREADS" -Ddw.crawler.delayMs=0 -Ddw.crawler.allowPrivateAddresses=true -Ddw.crawler.maxDepth=100000
  -Ddw.scheduler.crawlSlots="$SLOTS" -Ddw.scheduler.pollingInterval=1s -Ddw.scheduler.checkInterval=2s
  -Ddw.scheduler.heartbeatInterval="$HEARTBEAT" -Ddw.auth.secureCookies=false)

start_instances() { # a fresh database $DB, the bench user, and $INSTANCES instances on it named scale-1..n
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" postgres
  export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
  password=$(java "${props[@]}" -jar "$SERVICE" user bench admin "$MAIN/config.yml" 2>/dev/null \
    | sed -n "s/.*has password: //p")   # also applies the migrations, once, before the instances start
  for n in $(seq 1 "$INSTANCES"); do
    PORT=$((APP_PORT + 2 * n)) ADMIN_PORT=$((APP_PORT + 2 * n + 1)) WMEBV_INSTANCE_NAME="scale-$n" \
      java $JAVA_OPTS "${props[@]}" -jar "$SERVICE" server "$MAIN/config.yml" > "$WORK/$SCENARIO-scale-$n.log" 2>&1 &
    PIDS[scale-$n]=$!
  done
  for n in $(seq 1 "$INSTANCES"); do
    for _ in $(seq 1 240); do api "$n" /api/municipalities > /dev/null 2>&1 && break; sleep 0.5; done
    api "$n" /api/municipalities > /dev/null || { echo "instance scale-$n did not start: $WORK/$SCENARIO-scale-$n.log" >&2; exit 1; }
  done
}
api() { local n=$1; shift; curl -sf -u "bench:$password" -H 'Content-Type: application/json' \
  "http://127.0.0.1:$((APP_PORT + 2 * n))$1" "${@:2}"; }

register_sites() { # through the API of instance 1, schedules weekly but disabled until all are due at once
  for i in $(seq 1 "$SITES"); do
    site=$(api 1 /api/municipalities -X POST \
      -d "{\"name\": \"Schaalstad $i\", \"baseUrl\": \"http://127.0.0.1:$((SITE_PORT + i))/\"}" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["sites"][0]["id"])')
    api 1 "/api/sites/$site/schedule" -X PUT -d '{"interval": "P7D", "enabled": false}' > /dev/null
  done
}

stop_instances() {
  for n in $(seq 1 "$INSTANCES"); do
    p=${PIDS[scale-$n]:-}
    [ -n "$p" ] && kill -0 "$p" 2>/dev/null && RSS[scale-$n]=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$p/status")
    [ -n "$p" ] && { kill "$p" 2>/dev/null || true; }
  done
  for n in $(seq 1 "$INSTANCES"); do p=${PIDS[scale-$n]:-}; [ -n "$p" ] && { wait "$p" 2>/dev/null || true; }; done
  PIDS=()
}

site_figures() { # per site: base URL, runs, statuses, pages, page rows, products and a digest of the product URLs
  q "SELECT s.base_url, (SELECT count(*) FROM crawl_run r WHERE r.site_id = s.id),
       (SELECT string_agg(r.status, ',') FROM crawl_run r WHERE r.site_id = s.id),
       (SELECT coalesce(sum(r.pages), 0) FROM crawl_run r WHERE r.site_id = s.id),
       (SELECT count(*) FROM page g WHERE g.site_id = s.id),
       (SELECT count(*) FROM product p JOIN page g ON g.id = p.page_id WHERE g.site_id = s.id),
       (SELECT md5(coalesce(string_agg(g.url, ' ' ORDER BY g.url), '')) FROM product p JOIN page g ON g.id = p.page_id
         WHERE g.site_id = s.id)
     FROM site s ORDER BY s.base_url"
}

run_scenario() {
  SCENARIO=$1
  DB="${DB_PREFIX}_$SCENARIO"
  declare -gA RSS=()
  start_instances
  register_sites
  size_before=$(q "SELECT pg_database_size(current_database())")
  due=$(q "WITH u AS (UPDATE crawl_schedule SET enabled = true, next_run_at = now() RETURNING 1) SELECT now() FROM u LIMIT 1")
  echo
  echo "== scenario $SCENARIO: $SITES schedules due at $due"
  round_pages=$expected_pages   # halfway = half the pages scenario normal crawled, when it ran
  [ -f "$WORK/normal-sites.txt" ] && round_pages=$(awk '{s += $4} END {print s}' "$WORK/normal-sites.txt")
  killed="" killed_at="" revived_at="" deadline=$((SECONDS + TIMEOUT)) began=$SECONDS
  while true; do
    read -r total ended running pages < <(q "SELECT count(*), count(*) FILTER (WHERE status <> 'RUNNING'),
      count(*) FILTER (WHERE status = 'RUNNING'), coalesce(sum(pages), 0) FROM crawl_run")
    if [ "$SCENARIO" = kill ] && [ -z "$killed" ] && (( pages * 2 >= round_pages )); then
      killed=$(q "SELECT instance FROM crawl_run WHERE status = 'RUNNING' AND instance IS NOT NULL
                  GROUP BY instance ORDER BY count(*) DESC, instance LIMIT 1")
      q "SELECT r.id, s.base_url, r.pages FROM crawl_run r JOIN site s ON s.id = r.site_id
         WHERE r.status = 'RUNNING' AND r.instance = '$killed' ORDER BY r.id" > "$WORK/kill-runs.txt"
      kill -9 "${PIDS[$killed]}"
      wait "${PIDS[$killed]}" 2>/dev/null || true
      unset "PIDS[$killed]"
      killed_at=$((SECONDS - began))
      killed_runs=$(cut -d' ' -f1 "$WORK/kill-runs.txt" | paste -sd, -)
      echo "kill -9 $killed at $pages of $round_pages pages; its running crawls (run, site, pages so far):"
      sed 's/^/  /' "$WORK/kill-runs.txt"
    fi
    if [ -n "$killed" ] && [ -z "$revived_at" ] && [ -n "$killed_runs" ] && [ "$(q "SELECT count(*) FROM crawl_run
        WHERE id IN ($killed_runs) AND instance IS DISTINCT FROM '$killed'")" = "$(wc -l < "$WORK/kill-runs.txt")" ]; then
      revived_at=$((SECONDS - began))
    fi
    (( total >= SITES && running == 0 )) && break
    (( SECONDS > deadline )) && { echo "TIMEOUT after ${TIMEOUT}s: $ended of $total runs ended, $running running"; break; }
    sleep 1
  done
  read -r wall sum_pages < <(q "SELECT round(extract(epoch FROM max(finished_at) - '$due'::timestamptz)::numeric, 1),
    sum(pages) FROM crawl_run")
  echo "wall (due -> last crawl ended): ${wall}s; pages: $sum_pages; total pages/s: $(echo "scale=0; $sum_pages / $wall" | bc)"
  echo "crawls per instance (the instance that ran each to its end):"
  while read -r inst runs ipages; do
    printf '  %-8s runs=%-3s pages=%-6s pages/s=%s\n' "$inst" "$runs" "$ipages" "$(echo "scale=0; $ipages / $wall" | bc)"
  done < <(q "SELECT coalesce(instance, '-'), count(*), sum(pages) FROM crawl_run GROUP BY 1 ORDER BY 1")
  site_figures > "$WORK/$SCENARIO-sites.txt"
  twice=$(awk '$2 > 1' "$WORK/$SCENARIO-sites.txt" | wc -l)
  missing=$(awk '$2 == 0' "$WORK/$SCENARIO-sites.txt" | wc -l)
  unfinished=$(awk '$3 != "FINISHED"' "$WORK/$SCENARIO-sites.txt" | wc -l)
  recounted=$(awk '$4 != $5' "$WORK/$SCENARIO-sites.txt" | wc -l)
  echo "exactly once: $(awk '$2 == 1' "$WORK/$SCENARIO-sites.txt" | wc -l) of $SITES sites one run; twice or more:" \
    "$twice; missing: $missing; not FINISHED: $unfinished; run pages != page rows: $recounted"
  awk '$2 != 1 || $3 != "FINISHED" || $4 != $5 {print "  " $0}' "$WORK/$SCENARIO-sites.txt"
  if [ -n "$killed" ]; then
    echo "the killed instance's crawls (run, site, status, instance, last taker; pages, products: now and in normal):"
    while read -r run url _; do
      read -r status rpages inst < <(q "SELECT status, pages, instance FROM crawl_run WHERE id = $run")
      taker=$({ grep -h "Crawl run $run of site [0-9]* taken by instance" "$WORK"/kill-scale-*.log || true; } \
        | sort | tail -1 | sed 's/.*taken by instance //')   # the last taker; "resuming" when from a checkpoint
      normal=$(awk -v u="$url" '$1 == u {print $4 " pages, " $6 " products " $7}' "$WORK/normal-sites.txt" 2>/dev/null)
      now=$(awk -v u="$url" '$1 == u {print $4 " pages, " $6 " products " $7}' "$WORK/kill-sites.txt")
      echo "  run $run $url $status on $inst, last taken by: ${taker:-nobody}; $now; normal run: ${normal:-n/a}"
    done < "$WORK/kill-runs.txt"
    echo "killed at +${killed_at}s after the schedules were due; all its crawls taken over by +${revived_at:-never}s"
  fi
  if [ -f "$WORK/normal-sites.txt" ] && [ "$SCENARIO" != normal ]; then
    differ=$(diff <(cut -d' ' -f1,4-7 "$WORK/normal-sites.txt") <(cut -d' ' -f1,4-7 "$WORK/$SCENARIO-sites.txt") \
      | grep -c '^>' || true)
    echo "sites whose pages, page rows, products or product URLs differ from scenario normal: $differ"
  fi
  echo "database: $(q "SELECT pg_size_pretty(pg_database_size(current_database()))") after the round," \
    "$(q "SELECT pg_size_pretty(pg_database_size(current_database()) - $size_before)") of it the round's:" \
    "$(q "SELECT (pg_database_size(current_database()) - $size_before) / greatest(1, (SELECT count(*) FROM page))")" \
    "bytes per page (tables and indexes, one crawl per page)"
  stop_instances
  echo "peak RSS per instance (MB): $(for k in "${!RSS[@]}"; do printf '%s=%s ' "$k" "${RSS[$k]}"; done)"
  [ -n "${KEEP_DB:-}" ] || psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres
}

for s in $SCENARIOS; do run_scenario "$s"; done
