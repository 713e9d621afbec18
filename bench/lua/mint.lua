-- wrk script: POST /auth/anonymous, each request with a device id never used before.
-- Argument (after --): a prefix unique to this wrk run.
local counter = 0
function setup(thread)
  thread:set("thread_index", counter)
  counter = counter + 1
end

local prefix
local sent = 0
local headers = { ["Content-Type"] = "application/json" }

function init(args)
  prefix = (args[1] or "bench") .. "-" .. (thread_index or 0) .. "-"
end

function request()
  sent = sent + 1
  return wrk.format("POST", "/auth/anonymous", headers, '{"device_id": "' .. prefix .. sent .. '"}')
end
