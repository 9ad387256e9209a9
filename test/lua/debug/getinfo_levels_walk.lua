-- walking the stack through pcall and metamethods
local function show()
  local level = 2
  while true do
    local i = debug.getinfo(level, "Sln")
    if not i then break end
    print(level, i.what, i.currentline, i.name, i.namewhat)
    level = level + 1
  end
end
local mt = {__index = function(t, k) show() return 0 end}
local t = setmetatable({}, mt)
local function viaPcall()
  pcall(function() local _ = t.x end)
end
viaPcall()
table.sort({3, 2, 1}, function(a, b) if a == 3 and b == 2 then show() end return a < b end)
