local function sandbox(code)
  local env = {result = nil}
  local f = load(code, "sandbox", "t", env)
  f()
  return env.result
end
print(sandbox("result = 1 + 2"))
print(sandbox("local function inner() return 'deep' end; result = inner()"))
print(sandbox("result = (print == nil)"))
print(pcall(sandbox, "result = print('x')"))
