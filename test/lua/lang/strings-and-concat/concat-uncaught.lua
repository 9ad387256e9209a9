local function greet(name)
  local greeting = "hello, " .. name
  return greeting
end
print(greet("world"))
print(greet(nil))
