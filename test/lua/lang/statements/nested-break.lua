for i = 1, 3 do
  for j = 1, 3 do
    if j > i then break end
    io.write(i, j, " ")
  end
end
print()
local n = 0
while true do
  repeat n = n + 1; if n % 3 == 0 then break end until false
  if n > 8 then break end
end
print(n)
