#!/usr/bin/env bash
# Page analysis benchmark (not a test): analyses the first 3,000 pages of the crawl benchmark's generated site
# (bench/gen-site.py) in one thread, in rounds, and prints ms per page. Usage:
#   bench/analysis/analysis-bench.sh [rounds=8] [crawler-cli.jar]
# Pass the CLI jar of another commit to compare (build it with: mvn -pl crawler package -DskipTests); for a
# commit before the detect sub-packages (AnalysisConfig in nl.wmebv.crawler.detect), use that commit's AnalysisBench.java.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
MAIN="$(dirname "$(dirname "$HERE")")"
ROUNDS=${1:-8}
JAR=${2:-$MAIN/crawler/target/wmebv-crawler-0.1.0-SNAPSHOT-cli.jar}
SITE=${SITE:-/tmp/wmebv-bench/site}
[ -d "$SITE" ] || python3 "$MAIN/bench/gen-site.py" "$SITE" 10000
OUT=$(mktemp -d)
javac -cp "$JAR" -d "$OUT" "$HERE/AnalysisBench.java"
java ${JAVA_OPTS:-} -cp "$OUT:$JAR" nl.wmebv.crawler.detect.AnalysisBench "$SITE" "$ROUNDS" 2>/dev/null
rm -rf "$OUT"
