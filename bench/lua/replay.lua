-- wrk script: replays requests from a file of "METHOD PATH TOKEN" lines (TOKEN "-" for none).
-- Arguments (after --): the file, then the number of wrk threads. Thread k sends lines k, k+n, k+2n, ...
-- so no two threads send the same line and, in a run shorter than the file, no line is sent twice.
local counter = 0
function setup(thread)
  thread:set("thread_index", counter)
  counter = counter + 1
end

local requests = {}
local position

function init(args)
  local threads = tonumber(args[2]) or 1
  local index = 0
  for line in io.lines(args[1]) do
    if index % threads == (thread_index or 0) then
      local method, path, token = line:match("^(%S+)%s+(%S+)%s+(%S+)$")
      local headers = {}
      if token ~= "-" then
        headers["Authorization"] = "Bearer " .. token
      end
      requests[#requests + 1] = wrk.format(method, path, headers)
    end
    index = index + 1
  end
  position = 0
end

function request()
  position = position % #requests + 1
  return requests[position]
end
