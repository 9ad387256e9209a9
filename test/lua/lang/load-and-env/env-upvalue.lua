local function getenvname(f)
  local i = 1
  while true do
    local name = debug.getupvalue(f, i)
    if name == nil then return nil end
    if name == "_ENV" then return i end
    i = i + 1
  end
end
local f = load("return greeting")
print(getenvname(f), f())
debug.setupvalue(f, 1, {greeting = "hi"})
print(f())
local function usesGlobal() return tostring end
local nm, val = debug.getupvalue(usesGlobal, 1)
print(nm, val == _ENV)
