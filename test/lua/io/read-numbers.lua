-- read("n") follows liolib's read_number: longest numeral prefix, then conversion
local name = os.tmpname()
local samples = {
  "42", "  -17", "+8", "0x10", "0XfF", "0x", "0x.8p1", "1e5", "1E+2", "2e-1", "1e", "1.5.2",
  ".5", "5.", "..5", "-", "+-1", "0x1p4", "0x1P-2", "1e1e1", "00012", "0x7fffffffffffffff",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1" .. string.rep("0", 198),
  string.rep("1", 201), "inf", "nan", "  \t\n 3", "abc", "12abc", "0x1g", "1.e3", "1 2",
}
for _, s in ipairs(samples) do
  local f = assert(io.open(name, "w")); f:write(s); f:close()
  f = assert(io.open(name))
  local n = f:read("n")
  local rest = f:read("a")
  print(string.format("%q", s):sub(1, 30), math.type(n), n, string.format("%q", rest):sub(1, 30))
  f:close()
end
os.remove(name)
