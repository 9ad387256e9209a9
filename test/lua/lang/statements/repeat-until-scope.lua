local i = 0
repeat
  local j = i * 2
  i = i + 1
until j >= 6
print(i)
local count = 0
repeat count = count + 1 until true
print(count)
local x = 10
repeat local x = x - 1; print(x) until x < 100
