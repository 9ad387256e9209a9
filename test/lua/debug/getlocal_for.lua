-- getlocal inside loops: the hidden control variables come first
for i = 1, 2 do
  local x = i * 10
  for k = 1, 5 do
    local n, v = debug.getlocal(1, k)
    print(k, n, v)
  end
end
for k, v in ipairs({"a"}) do
  local names = {}
  for j = 1, 6 do
    local n = debug.getlocal(1, j)
    names[#names + 1] = tostring(n)
  end
  print(table.concat(names, " "))
  print(select(2, debug.getlocal(1, 4)), select(2, debug.getlocal(1, 5)))
end
