-- functions loaded from a stripped dump keep linedefined but lose lines and names
local function f(a, b)
  local c = a + b
  return debug.getinfo(1, "lS").currentline, c
end
local s = load(string.dump(f, true))
local i = debug.getinfo(s, "SL")
print(i.source, i.short_src, i.what, i.linedefined, i.lastlinedefined)
print(next(i.activelines))
print(s(1, 2))
print(debug.getlocal(s, 1))
local g = load(string.dump(f))
print(debug.getinfo(g, "S").source:sub(1, 1), g(1, 2))
