local x = 1
do
  local x = x + 1
  print(x)
  do local x = x * 10; print(x) end
  print(x)
end
print(x)
local a, a = 1, 2
print(a)
local function f() return x end
local x = 100
print(f(), x)
