-- io.write formats integers with %d and floats with %.14g (unlike tostring's trailing .0)
local t = io.tmpfile()
local values = {0, -0, 0.0, -0.0, 1, -1, 1.0, 2^53, 2^63, -2^63, math.maxinteger, math.mininteger,
  0.1, 1/3, -1/3, 1e15, 1e16, 123456789012345678, 1e-5, 1e-310, 1/0, -1/0, 3.14159265358979,
  100, 100.0, 1e100, 255 // 1, 7 // 2.0, 2^24}
for _, v in ipairs(values) do t:write(v, "|") end
t:write("\n")
t:seek("set")
print(t:read("a"))
io.write(1.5, " ", 2, " ", -0.0, " ", tostring(0/0 ~= 0/0), "\n")
io.stdout:write(math.pi, "\n")
print(pcall(io.write, 1, nil))
t:close()
