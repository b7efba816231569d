-- Issue 15's five queries, one per run, chosen by the QUERY environment variable (q1 … q5):
--   q1 entity by ID; q2 entity + 20 relations + their other ends; q3 two-character name search, first 10;
--   q4 two-hop neighborhood capped at 200 nodes, nodes only; q5 the hub (HUB: a global ID, the entity of highest degree)
--   + 20 relations + other ends. Inputs cycle through bench/data/wrk-inputs.txt (WRK_INPUTS), so every server in a
--   comparison gets the same sequence.
package.path = package.path .. ";./bench/http/?.lua"
local lib = require("inputs")
local inputs = lib.load(os.getenv("WRK_INPUTS") or "bench/data/wrk-inputs.txt")
local query = os.getenv("QUERY") or "q1"
local hub = os.getenv("HUB")

-- Two-character search texts only (six bytes of UTF-8 for two CJK characters).
local pairs2 = {}
for _, t in ipairs(inputs.text) do
  if #t == 6 then table.insert(pairs2, t) end
end

-- The documents are bench/queries/q1–q4.graphql, the ones bench/peers/bench.mjs sends too; q5 is q2 on the hub.
local function document(name)
  local file = assert(io.open("bench/queries/" .. name .. ".graphql"))
  local text = file:read("*a"):gsub("%s+$", "")
  file:close()
  return text
end
local documents = { q1 = document("q1"), q2 = document("q2"), q3 = document("q3"), q4 = document("q4"), q5 = document("q2") }
assert(documents[query], "QUERY must be q1 … q5")
assert(query ~= "q5" or hub, "q5 needs HUB, the hub's global ID")

local i = 0
function request()
  i = i + 1
  if query == "q3" then
    return lib.post(documents.q3, '{"text":"' .. pairs2[(i % #pairs2) + 1] .. '"}')
  end
  local id = query == "q5" and hub or inputs.entity[(i % #inputs.entity) + 1]
  return lib.post(documents[query], '{"id":"' .. id .. '"}')
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout))
end
