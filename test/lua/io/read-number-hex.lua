-- read("n") on hexadecimal numerals, hex floats and exponents: value and what remains unread
local name = os.tmpname()
local samples = {
  "0x", "0x1", "0xA.8", "0x.1", "0x1p", "0x1p+", "0x1p-1", "0X1P1", "-0x10", "+0x10",
  "0x1e", "0x1e+1", "0xffffffffffffffff", "0x1ffffffffffffffff", "-0x8000000000000000",
  "0x1.8p1x", "0xp1", "0x.p1", "0x1.", "0x1.g", "0x1pp", "1e+5e", "1e-", "1e-x", "1.5e3.2",
  "00x1", "0.0x1", "-.5", "-.e1", ".e1", "1..2", "0e0", "0E-0", "1e400", "-1e400", "1e-400",
  "\v\f\r 7", "0x1P+1024", "3.", "3.x", "-0", "-0.0", "0x-1",
}
for _, s in ipairs(samples) do
  local f = assert(io.open(name, "wb")); f:write(s); f:close()
  f = assert(io.open(name, "rb"))
  local n = f:read("n")
  local rest = f:read("a")
  f:close()
  print(string.format("%-24q", s), math.type(n), n, string.format("%q", rest))
end
os.remove(name)
