-- the full line trace of a small program (sorting, string building, closures, varargs)
local trace = {}
local function hook(e, l)
  local info = debug.getinfo(2, "S")
  if info.short_src == "prog" then trace[#trace + 1] = (e == "line" and "" or e:sub(1, 1)) .. (l or "") end
end

local prog = assert(load([[
local function insertion_sort(t, lt)
  lt = lt or function (a, b) return a < b end
  for i = 2, #t do
    local v = t[i]
    local j = i - 1
    while j >= 1 and lt(v, t[j]) do
      t[j + 1] = t[j]
      j = j - 1
    end
    t[j + 1] = v
  end
  return t
end

local function join(sep, ...)
  local parts = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if type(v) == "table" then
      parts[#parts + 1] = "{" .. join(",", table.unpack(v)) .. "}"
    elseif v ~= nil then
      parts[#parts + 1] = tostring(v)
    else
      parts[#parts + 1] = "nil"
    end
  end
  return table.concat(parts, sep)
end

local counter = (function ()
  local n = 0
  return function ()
    n = n + 1
    return n
  end
end)()

local data = insertion_sort({5, 3, 4, 1})
local desc = insertion_sort({1, 2, 3}, function (a, b)
  return a > b
end)
counter()
return join(" ", data, desc, counter(), nil, "x")
]], "=prog"))

debug.sethook(hook, "crl")
local result = prog()
debug.sethook()
print(result)
print(table.concat(trace, " "))
