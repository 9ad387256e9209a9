local function compute(a, b)
  return a % b
end
print("before")
print(compute(10, 0))
print("not reached")
