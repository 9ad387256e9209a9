local function outer()
  local a = 1
  return function()
    local b = 10
    return function()
      a = a + 1; b = b + 1
      return a + b
    end
  end
end
local mid = outer()
local in1, in2 = mid(), mid()
print(in1(), in1(), in2(), in1())
