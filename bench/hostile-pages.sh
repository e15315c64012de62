#!/usr/bin/env bash
# Hostile-page benchmark (not a test): three small sites of very large pages, each crawled by the CLI with the
# launcher's default JVM options for a municipal site (-Xmx128m, Serial GC, C1), 8 threads, delay 0:
#   dump   12 pages of 5 MB with 46,600 links each (94,000 elements: over the analysis limit)
#   big    16 pages of 2.4 MB with 48,000 elements (over the analysis limit)
#   large  24 pages of 1 MB with 19,800 elements (just under it: parsed and analysed)
# Each page links to 50 URLs per page that answer 404. Prints per site the crawler's summary line, the wall time,
# peak RSS, and how many pages were analysed and how many ended as errors other than 404.
# Usage: bench/hostile-pages.sh   (CLI=<jar> compares another build; JAVA_OPTS overrides the JVM options)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
MAIN="$(dirname "$HERE")"
WORK=${WORK:-/tmp/wmebv-hostile}
PORT=${PORT:-18095}
JAVA_OPTS=${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
CLI=${CLI:-$MAIN/crawler/target/wmebv-crawler-0.1.0-SNAPSHOT-cli.jar}
[ -f "$CLI" ] || (cd "$MAIN" && flock /tmp/mvn.lock mvn -B -q -o -pl crawler package -DskipTests)
mkdir -p "$WORK"
python3 - "$WORK" <<'PY'
import os, sys
root = sys.argv[1]
def site(name, pages, lines, links_mod):
    d = os.path.join(root, name)
    if os.path.exists(os.path.join(d, "index.html")):
        return
    os.makedirs(d, exist_ok=True)
    idx = "".join(f"<p><a href='/{name}/big{i}.html'>Big {i}</a></p>" for i in range(pages))
    open(os.path.join(d, "index.html"), "w").write(
        f"<html><head><title>Index</title></head><body><nav><a href='/{name}/'>Home</a></nav><main>{idx}</main></body></html>")
    for i in range(pages):
        body = "".join(f"<p>Tekst over de vergunning nummer {n} en meer woorden hier. "
                       f"<a href='/{name}/x{i}/{n % links_mod}.html'>link {n}</a></p>\n" for n in range(lines))
        open(os.path.join(d, f"big{i}.html"), "w").write(
            f"<html><head><title>Big {i}</title></head><body><nav><a href='/{name}/'>Home</a></nav>"
            f"<main><h1>Grote pagina {i}</h1>{body}</main></body></html>")
site("dump", 12, 46600, 46600)
site("big", 16, 24000, 50)
site("large", 24, 9900, 50)
PY
(cd "$WORK" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 > "$WORK/server.log" 2>&1) &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
sleep 1
for name in dump big large; do
  out="$WORK/$name.jsonl"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M" -o "$WORK/$name.time" java $JAVA_OPTS -jar "$CLI" "http://127.0.0.1:$PORT/$name/" \
    --out "$out" --threads 8 --delay-ms 0 --allow-private --max-pages 2000 > "$WORK/$name.log" 2>&1 || true
  read -r secs rss < <(tail -1 "$WORK/$name.time")   # time -o writes "Command exited ..." first on failure
  summary=$(tr '\r' '\n' < "$WORK/$name.log" | grep -o 'pages=.*' | tail -1 || true)
  analysed=$(grep -c '"channelStatus"' "$out" || true)
  failed=$(grep -v '"status":404' "$out" | grep -c '"error":"' || true)
  oom=$(grep -c 'OutOfMemoryError' "$WORK/$name.log" || true)
  echo "$name: ${summary:-no summary (crawl died)}; ${secs} s wall, peak RSS $((rss / 1024)) MB," \
    "analysed $analysed, errors other than 404: $failed, OutOfMemoryError in log: $oom"
done
