-- Entity lookup by global ID, cycling through seeded random entities of the 1M graph.
package.path = package.path .. ";./bench/http/?.lua"
local inputs = require("inputs").load(os.getenv("WRK_INPUTS") or "bench/data/wrk-inputs.txt")
local post = require("inputs").post
local i = 0

function request()
  i = i + 1
  local id = inputs.entity[(i % #inputs.entity) + 1]
  return post("query($id: ID!) { node(id: $id) { id ... on Entity { name kind } } }", '{"id":"' .. id .. '"}')
end
