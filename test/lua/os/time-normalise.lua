-- os.time writes the normalised fields back into its table
local function show(t)
  return string.format("%d-%d-%d %d:%d:%d wday=%d yday=%d",
    t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday)
end
local cases = {
  {year=2005, month=1, day=1, hour=1, min=0, sec=-3602},
  {year=2000, month=14, day=-3, hour=25, min=61, sec=-5},
  {year=2001, month=2, day=29},
  {year=2004, month=2, day=29, hour=12},
  {year=1999, month=12, day=31, hour=23, min=59, sec=60},
  {year=2000, month=-11, day=400},
  {year=1900, month=3, day=1},
  {year=2100, month=2, day=29},
  {year=10000, month=1, day=1},
  {year=1, month=1, day=1},
}
for _, c in ipairs(cases) do
  os.time(c)
  print(show(c), type(c.isdst))
end
