local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + 1)
end
print(loop(1000000, 0))
local function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(pcall(even, 10))
local function ev(n) if n == 0 then return true end return _G.od(n - 1) end
function od(n) if n == 0 then return false end return ev(n - 1) end
print(ev(300001))
