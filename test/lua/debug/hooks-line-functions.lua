-- line events around function definitions, calls and returns
local function trace(name, src, ...)
  local f = assert(load(src, "=" .. name))
  local t = {}
  debug.sethook(function (e, l) t[#t + 1] = l end, "l")
  f(...)
  debug.sethook()
  t[#t] = nil
  print(name, table.concat(t, " "))
end

trace("function-stat", "function foo()\nend\nlocal x = 1")
trace("field-function", "local t = {}\nfunction t.a()\nend\nlocal x = 1")
trace("global-field", "T = {}\nfunction T.a()\nend\nfunction T:b()\n  return self\nend\nT = nil")
trace("local-function", "local function f(x)\n  return x\nend\nlocal y = f(1)\nreturn y")
trace("anonymous", "local f = function ()\n  return 1\nend\nreturn f()")
trace("end-line", "local function f(x)\n  x = x + 1\nend\nf(1)\nf(2)")
trace("return-end", "local function f(x)\n  if x then\n    return 1\n  end\nend\nf(true)\nf(false)")
trace("recursion", "local function fact(n)\n  if n <= 1 then return 1 end\n  return n * fact(n - 1)\nend\nreturn fact(3)")
trace("tail", "local function g(x)\n  return x\nend\nlocal function f(x)\n  return g(x)\nend\nreturn f(1)")
trace("closure-arg", "local r = pcall(function ()\n  return 1\nend)\nreturn r")
trace("method", "local o = {v = 1}\nfunction o:get()\n  return self.v\nend\nreturn o:get()")
trace("vararg", "local function f(...)\n  local a, b = ...\n  return a + b\nend\nreturn f(1, 2)")
trace("main-comment", "local a = 1\n-- a comment\n\n--[[ long\ncomment ]]\n")
