local print = print
do
  local _ENV = {value = "from custom env"}
  print(value)
  newvar = 1
  print(_ENV.newvar)
end
print(newvar, value)
local function with(env) local _ENV = env; return a + b end
print(with({a = 1, b = 2}))
