-- wrk script for pages and API calls of several signed-in users: each request takes the next path of
-- $PATHS and the next credential of $COOKIES (session cookies, '|'-separated) or $TOKENS (bearer
-- tokens), so the load is spread over users as in real use. Prints the same RESULT line as report.lua;
-- errors counts connection failures and 4xx/5xx answers.
local function split(s)
  local out = {}
  for p in string.gmatch(s or "", "[^|]+") do
    table.insert(out, p)
  end
  return out
end
local paths = split(os.getenv("PATHS") or "/")
local cookies = split(os.getenv("COOKIES"))
local tokens = split(os.getenv("TOKENS"))
local n = 0

request = function()
  n = n + 1
  local headers = { ["Accept-Language"] = "zh-CN" }
  if #cookies > 0 then
    headers["Cookie"] = cookies[(n % #cookies) + 1]
  end
  if #tokens > 0 then
    headers["Authorization"] = "Bearer " .. tokens[(n % #tokens) + 1]
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
