-- wrk script of bench/load.sh: the request mixes and the report (one JSON line at the end).
--
-- Environment:
--   BENCH_MODE           "hello" (GET / only) or "tandem" (the mixes below)
--   BENCH_WRITE_PERCENT  share of writes: 0 for the read mix, 10 for the 90/10 mix
--   BENCH_PROGRAMMES     published programme ids, space-separated (directory pages, registrations)
--   BENCH_OWN            the logged-in coordinator's programme ids
--   BENCH_COOKIE         "tandem_session=…" of a logged-in coordinator
--   BENCH_WRITES         file of registrations: programme id TAB form body (bench/load-data.py
--                        writes one per published programme that its rules accept)
--
-- Reads, in equal shares: the directory (/), a programme page, the coordinator's people list of
-- one of their programmes (a random page of 25), and the coordinator's home or tandem list.
-- Writes: a registration through the public form (a new e-mail each time; answered 303), with
-- the age, German level and intake answers the programme's rules ask.

local mode = os.getenv("BENCH_MODE") or "tandem"
local write_percent = tonumber(os.getenv("BENCH_WRITE_PERCENT") or "0")
local cookie = os.getenv("BENCH_COOKIE") or ""

local function words(text)
  local list = {}
  for word in string.gmatch(text or "", "%S+") do
    list[#list + 1] = word
  end
  return list
end

local programmes = words(os.getenv("BENCH_PROGRAMMES"))
local own = words(os.getenv("BENCH_OWN"))

local registrations = {}
local writes_file = os.getenv("BENCH_WRITES")
if writes_file and writes_file ~= "" then
  for line in io.lines(writes_file) do
    local programme, body = string.match(line, "^(%S+)\t(.*)$")
    if programme then
      registrations[#registrations + 1] = { programme = programme, body = body }
    end
  end
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  codes = {}
  written = 0
  stamp = tostring(os.time())
  math.randomseed(os.time() * 1000 + id)
end

local read_headers = { ["Accept-Encoding"] = "gzip", ["Cookie"] = cookie }
local plain_headers = { ["Accept-Encoding"] = "gzip" }
local form_headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }

function request()
  if mode == "hello" then
    return wrk.format("GET", "/")
  end
  if #registrations > 0 and math.random(100) <= write_percent then
    written = written + 1
    local registration = registrations[math.random(#registrations)]
    local body = registration.body .. "&first_name=Lasttest&last_name=Nummer" .. written ..
      "&email=load-" .. stamp .. "-" .. id .. "-" .. written .. "%40bench.tandem.test"
    return wrk.format("POST", "/programmes/" .. registration.programme .. "/register?lang=en",
      form_headers, body)
  end
  local kind = math.random(4)
  if kind == 1 then
    return wrk.format("GET", "/", plain_headers)
  elseif kind == 2 then
    return wrk.format("GET", "/programmes/" .. programmes[math.random(#programmes)], plain_headers)
  elseif kind == 3 then
    local programme = own[math.random(#own)]
    return wrk.format("GET", "/coordinator/programmes/" .. programme .. "/people?page=" ..
      math.random(20), read_headers)
  elseif math.random(2) == 1 then
    return wrk.format("GET", "/coordinator", read_headers)
  else
    return wrk.format("GET", "/coordinator/tandems", read_headers)
  end
end

function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end

function done(summary, latency, requests)
  local all = {}
  for _, thread in ipairs(threads) do
    local counted = thread:get("codes")
    for status, count in pairs(counted) do
      all[status] = (all[status] or 0) + count
    end
  end
  local statuses = {}
  for status, count in pairs(all) do
    statuses[#statuses + 1] = string.format('"%d": %d', status, count)
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %.2f, "rps": %.1f, "p50_ms": %.2f, "p90_ms": %.2f, ' ..
    '"p99_ms": %.2f, "max_ms": %.2f, "status": {%s}, "socket_errors": {"connect": %d, ' ..
    '"read": %d, "write": %d, "timeout": %d}}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, table.concat(statuses, ", "),
    errors.connect, errors.read, errors.write, errors.timeout))
end
