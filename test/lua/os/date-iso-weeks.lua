-- %G %g %V %U %W %u %w %j around the turn of the years, where ISO weeks cross them
local function utc(y, m, d) return os.time{year = y, month = m, day = d, hour = 12} - os.time{year = 1970, month = 1, day = 1, hour = 12} end
for _, y in ipairs{1999, 2004, 2008, 2009, 2010, 2015, 2020, 2021, 2026, 2100} do
  for _, md in ipairs{{12, 28}, {12, 29}, {12, 30}, {12, 31}, {1, 1}, {1, 2}, {1, 3}, {1, 4}} do
    local yy = md[1] == 1 and y + 1 or y
    local t = utc(yy, md[1], md[2])
    print(os.date("!%F %a G=%G g=%g V=%V U=%U W=%W u=%u w=%w j=%j", t))
  end
end
