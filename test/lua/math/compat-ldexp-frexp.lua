print(math.ldexp(1, 10), math.ldexp(0.75, -2), math.ldexp(1, 1024), math.ldexp(1, -1074), math.ldexp(1, -1075))
print(math.ldexp(3, 2^32 + 1), math.ldexp(1e-310, 100), math.ldexp(1.5, -1073), math.ldexp(-0.0, 5), math.ldexp(5, 0))
print(math.frexp(10)) print(math.frexp(0)) print(math.frexp(-0.0)) print(math.frexp(1)) print(math.frexp(0.5))
print(math.frexp(-3)) print(math.frexp(1e-310)) print(math.frexp(2^1023)) print(math.frexp(math.huge)) print(math.frexp(5e-324))
print(math.frexp(-math.huge)) print(math.frexp(math.maxinteger))
for _, x in ipairs({1.5, 1e100, 12345.678, 2^-1030, -7}) do
  local m, e = math.frexp(x)
  print(m, e, math.ldexp(m, e) == x)
end
print(pcall(math.ldexp, 1, 1.5))
print(pcall(math.ldexp, 1))
print(pcall(math.frexp))
