-- wrk script: bearer token from $TOKEN, paths rotated from $PATHS (separated by '|'), and a one-line
-- summary with the 95th percentile that wrk's own report leaves out. With $THINK_MS each connection
-- waits a random 0..2x$THINK_MS ms (mean $THINK_MS) after a reply before its next request: clients
-- that pause as a reader does, instead of firing back to back.
local token = os.getenv("TOKEN")
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "[^|]+") do
  table.insert(paths, p)
end
local n = 0
local think = tonumber(os.getenv("THINK_MS") or "0")

if think > 0 then
  function delay()
    return math.random(0, 2 * think)
  end
end

request = function()
  n = n + 1
  local headers = {}
  if token and token ~= "" then
    headers["Authorization"] = "Bearer " .. token
  end
  return wrk.format("GET", paths[(n % #paths) + 1], headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
