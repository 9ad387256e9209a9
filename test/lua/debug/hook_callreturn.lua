-- call/return/tail call events of Lua functions
local events = {}
local function hook(e)
  local i = debug.getinfo(2, "nS")
  if i.what ~= "C" then events[#events + 1] = e .. ":" .. tostring(i.name) end
end
local function f(x) if x then return 1 end end
function g(x) return f(x) end
function g1(x) g(x) end
local function h(x) local f = g1; return f(x) end
debug.sethook(hook, "cr")
h(false)
debug.sethook()
for _, e in ipairs(events) do print(e) end
