-- Shared by the wrk scripts: loads bench/data/wrk-inputs.txt (written by `Graph.Bench wrk-inputs`) and builds requests.
local M = {}

function M.load(path)
  local inputs = { entity = {}, policy = {}, pair = {}, text = {} }
  for line in io.lines(path) do
    local kind, rest = line:match("^(%a+) (.+)$")
    if kind == "pair" then
      local a, b = rest:match("^(%S+) (%S+)$")
      table.insert(inputs.pair, { a, b })
    elseif kind then
      table.insert(inputs[kind], rest)
    end
  end
  return inputs
end

function M.post(query, variables)
  -- The queries hold no double quotes or line breaks, so they go into the JSON string as they are.
  local body = '{"query":"' .. query .. '"'
  if variables then
    body = body .. ',"variables":' .. variables
  end
  body = body .. "}"
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end

return M
