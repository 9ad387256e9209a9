-- os.date("*t") and ("!*t")
local function show(t)
  return string.format("%d-%d-%d %d:%d:%d wday=%d yday=%d isdst=%s",
    t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, tostring(t.isdst))
end
for _, t in ipairs{0, 951782400, 1234567890, -1, 253402300799, 2^40} do
  print(t, show(os.date("!*t", t)))
end
local d = os.date("!*t", 1000000000)
local n = 0
for k in pairs(d) do n = n + 1 end
print(n, math.type(d.year), type(d.isdst))
print(os.date("!*tx", 0))
