-- wrk script for bench/heartbeats.sh: simulated learners read from $SESSIONS, lines of
-- "token session opened_ms" (session "-" before one is opened; opened_ms on the wall clock, epoch
-- ms). Each wrk thread takes a disjoint share (line i goes to thread i mod $THREADS). Run with one connection per thread (-t N -c N): a
-- thread's replies then come back in the order of its requests, which is how MODE=open learns whose
-- session a reply opened.
--   MODE=open   opens the learners' sessions (POST /api/study/sessions) while beating those already
--               open, the one beaten longest ago first, once $DUE seconds have passed since its last
--               beat: opening is slow, and a session that is not beaten for lms.tracking.expire-intervals
--               heartbeat intervals expires (one refused with 409 all the same is opened again). Once all its learners have a session, a thread
--               writes them to $OUT.<thread> (the script's signal) and goes on beating them in
--               turn until the script stops wrk with SIGINT.
--   MODE=beat   POST /api/study/sessions/{id}/beats, rotating (the shipped design)
--   MODE=naive  POST /api/bench/naive-beats/{id}, rotating (the baseline: a row per heartbeat)
--   MODE=me     GET /api/me as each learner, rotating (the trivial endpoint, the same callers)
-- seq starts at $SEQ_BASE (each run a higher one, so a beat lost in flight at the end of a run is
-- never replayed); sentAt is the client's clock; position follows the wall clock since the session
-- opened (a video playing). With $ROTATION set, done() writes to it the learners in the order each thread
-- would have beaten them next, interleaved so that the next run's threads take the same shares: a
-- session then waits one rotation across runs, as within one, and does not expire in between.
-- Prints a RESULT line like report.lua's, with the non-2xx replies counted by status.
--
-- With $RATE set (requests/s, all threads together) the load is open loop, as wrk2's -R: each thread
-- (one connection) sends on its own schedule, one request every $THREADS/$RATE s, the threads staggered
-- evenly, whatever the replies do; delay() holds each request until it is due. A reply that comes
-- back later than the next request's due time makes that request go out late, and its latency is
-- counted from when it was due, not from when it went out (corrected for coordinated omission). Each
-- thread writes "latency_us lateness_us status due_us" per reply to $LAT.<thread>; bench/latency.py reads
-- them. The clock is LuaJIT's ffi clock_gettime(CLOCK_MONOTONIC); wrk's timers have 1 ms steps.
local threads = {}
local created = 0

function setup(thread)
  thread:set("index", created)
  created = created + 1
  table.insert(threads, thread)
end

-- globals, read by done() from each thread: replies by status, the learners in rotation order
-- ("token session opened" lines) and the position of the last one beaten
codes = {}
order = ""
pos = 0

local mode = os.getenv("MODE") or "beat"
-- MODE=beat with REOPEN=1 (the unmeasured hand-over run only): a session answered 404 or 409 (it
-- expired before this run, e.g. at the end of the open phase) is opened again at its next turn
local reopen = mode == "beat" and os.getenv("REOPEN") == "1"
local sent = nil
local lesson = os.getenv("LESSON") or "0"
local due = tonumber(os.getenv("DUE") or "0")
local mine, ring, todo = {}, {}, {}
local at, ri = 0, 0
local pending, beating = nil, nil
local changed = false

local rate = tonumber(os.getenv("RATE") or "0")
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } lms_timespec;
  int clock_gettime(int clock, lms_timespec *ts);
]]
local ts = ffi.new("lms_timespec")
local function micros()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1e6 + tonumber(ts.tv_nsec) / 1e3
end
-- the wall clock in seconds, to the microsecond (os.time() steps by whole seconds, too coarse for a
-- 1 s heartbeat interval: sentAt, the position and the open phase's due check all use this)
local function wall()
  ffi.C.clock_gettime(0, ts) -- CLOCK_REALTIME
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end
-- the schedule of this thread's connection: slot k is due at start + k * period (microseconds)
local period, start, slot = 0, nil, 0
local next_at, sent_due, sent_at, latfile = nil, nil, nil, nil
local function next_due()
  if not start then
    -- from $START (CLOCK_MONOTONIC, microseconds: the same moment for every thread) or 100 ms from
    -- now, the threads spread evenly over one period
    start = (tonumber(os.getenv("START") or "") or (micros() + 1e5)) + index * period / tonumber(os.getenv("THREADS"))
  end
  slot = slot + 1
  return start + (slot - 1) * period
end
if rate > 0 then
  delay = function()
    next_at = next_at or next_due()
    local wait = next_at - micros()
    return wait > 0 and math.ceil(wait / 1000) or 0
  end
end

function init(args)
  local count = tonumber(os.getenv("THREADS"))
  local seq = tonumber(os.getenv("SEQ_BASE") or "0")
  local i = 0
  for line in io.lines(os.getenv("SESSIONS")) do
    local token, session, opened = line:match("^(%S+) (%S+) (%d+)$")
    if token and i % count == index then
      local s = { token = token, id = session, opened = tonumber(opened) / 1000, seq = seq, last = 0 }
      table.insert(mine, s)
      table.insert(session == "-" and todo or ring, s)
    end
    i = i + 1
  end
  if #mine == 0 or ((mode == "beat" or mode == "naive") and #todo > 0) then
    error("thread " .. index .. ": no learners, or learners without a session")
  end
  order = lines(mine)
  if rate > 0 then
    period = 1e6 * count / rate
    latfile = io.open(os.getenv("LAT") .. "." .. index, "w")
  end
end

function lines(list)
  local out = {}
  for _, s in ipairs(list) do
    table.insert(out, s.token .. " " .. s.id .. " " .. string.format("%d", math.floor(s.opened * 1000)))
  end
  return table.concat(out, "\n")
end

-- made once per learner: the load tool shares the server's two cores, and what it spends on each
-- request is taken from the server
local function headers(s)
  if not s.headers then
    s.headers = { ["Authorization"] = "Bearer " .. s.token, ["Content-Type"] = "application/json", ["Accept-Language"] = "en" }
  end
  return s.headers
end

local hb = tonumber(os.getenv("HB") or "1")
local function beat(s, now)
  s.seq = s.seq + 1
  -- a learner left unbeaten longer than the longest gap that counts (two intervals: the open phase
  -- beats each session only every $DUE s) had the video paused meanwhile: the position goes on from
  -- where it was, as a player's would, instead of jumping ahead (which the server judges a skip)
  if s.last > 0 and now - s.last > 2 * hb then
    s.opened = s.opened + (now - s.last - 2 * hb)
  end
  s.last = now
  local body = string.format('{"seq":%d,"sentAt":%d,"visible":true,"idleSeconds":4,"position":%.3f,"playing":true}',
    s.seq, math.floor(now * 1000), math.max(0, now - s.opened))
  local path = mode == "naive" and ("/api/bench/naive-beats/" .. s.id) or ("/api/study/sessions/" .. s.id .. "/beats")
  return wrk.format("POST", path, headers(s), body)
end

local function open(s, now)
  pending = s
  return wrk.format("POST", "/api/study/sessions", headers(s),
    string.format('{"lessonId":%s,"clientTime":%d}', lesson, math.floor(now * 1000)))
end

request = function()
  local now = wall()
  if rate > 0 then
    -- wrk calls delay() before every request it sends; a request() without one is wrk's check of the
    -- script before the threads start, never sent: it takes no slot of the schedule
    sent_due = next_at
    next_at = nil
    sent_at = micros()
  end
  if pending then
    -- wrk asks for one request before connecting and drops it; a reconnect drops one too
    table.insert(todo, 1, pending)
    pending = nil
  end
  beating = nil
  if mode == "open" then
    -- the ring is a queue by last beat: the front is the session beaten longest ago, and a beaten one
    -- goes to the back. (Walking the ring in order, beating the next one only when due, followed the
    -- newest sessions: the walk stayed $DUE behind the opening front and came back to the first
    -- sessions only once all were open, a minute later, long after they had expired.)
    local next = ring[1]
    if next and (#todo == 0 or now - next.last >= due) then
      table.insert(ring, table.remove(ring, 1))
      ri = ri % #ring + 1
      if ri == #ring and #todo == 0 then
        -- a whole turn since the last save: the queue is in its saved order again, with the positions
        -- as of now
        order = lines(ring)
        ri = 0
      end
      pos = ri
      beating = next
      return beat(next, now)
    end
    return open(table.remove(todo, 1), now)
  end
  at = at % #mine + 1
  pos = at
  if mode == "me" then
    return wrk.format("GET", "/api/me", headers(mine[at]))
  end
  if at == 1 then
    -- once a rotation, the learners as of now (the positions move on when a gap pauses the video),
    -- for $ROTATION
    order = lines(mine)
  end
  sent = mine[at]
  if reopen and sent.dead then
    return open(sent, now)
  end
  return beat(sent, now)
end

response = function(status, headers, body)
  if latfile and sent_due then
    latfile:write(string.format("%d %d %d %d\n", micros() - sent_due, sent_at - sent_due, status, sent_due))
    sent_due = nil
  end
  -- a beat judged a skip ahead (the position ran ahead of what the server saw watched, e.g. across a
  -- hand-over between runs): the player seeks back to the furthest position the server counts, as a
  -- real one would be told to, instead of staying ahead and being refused every later second
  local judged = not pending and (beating or (mode == "beat" and sent))
  if judged and status == 200 and body:find("SKIPPED_AHEAD", 1, true) then
    local furthest = tonumber(body:match('"maxPosition"%s*:%s*(%d+)'))
    if furthest then
      judged.opened = wall() - furthest
    end
  end
  if pending and reopen then
    local s = pending
    pending = nil
    local id = status == 201 and body:match('"sessionId"%s*:%s*"([^"]+)"')
    if id then
      s.id, s.opened, s.last, s.dead = id, wall(), wall(), nil
      order = lines(mine)
    end
  elseif reopen and sent and (status == 404 or status == 409) then
    sent.dead = true
  end
  if pending then
    local s = pending
    pending = nil
    local id = status == 201 and body:match('"sessionId"%s*:%s*"([^"]+)"')
    if id then
      s.id, s.opened, s.last = id, wall(), wall()
      table.insert(ring, s)
      changed = true
    else
      table.insert(todo, s)
    end
  end
  if beating then
    local s = beating
    beating = nil
    if status == 409 then
      for i, r in ipairs(ring) do
        if r == s then
          table.remove(ring, i)
          break
        end
      end
      s.id = "-"
      table.insert(todo, s)
      changed = true
    end
  end
  if status < 200 or status > 299 then
    -- the problem's message says which rule refused it
    local key = status .. "(" .. (body:match('"detail"%s*:%s*"([^"]*)"') or ""):gsub("[ ,:]", "_") .. ")"
    codes[key] = (codes[key] or 0) + 1
  end
  if changed and #todo == 0 and not pending then
    save()
  end
end

-- written to a new name and renamed, so the script never reads half a file
function save()
  changed = false
  -- the queue from its front; ri then counts the beats since, each of which moved the front to the back
  order = lines(ring)
  ri = 0
  pos = ri
  local path = os.getenv("OUT") .. "." .. index
  local out = io.open(path .. ".tmp", "w")
  out:write(lines(mine), "\n")
  out:close()
  os.rename(path .. ".tmp", path)
end

-- every thread's learners from the one after the last beaten, interleaved thread by thread
local function write_rotation(path)
  local shares, longest = {}, 0
  for _, thread in ipairs(threads) do
    local list = {}
    for line in string.gmatch(thread:get("order") or "", "[^\n]+") do
      table.insert(list, line)
    end
    local p = thread:get("pos") or 0
    local rotated = {}
    for k = 1, #list do
      rotated[k] = list[(p + k - 1) % #list + 1]
    end
    table.insert(shares, rotated)
    longest = math.max(longest, #rotated)
  end
  local out = io.open(path, "w")
  for k = 1, longest do
    for _, share in ipairs(shares) do
      if share[k] then
        out:write(share[k], "\n")
      end
    end
  end
  out:close()
end

done = function(summary, latency, requests)
  local merged, non2xx, listed = {}, 0, {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("codes") or {}) do
      merged[code] = (merged[code] or 0) + n
      non2xx = non2xx + n
    end
  end
  for code, n in pairs(merged) do
    table.insert(listed, code .. ":" .. n)
  end
  table.sort(listed)
  if (os.getenv("ROTATION") or "") ~= "" then
    write_rotation(os.getenv("ROTATION"))
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d rps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d codes=%s\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors, non2xx, #listed == 0 and "-" or table.concat(listed, ",")))
end
