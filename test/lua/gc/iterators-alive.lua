-- iterators keep what they iterate over alive: io.lines, file:lines, coroutine.wrap, gmatch
local name = os.tmpname()
local f = io.open(name, "w") f:write("a\nb\nc\n") f:close()
for l in io.open(name):lines() do collectgarbage() print(l) end
for l in io.lines(name) do collectgarbage() print(l) end
local w = coroutine.wrap(function() for l in io.open(name):lines() do coroutine.yield(l) end end)
print(w()) collectgarbage() print(w())
local g = string.gmatch("a b c", "%a") collectgarbage() print(g(), g())
os.remove(name)
