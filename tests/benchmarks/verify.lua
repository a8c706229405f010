-- wrk script of bench_verify.sh: POST /api/v1/verify, cycling through prepared request bodies.
--
-- The bodies ({"key": …, "scope": …}, one per line) are read from the file named by
-- SK_VERIFY_REQUESTS, which lives in the benchmark's temporary folder only. Each wrk thread
-- starts at a different place in the list. At the end, one machine-readable line is printed.

local path = os.getenv("SK_VERIFY_REQUESTS")
local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

local requests = {}
local count = 0
local at = 0

function init(args)
   for line in io.lines(path) do
      count = count + 1
      requests[count] = wrk.format("POST", "/api/v1/verify",
                                   { ["Content-Type"] = "application/json" }, line)
   end
   -- Spread the threads over the list.
   at = math.floor(((id or 0) * count) / 2) % count
end

function request()
   at = at % count + 1
   return requests[at]
end

-- With SK_VERIFY_DELAY_MS (the soak, tests/soak/soak.py), each connection waits that long
-- between its requests, which sets the rate; without it, no delay() at all, so that the
-- benchmark's connections never wait.
local wait = tonumber(os.getenv("SK_VERIFY_DELAY_MS") or "0")
if wait > 0 then
   function delay()
      return wait
   end
end

function done(summary, latency, _)
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d "
         .. "connect_errors=%d read_errors=%d write_errors=%d status_errors=%d timeouts=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
      latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
