-- The floor's reference: the cheapest GraphQL request the server can answer.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = '{"query":"{ __typename }"}'
