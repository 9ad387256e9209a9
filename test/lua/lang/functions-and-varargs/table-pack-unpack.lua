local function roundtrip(...)
  local p = table.pack(...)
  return table.unpack(p, 1, p.n)
end
print(roundtrip(1, nil, 3, nil))
print(select("#", roundtrip(nil, nil)))
print(table.unpack({1, 2, 3}, -1, 1))
local packed = table.pack(roundtrip())
print(packed.n)
