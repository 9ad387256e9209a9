print(1/0, -1/0, math.huge, -math.huge)
local nan = 0/0
print(nan ~= nan, nan == nan, tostring(nan) == tostring(0/0))
print(string.format("%.1f", 1/0), math.huge // 1, -math.huge % 2)
print(math.type(1/0), 1/0 > math.maxinteger, -1/0 < math.mininteger)
print(nan < 1, nan > 1, nan <= nan, 1 < nan)
print(math.huge == 1/0, -(0/0) ~= -(0/0))
