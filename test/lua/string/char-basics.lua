print(string.char(72, 101, 108, 108, 111))
print(string.char() == "", #string.char(0, 255), string.char(65.0, "66"))
print(string.char(string.byte("hello", 1, -1)))
local all = {}
for i = 0, 255 do all[#all + 1] = i end
local s = string.char(table.unpack(all))
print(#s, s:byte(1), s:byte(256))
