print(- -1, - - -1, -(-(-2.5)), - - "3")
print(~~5, ~-1, -~0, not not nil)
local x = 5
print(-x ^ 2, (-x) ^ 2, -x // 2, -(x // 2))
