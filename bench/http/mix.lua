-- A fixed mix of representative analyst requests, in a fixed cycle of 20:
-- 8 entity lookups, 4 searches, 3 two-hop neighborhoods (limit 50), 2 paths, 2 policy impacts, 1 timeline.
package.path = package.path .. ";./bench/http/?.lua"
local lib = require("inputs")
local inputs = lib.load(os.getenv("WRK_INPUTS") or "bench/data/wrk-inputs.txt")
local cycle = { "e", "s", "e", "n", "e", "p", "s", "e", "i", "e", "n", "s", "e", "t", "e", "p", "s", "e", "n", "i" }
local i = 0

local function pick(list)
  return list[(i % #list) + 1]
end

function request()
  i = i + 1
  local op = cycle[(i % #cycle) + 1]
  if op == "e" then
    return lib.post("query($id: ID!) { node(id: $id) { id ... on Entity { name kind } } }", '{"id":"' .. pick(inputs.entity) .. '"}')
  elseif op == "s" then
    return lib.post("query($t: String!) { search(text: $t, first: 10) { nodes { id name kind } } }", '{"t":"' .. pick(inputs.text) .. '"}')
  elseif op == "n" then
    return lib.post("query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { nodes { distance entity { name } } } }",
      '{"id":"' .. pick(inputs.entity) .. '"}')
  elseif op == "p" then
    local pair = pick(inputs.pair)
    return lib.post("query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 4, first: 3) { shortestLength paths { length } } }",
      '{"a":"' .. pair[1] .. '","b":"' .. pair[2] .. '"}')
  elseif op == "i" then
    return lib.post("query($id: ID!) { policyImpact(policy: $id, maxDepth: 3, first: 10) { chainCount chains { length polarity } } }",
      '{"id":"' .. pick(inputs.policy) .. '"}')
  else
    return lib.post("query($id: ID!) { timeline(entity: $id, first: 10) { entries { date kind } } }", '{"id":"' .. pick(inputs.entity) .. '"}')
  end
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout))
end
