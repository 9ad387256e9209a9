-- getinfo "n": how the caller named the function
local function who()
  local i = debug.getinfo(2, "n")
  return tostring(i.name) .. "/" .. i.namewhat
end
local function loc() return (who()) end
function glob() return (who()) end
local t = {}
function t.field() return (who()) end
function t:meth() return (who()) end
local up = function() return (who()) end
local function viaup() return (up()) end
print(loc())
print(glob())
print(t.field())
print(t:meth())
print(viaup())
print(debug.getinfo(1, "n").name, debug.getinfo(1, "n").namewhat)
local function iter() print(who()) end
for k in iter do end
local mt = {__add = function() print(who()) return 0 end,
            __index = function() print(who()) end,
            __newindex = function() print(who()) end,
            __call = function() print(who()) end,
            __concat = function() print(who()) return "" end,
            __len = function() print(who()) return 0 end,
            __unm = function() print(who()) return 0 end,
            __lt = function() print(who()) return true end,
            __le = function() print(who()) return true end,
            __eq = function() print(who()) return true end}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
local _ = a + 1
_ = a.x
a.y = 1
_ = a .. "s"
_ = #a
_ = -a
_ = a < b
_ = a <= b
_ = a == b
