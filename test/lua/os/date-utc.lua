-- os.date with '!' on fixed times: every conversion
local times = {0, 86399, 951782400, 1000000000, 1234567890, 1700000000, -1, -86400 * 365, 2^31, 4102444800}
local convs = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%"
for _, t in ipairs(times) do
  local parts = {}
  for c in convs:gmatch(".") do parts[#parts + 1] = c .. "=" .. os.date("!%" .. c, t) end
  print(t, table.concat(parts, "|"))
end
