-- hooks are per thread: debug.sethook(co, ...) hooks only that coroutine; a coroutine created
-- while a hook is set starts with its mask and count but calls no function
local function lines(co_body, ...)
  local co = coroutine.create(co_body)
  local t = {}
  debug.sethook(co, function (e, l) t[#t + 1] = e .. (l and ":" .. l or "") end, "lcr")
  print(coroutine.resume(co, ...))
  print(debug.gethook(co) ~= nil, debug.gethook() == nil)
  print(table.concat(t, " "))
  return co, t
end

local co, t = lines(function (x)
  local a = x + 1
  coroutine.yield(a)
  return a * 2
end, 10)
print(coroutine.resume(co))
print(table.concat(t, " "))

-- a hook set inside a coroutine (no thread argument) stays with it
local inner = {}
local co2 = coroutine.wrap(function ()
  debug.sethook(function (e, l) inner[#inner + 1] = l end, "l")
  local s = 0
  for i = 1, 2 do
    s = s + i
    coroutine.yield(s)
  end
  debug.sethook()
  return "end"
end)
print(co2(), debug.gethook() == nil, co2(), co2())
print(table.concat(inner, " "))

-- inheritance: the new thread shows the mask and count with no function
debug.sethook(function () end, "l", 7)
local co3 = coroutine.create(function () return 1 end)
debug.sethook()
print(debug.gethook(co3))
print(coroutine.resume(co3))

-- a hook on the main thread does not fire inside coroutines
local main = {}
debug.sethook(function (e, l) main[#main + 1] = l end, "l")
local co4 = coroutine.create(function ()
  local z = 1
  return z
end)
coroutine.resume(co4)
debug.sethook()
print(#main > 0)
for _, l in ipairs(main) do assert(l < 54 or l > 57) end
print("ok")
