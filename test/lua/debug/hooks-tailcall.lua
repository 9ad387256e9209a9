-- call, tail call and return events through tail calls, and istailcall in hooks
local events = {}
local function hook(e)
  local info = debug.getinfo(2, "nt")
  events[#events + 1] = e .. ":" .. tostring(info.name) .. ":" .. tostring(info.istailcall)
end

local function leaf(x) return x end
local function mid(x) return leaf(x) end
local function top(x) local y = mid(x); return y end
local function count(n) if n == 0 then return "done" end return count(n - 1) end
local function native_tail(s) return string.upper(s) end

debug.sethook(hook, "cr")
top(1)
count(3)
native_tail("a")
debug.sethook()
for _, e in ipairs(events) do print(e) end

-- a call hook sees the tail call marker of the activation at level 2
local tails = 0
debug.sethook(function (e)
  if e == "tail call" then
    tails = tails + 1
    assert(debug.getinfo(2, "t").istailcall)
  end
end, "c")
count(5)
debug.sethook()
print("tail calls", tails)
