print(7 // 2, 7.0 // 2, 7 / 2, 6 / 2, math.type(6 / 2))
print(-7 // 2, -7 % 2, 7 % -2, -7.5 // 2, -7.5 % 2)
print(3 % math.huge, -3 % math.huge, 3 % -math.huge, -3 % -math.huge)
print(5.0 % 0 ~= 5.0 % 0, 1 // 0.0, -1 // 0.0, 0/0 ~= 0/0)
