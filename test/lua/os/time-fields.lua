-- os.time: required and optional fields, non-integer fields, bounds, and what it writes back
local function try(t)
  local ok, r = pcall(os.time, t)
  print(ok, ok and math.type(r) or r, ok and t.month or "", ok and t.day or "", ok and t.hour or "")
end
try{year = 2000, month = 1, day = 1}
try{year = 2000, month = 1}
try{year = 2000, day = 1}
try{month = 1, day = 1}
try{year = 2000, month = 1, day = 1.5}
try{year = 2000, month = 1, day = "2"}
try{year = 2000, month = 1, day = "x"}
try{year = 2000, month = 1, day = 1, hour = 2.0}
try{year = 2000, month = 1, day = 1, min = {}}
try{year = 2000, month = 1, day = 1, sec = true}
try{year = 2000, month = 1, day = 2^31}
try{year = 2000, month = 1, day = 1073741823}
try{year = 2000, month = 1, day = 1073741824}
try{year = 2000, month = -1073741823, day = 1}
try{year = 2000, month = -1073741824, day = 1}
try{year = 1073741823 + 1900, month = 1, day = 1}
try{year = 2^31, month = 1, day = 1}
try{year = -2^31, month = 1, day = 1}
try{year = 2000, month = 1, day = 1, sec = math.maxinteger}
try{year = 2000, month = 1, day = 1, isdst = "yes"}
try{year = 1e10, month = 1, day = 1}
print(pcall(os.time, 1))
print(pcall(os.time, "x"))
print(math.type(os.time()), os.time() > 1.7e9, os.time(nil) >= os.time() - 1)
local t = setmetatable({}, {__index = function(_, k) return ({year = 2020, month = 2, day = 30})[k] end})
print(pcall(os.time, t))
print(rawget(t, "month"), rawget(t, "day"), rawget(t, "yday"))
local t2 = {year = 2001, month = 2, day = 29, hour = 0}
os.time(t2)
print(t2.year, t2.month, t2.day, t2.hour, t2.min, t2.sec, t2.wday, t2.yday, type(t2.isdst))
