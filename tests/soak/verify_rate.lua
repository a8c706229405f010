-- wrk script of soak.py: POST /api/v1/verify at a set rate.
--
-- The bodies ({"key": …, "scope": …}, one per line) come from the file named by
-- SK_VERIFY_REQUESTS (in the soak's temporary folder only). Each connection waits
-- SK_VERIFY_DELAY_MS between its requests, which sets the rate: connections × 1000 / delay.
-- At the end, one machine-readable line: requests, errors, non-2xx, p50 and p99 in µs.

local path = os.getenv("SK_VERIFY_REQUESTS")
local wait = tonumber(os.getenv("SK_VERIFY_DELAY_MS") or "0")
local requests = {}
local count = 0
local at = 0

function init(args)
   for line in io.lines(path) do
      count = count + 1
      requests[count] = wrk.format("POST", "/api/v1/verify",
                                   { ["Content-Type"] = "application/json" }, line)
   end
   at = math.random(count) - 1
end

function request()
   at = at % count + 1
   return requests[at]
end

function delay()
   return wait
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format("SOAK requests=%d errors=%d non2xx=%d p50us=%d p99us=%d\n",
                          summary.requests, e.connect + e.read + e.write + e.timeout,
                          e.status, latency:percentile(50), latency:percentile(99)))
end
