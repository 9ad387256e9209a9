-- os.date with the E and O modifiers of C99 (ignored by the "C" locale) on fixed UTC times
local mods = {"Ec", "EC", "Ex", "EX", "Ey", "EY", "Od", "Oe", "OH", "OI", "Om", "OM", "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy"}
for _, t in ipairs{0, 1e9, 1234567890, -1234567890, 253402300799} do
  local parts = {}
  for _, m in ipairs(mods) do parts[#parts + 1] = m .. "=" .. os.date("!%" .. m, t) end
  print(table.concat(parts, " "))
end
for _, bad in ipairs{"%E", "%O", "%Ea", "%EE", "%Oa", "%OY", "%Ez", "%OE", "%E%", "%O%"} do
  print(bad, pcall(os.date, "!" .. bad, 0))
end
