-- os.date("!*t") fields on fixed times, negative ones and far years; "*t" stops at a zero byte
local keys = {"year", "month", "day", "hour", "min", "sec", "wday", "yday", "isdst"}
for _, t in ipairs{0, 1, -1, 59, 86400, -86400, 951782400, 2^31 - 1, -2^31, 2^33, -62135596800, 253402300800, 1e12, -1e12} do
  local d = os.date("!*t", t)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. tostring(d[k]) end
  local n = 0
  for _ in pairs(d) do n = n + 1 end
  print(t, n, table.concat(parts, " "))
end
print(os.date("!*t\0ignored", 0).year)
print(os.date("!*tx", 0))
print(os.date("*t", 0).year ~= nil)
print(type(os.date("!*t")), type(os.date("*t")))
print(math.type(os.date("!*t", 0).year))
