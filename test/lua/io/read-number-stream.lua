-- number reading leaves the stream just after the numeral
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("-12.3-\t-0xffff+  .3|5.E-3X  +234e+13E 0xDEADBEEFDEADBEEFx\n0x1.13Ap+3e\n")
f:write("1234;-1234;0;-0;;-;X;")
f:close()
f = assert(io.open(name))
repeat
  local n = f:read("n")
  local c = f:read(1)
  io.write(tostring(n), "\t", tostring(c), "\n")
until c == nil
f:close()
os.remove(name)
