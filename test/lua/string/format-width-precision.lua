for _, w in ipairs({"", "1", "9", "10", "99"}) do
  print(string.format("[%" .. w .. "d][%" .. w .. "s][%-" .. w .. "x]", 42, "s", 255))
end
for _, p in ipairs({"", ".", ".0", ".1", ".10", ".99"}) do
  print(string.format("[%" .. p .. "d][%" .. p .. "s]", 7, "string"), #string.format("%" .. p .. "f", 1.5))
end
