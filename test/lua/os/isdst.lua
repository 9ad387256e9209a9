-- isdst in os.time's table
local base = os.time{year=2000, month=1, day=1, hour=12}
print(os.time{year=2000, month=1, day=1, hour=12, isdst=false} - base)
local t = {year=2000, month=1, day=1, hour=12, isdst=false}
os.time(t)
print(t.isdst)
