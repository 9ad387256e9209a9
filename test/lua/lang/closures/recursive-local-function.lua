local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))
local fact
fact = function(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
local ok, err = pcall(function()
  local bad = function(n) if n == 0 then return 0 end return bad(n - 1) end
  return bad(3)
end)
print(ok, err)
