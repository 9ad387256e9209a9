-- results are unsigned 32-bit integers
for _, v in ipairs({bit32.bnot(0), bit32.band(-1), bit32.lshift(1, 31), bit32.arshift(-1, 1), bit32.lrotate(-2, 1)}) do
  io.write(v, " ", math.type(v), " ", tostring(v >= 0), "; ")
end
print()
print(bit32.band(0xffffffff, 0xffffffff) == 2^32 - 1, bit32.bor(2^31) == 0x80000000)
print(bit32.bxor(0xaaaaaaaa, 0x55555555), bit32.bor(0xaaaaaaaa, 0x55555555) == 0xffffffff)
