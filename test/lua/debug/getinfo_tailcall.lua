-- getinfo "t": istailcall
local function f()
  local i = debug.getinfo(1, "t")
  local c = debug.getinfo(2, "nS")
  print(i.istailcall, c.what, c.name)
end
local function g() return f() end
local function h() f() end
g()
h()
print(debug.getinfo(1, "t").istailcall)
print(debug.getinfo(f, "t").istailcall)
