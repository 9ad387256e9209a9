local n = 0
for i = 1, 5 do
  i = i + 10
  n = n + 1
end
print(n)
local t = {1, 2, 3}
for i = 1, #t do t[#t + 1] = i end
print(#t)
local lim = 3
for i = 1, lim do lim = 10 end
print(lim)
