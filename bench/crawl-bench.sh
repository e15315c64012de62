#!/usr/bin/env bash
# Crawl benchmark (not a test): a synthetic municipal site of 10,000 pages served by nginx on 127.0.0.1,
# crawled with delay 0 and 8 threads by our CLI, crawler4j 4.4.0 and wget --recursive --spider.
# Prints pages/s and peak RSS (/usr/bin/time -v) per tool. Usage: bench/crawl-bench.sh [pages] [threads]
# Several sizes in one run: bench/crawl-bench.sh 10000,100000 8 (each size its own site under /tmp/wmebv-bench-N).
set -euo pipefail
if [[ "${1:-}" == *,* ]]; then
  IFS=, read -ra SIZES <<< "$1"
  for size in "${SIZES[@]}"; do
    WORK=/tmp/wmebv-bench-$size "$0" "$size" "${2:-8}"
  done
  exit 0
fi
PAGES=${1:-10000}
THREADS=${2:-8}
PORT=${PORT:-18090}
HERE="$(cd "$(dirname "$0")" && pwd)"
MAIN="$(dirname "$HERE")"
WORK=${WORK:-/tmp/wmebv-bench}
SITE="$WORK/site"
JAVA_OPTS=${JAVA_OPTS:-}   # the same JVM options for both Java crawlers, e.g. JAVA_OPTS=-Xmx256m
mkdir -p "$WORK"

. "$HERE/bench-site.sh"   # generates the site and serves it with nginx on $PORT (stopped at exit)

CLI=${CLI:-$MAIN/crawler/target/wmebv-crawler-0.1.0-SNAPSHOT-cli.jar}   # CLI=<jar> compares another commit
if [ ! -f "$CLI" ]; then
  (cd "$MAIN" && flock /tmp/wmebv-mvn.lock mvn -B -q -o -pl crawler package -DskipTests)
fi
C4J="$HERE/crawler4j/target/crawler4j-bench-1.jar"
if [ ! -f "$C4J" ]; then
  (cd "$HERE/crawler4j" && flock /tmp/wmebv-mvn.lock mvn -B -q package)
fi

bench_site_serve

sleep 0.5
BASE="http://127.0.0.1:$PORT/"

measure() { # name, command...: prints the tool's own summary, then pages/s and peak RSS from time -v
  local name=$1; shift
  /usr/bin/time -v "$@" > "$WORK/$name.out" 2> "$WORK/$name.time" || true
  local rss wall
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$WORK/$name.time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/$name.time")
  printf '%-22s %s | wall %s | peak RSS %s MB\n' "$name" "$(tail -1 "$WORK/$name.out")" "$wall" "$rss"
}

echo "machine: $(nproc) cores; $(free -h | awk '/Mem:/ {print $2 " RAM"}'); $(java -version 2>&1 | head -1)"
echo "site: $PAGES pages at $BASE; threads $THREADS; delay 0; JAVA_OPTS='$JAVA_OPTS'"
# warm the page cache so the first tool does not pay for the disk
cat $(find "$SITE" -name index.html | head -20000) > /dev/null
measure wmebv-crawler java $JAVA_OPTS -jar "$CLI" "$BASE" --out "$WORK/pages.jsonl" --allow-private \
  --delay-ms 0 --threads "$THREADS" --max-pages 1000000 --max-depth 100000 --no-analysis
measure wmebv-crawler+analysis java $JAVA_OPTS -jar "$CLI" "$BASE" --out "$WORK/pages-analysed.jsonl" \
  --allow-private --delay-ms 0 --threads "$THREADS" --max-pages 1000000 --max-depth 100000
measure crawler4j-4.4.0 java $JAVA_OPTS -jar "$C4J" "$BASE" "$THREADS"
rm -rf "$WORK/wget"
WGET_START=$(date +%s.%N)
measure wget-spider bash -c "wget --recursive --level=inf --spider --no-verbose --reject pdf \
  --directory-prefix='$WORK/wget' -o '$WORK/wget.log' '$BASE'; \
  echo \"requests=\$(grep -c ' URL:' '$WORK/wget.log')\""
# a skipped URL (robots.txt, internal address) carries its reason in "error" but is no error
echo "wmebv-crawler pages in jsonl: $(wc -l < "$WORK/pages.jsonl"),\
 errors: $(grep '"error":"' "$WORK/pages.jsonl" | grep -vc '"skipped":true' || true),\
 skipped: $(grep -c '"skipped":true' "$WORK/pages.jsonl" || true)"
