# Shared by the benchmarks (sourced, not run): the synthetic municipal site of $PAGES pages (bench/gen-site.py)
# under $WORK/site, served by nginx on 127.0.0.1:$PORT. Needs PAGES, PORT, WORK, SITE and HERE set; ACCESS_LOG=<file>
# logs every request nginx answers (default off).
command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light; }
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }

if [ ! -f "$SITE/.pages-$PAGES" ]; then
  rm -rf "$SITE"
  python3 "$HERE/gen-site.py" "$SITE" "$PAGES"
  touch "$SITE/.pages-$PAGES"
fi

bench_site_serve() {
  cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log ${ACCESS_LOG:-off};
  sendfile on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  default_type text/html;
  types { text/html html; application/pdf pdf; application/xml xml; text/plain txt; }
  server {
    listen 127.0.0.1:$PORT;
    root $SITE;
    index index.html;
  }
}
NGINX
  nginx -c "$WORK/nginx.conf"
  trap 'nginx -c "$WORK/nginx.conf" -s stop || true' EXIT
}
