-- wrk script: POST /sessions/{id}/sets with a fresh (exercise, set number, side) every time, spreading requests
-- over many sessions so that no two connections wait on the same session, as with many patients.
-- Arguments: <file with one session id per line> <file with the bearer token>
local exercises = { "pelvic-tilt", "cat-cow", "knee-to-chest" }
local sides = { "left", "right", "both" }
local threads = {}
local mine = {}
local token
local n = 0

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  local all = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(all, line) end
  end
  local f = assert(io.open(args[2]))
  token = f:read("*l")
  f:close()
  -- this thread's share of the sessions
  for i = 1, #all do
    if (i - 1) % tonumber(args[3]) == index then table.insert(mine, all[i]) end
  end
end

function request()
  local session = mine[(n % #mine) + 1]
  local slot = math.floor(n / #mine)
  n = n + 1
  local body = string.format('{"exercise":"%s","setNumber":%d,"side":"%s","reps":12}',
    exercises[(slot % 3) + 1], (math.floor(slot / 3) % 50) + 1, sides[math.floor(slot / 150) % 3 + 1])
  return wrk.format("POST", "/sessions/" .. session .. "/sets", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = session .. "-" .. slot,
  }, body)
end
