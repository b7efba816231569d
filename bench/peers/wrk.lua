-- POSTs the JSON bodies of the file in $BODIES (one per line, written by bench/peers/bench.mjs) in turn, and counts
-- answers that are not HTTP 200 or that carry GraphQL errors; done() prints "failed: N" for bench.mjs to check.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(os.getenv("BODIES")) do
    table.insert(bodies, line)
  end
  i = 0
  failed = 0
end

function request()
  i = i % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, bodies[i])
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("failed")
  end
  io.write(string.format("failed: %d\n", total))
end
