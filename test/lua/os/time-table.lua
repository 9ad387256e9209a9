-- os.time on tables (run under TZ=UTC... or any zone: only differences are printed)
local base = os.time{year=2000, month=1, day=1, hour=0}
local function rel(t) return os.time(t) - base end
print(rel{year=2000, month=1, day=2, hour=0})
print(rel{year=2000, month=1, day=1})
print(rel{year=2000, month=1, day=1, hour=0, min=1, sec=1})
print(rel{year=2000, month=13, day=1, hour=0})
print(rel{year=2000, month=0, day=1, hour=0})
print(rel{year=2000, month=1, day=0, hour=0})
print(rel{year=2000, month=1, day=1, hour=-1})
print(rel{year=2000, month=1, day=1, hour=0, sec=86400 * 366})
print(rel{year="2000", month="1", day=1.0, hour=0})
print(math.type(base))
local t1 = os.time{year=2000, month=10, day=1, hour=23, min=12}
local t2 = os.time{year=2000, month=10, day=1, hour=23, min=10, sec=19}
print(os.difftime(t1, t2), math.type(os.difftime(t1, t2)))
