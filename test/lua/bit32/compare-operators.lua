-- bit32 agrees with 5.3's operators on 32-bit values
local vals = {0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x12345678, 0xdeadbeef}
local ok = true
for _, a in ipairs(vals) do
  for _, b in ipairs(vals) do
    ok = ok and bit32.band(a, b) == (a & b) and bit32.bor(a, b) == (a | b) and bit32.bxor(a, b) == (a ~ b)
  end
  for s = 0, 31 do
    ok = ok and bit32.lshift(a, s) == ((a << s) & 0xffffffff) and bit32.rshift(a, s) == (a >> s)
  end
  ok = ok and bit32.bnot(a) == (~a & 0xffffffff)
end
print(ok)
