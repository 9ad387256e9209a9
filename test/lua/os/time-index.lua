-- os.time reads its fields through __index
local proto = {year=2010, month=6, hour=0}
local t = setmetatable({day=15}, {__index=proto})
local a = os.time(t)
print(a - os.time{year=2010, month=6, day=15, hour=0})
print(rawget(t, "year"), rawget(t, "yday"), rawget(t, "wday"))
