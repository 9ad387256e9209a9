-- a long traceback is cut in the middle
local function rec(n)
  if n == 0 then print(debug.traceback("deep")) return end
  rec(n - 1)
end
rec(30)
local function tail(n)
  if n == 0 then print(debug.traceback("tail")) return end
  return tail(n - 1)
end
tail(5)
