local fmt = "<i1 I2 i4 I8 j d f z s2 c4 B"
local packed = string.pack(fmt, -5, 60000, -100000, 123456789, math.mininteger, 0.1, 0.5, "zero", "len", "fixd", 200)
print(#packed)
print(string.unpack(fmt, packed))
local big = string.pack(">!8 b d b j", 1, 2.5, 3, -1)
print(#big, string.unpack(">!8 b d b j", big))
for _, n in ipairs({0, 1, -1, 127, -128, 255, 32767, -32768}) do
  io.write(string.unpack("i2", string.pack("i2", n)), " ")
end
print()
