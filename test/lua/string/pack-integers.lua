local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("i4", 100)), hex(string.pack(">i4", 100)), hex(string.pack("<i2 >i2 =i2", 1, 2, 3)))
print(hex(string.pack("b B h H", -1, 255, -2, 65535)))
print(hex(string.pack("j J", -1, -1)), hex(string.pack("l L T", 1, 2, 3)))
print(hex(string.pack("i16", -2)), hex(string.pack("I16", 2)), hex(string.pack(">i3", -2)))
print(hex(string.pack("i7", 2^40)), hex(string.pack(">I5", 1)), hex(string.pack("i", 7)), hex(string.pack("I", 7)))
print(hex(string.pack(">j", math.mininteger)), hex(string.pack("<j", math.maxinteger)))
print(hex(string.pack("i4", 3.0)), hex(string.pack("i4", "12")), hex(string.pack(">i12", -1)))
