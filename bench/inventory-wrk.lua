-- wrk script for bench/inventory-bench.sh: rotates over the paths in WRK_PATHS (separated by spaces), sends
-- the header in WRK_HEADER ("Name: value"), and prints one machine-readable line with percentiles wrk's
-- --latency output lacks (p95): RESULT|requests|req/s|p50 ms|p95 ms|p99 ms|max ms|non-2xx|socket errors.
-- WRK_SPLIT=<wrk threads>: each thread cycles over its own share of the paths instead of all of them, so two threads
-- never ask for the same path shortly after each other (used to measure without the service's list cache).
local paths = {}
for p in string.gmatch(os.getenv("WRK_PATHS") or "/", "%S+") do
  paths[#paths + 1] = p
end
local header = os.getenv("WRK_HEADER")
if header then
  local name, value = string.match(header, "^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end
local n = 0
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("index", threads)
end

init = function()
  local count = tonumber(os.getenv("WRK_SPLIT") or "1")
  if index and count > 1 then
    local share = {}
    for i = index, #paths, count do
      share[#share + 1] = paths[i]
    end
    paths = share
  end
end

request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT|%d|%.0f|%.1f|%.1f|%.1f|%.1f|%d|%d\n", summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
