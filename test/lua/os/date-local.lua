-- local dates agree with their table form (any zone)
local t = 1234567890
local d = os.date("*t", t)
print(os.date("%Y-%m-%d %H:%M:%S", t) == string.format("%04d-%02d-%02d %02d:%02d:%02d", d.year, d.month, d.day, d.hour, d.min, d.sec))
print(os.time(d) == t)
d.isdst = nil
print(os.time(d) == t)
print(os.date("%c", t) == os.date("%a %b %e %H:%M:%S %Y", t))
print(#os.date("%z", t), os.date("%x", t) == os.date("%m/%d/%y", t))
