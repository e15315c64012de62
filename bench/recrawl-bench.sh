#!/usr/bin/env bash
# Re-crawl benchmark (not a test, issue 17 §2): the synthetic site of crawl-bench.sh, with a sitemap that dates every
# page (lastmod a day before the bench) and names itself in robots.txt, crawled twice by the service at politeness 0
# (delay 0). nginx logs every request, so the bench counts what each crawl asked. Prints per crawl the requests, the
# seconds (the run's startedAt to finishedAt), the pages dealt with and left unasked, and the re-crawl's share of the
# first crawl's requests and time (targets: at most 60 % and 20 %). Needs PostgreSQL on 127.0.0.1:5432 (user postgres,
# no password; the bench makes and drops its own database).
# Usage: bench/recrawl-bench.sh [pages] [threads]; SERVICE=<jar> measures a given build instead of this checkout;
# LASTMOD=0 writes the sitemap without dates (then a re-crawl asks every page, conditionally: the 304 figure).
set -euo pipefail
PAGES=${1:-10000}
THREADS=${2:-8}
PORT=${PORT:-18092}
APP_PORT=${APP_PORT:-18190}
HERE="$(cd "$(dirname "$0")" && pwd)"
MAIN="$(dirname "$HERE")"
WORK=${WORK:-/tmp/wmebv-bench}
SITE="$WORK/recrawl-site"   # its own copy: the sitemap and robots.txt would change what the other benches crawl
ACCESS_LOG="$WORK/recrawl-access.log"
JAVA_OPTS=${JAVA_OPTS:-}
DB=wmebv_recrawl_bench
mkdir -p "$WORK"
. "$HERE/bench-site.sh"

python3 - "$SITE" "$PORT" "${LASTMOD:-1}" <<'PY'
import datetime, os, sys
site, port, dated = sys.argv[1], sys.argv[2], sys.argv[3] != "0"
day = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
urls = sorted("/" + os.path.relpath(d, site).replace(os.sep, "/") + "/" if d != site else "/"
              for d, _, files in os.walk(site) if "index.html" in files)
with open(os.path.join(site, "sitemap.xml"), "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n')
    for u in urls:
        lastmod = f"<lastmod>{day}</lastmod>" if dated else ""
        f.write(f"<url><loc>http://127.0.0.1:{port}{u}</loc>{lastmod}</url>\n")
    f.write("</urlset>\n")
with open(os.path.join(site, "robots.txt"), "w") as f:
    f.write(f"User-agent: *\nAllow: /\nSitemap: http://127.0.0.1:{port}/sitemap.xml\n")
PY

if [ -z "${SERVICE:-}" ]; then
  SERVICE="$MAIN/service/target/wmebv-service.jar"
  (cd "$MAIN" && flock /tmp/mvn.lock mvn -B -q -o package -DskipTests)
fi

: > "$ACCESS_LOG"
bench_site_serve
BASE="http://127.0.0.1:$PORT/"
cat $(find "$SITE" -name index.html | head -20000) > /dev/null

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); site $PAGES pages;" \
  "sitemap lastmod ${LASTMOD:-1}; threads $THREADS; delay 0; JAVA_OPTS='$JAVA_OPTS'"
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" postgres
export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PORT=$APP_PORT ADMIN_PORT=$((APP_PORT + 1))
props=(-Ddw.crawler.threads="$THREADS" -Ddw.crawler.delayMs=0 -Ddw.crawler.allowPrivateAddresses=true
  -Ddw.crawler.maxPages=1000000 -Ddw.crawler.maxDepth=100000 -Ddw.scheduler.pollingInterval=1s -Ddw.auth.secureCookies=false)
password=$(java "${props[@]}" -jar "$SERVICE" user bench admin "$MAIN/config.yml" 2>/dev/null | sed -n "s/.*has password: //p")
java $JAVA_OPTS "${props[@]}" -jar "$SERVICE" server "$MAIN/config.yml" > "$WORK/recrawl-bench.log" 2>&1 &
SERVICE_PID=$!
trap 'kill $SERVICE_PID 2>/dev/null || true; nginx -c "$WORK/nginx.conf" -s stop || true' EXIT
api() { curl -sf -u "bench:$password" -H 'Content-Type: application/json' "$@"; }
for _ in $(seq 1 120); do api "http://127.0.0.1:$APP_PORT/api/municipalities" > /dev/null 2>&1 && break; sleep 0.5; done
site=$(api -X POST "http://127.0.0.1:$APP_PORT/api/municipalities" -d "{\"name\": \"Benchstad\", \"baseUrl\": \"$BASE\"}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["sites"][0]["id"])')

# one crawl to its end; prints: requests seconds pages pagesNotRequested status
crawl() {
  : > "$ACCESS_LOG"
  local run state status
  run=$(api -X POST "http://127.0.0.1:$APP_PORT/api/sites/$site/crawls" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  while true; do
    state=$(api "http://127.0.0.1:$APP_PORT/api/crawls/$run")
    status=$(echo "$state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
    [ "$status" = RUNNING ] || break
    sleep 0.5
  done
  echo "$(wc -l < "$ACCESS_LOG") $(echo "$state" | python3 -c '
import json, sys
from datetime import datetime
r = json.load(sys.stdin)
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print((t(r["finishedAt"]) - t(r["startedAt"])).total_seconds(), r["pages"], r["pagesNotRequested"], r["status"])')"
}

read -r req1 sec1 pages1 unasked1 status1 < <(crawl)
read -r req2 sec2 pages2 unasked2 status2 < <(crawl)
printf 'first crawl   requests=%s seconds=%.1f pages=%s not-requested=%s status=%s\n' "$req1" "$sec1" "$pages1" "$unasked1" "$status1"
printf 're-crawl      requests=%s seconds=%.1f pages=%s not-requested=%s status=%s\n' "$req2" "$sec2" "$pages2" "$unasked2" "$status2"
printf 're-crawl / first crawl: requests %.1f %% (target <= 60 %%), time %.1f %% (target <= 20 %%)\n' \
  "$(echo "100 * $req2 / $req1" | bc -l)" "$(echo "100 * $sec2 / $sec1" | bc -l)"
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres 2>/dev/null || true
