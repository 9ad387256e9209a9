-- getlocal at outer levels sees the caller's active locals
local function show(level)
  local i = 1
  local out = {}
  while true do
    local n, v = debug.getlocal(level + 1, i)
    if not n then break end
    out[#out + 1] = n .. "=" .. (type(v) == "function" and "fn" or tostring(v))
    i = i + 1
  end
  print(table.concat(out, " "))
end
local function a(p)
  local q = p + 1
  show(1)
  local r = q + 1
  show(1)
end
a(10)
local top = "main"
show(1)
