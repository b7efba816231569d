-- A fixed mix of representative read queries, sent round-robin by each wrk connection.
-- IDS is filled in by soak.sh (global IDs of a company, a place and an indicator from the sample graph).
local ids = { company = os.getenv("COMPANY_ID"), place = os.getenv("PLACE_ID") }

local queries = {
  '{"query":"query($id: ID!) { node(id: $id) { id ... on Entity { name kind } } }","variables":{"id":"' .. ids.company .. '"}}',
  '{"query":"{ companies(first: 20) { nodes { name location { name parent { name } } } } }"}',
  '{"query":"{ search(text: \\"大连\\", first: 10) { nodes { name kind } } }"}',
  '{"query":"query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { distance entity { name } } edges { type } } }","variables":{"id":"' .. ids.place .. '"}}',
  '{"query":"query($id: ID!) { node(id: $id) { ... on Place { name observations(first: 20) { nodes { value unit periodStart yoyPct indicator { name } } } } } }","variables":{"id":"' .. ids.place .. '"}}',
  '{"query":"{ events(first: 10) { nodes { name place { name } participants { name } } } }"}',
}

local counter = 0

request = function()
  counter = counter + 1
  local body = queries[(counter % #queries) + 1]
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }, body)
end
