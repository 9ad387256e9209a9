-- line events of if statements: the test is on the `then` line, jumps over else parts
local function trace(name, src, ...)
  local f = assert(load(src, "=" .. name))
  local t = {}
  debug.sethook(function (e, l) t[#t + 1] = l end, "l")
  f(...)
  debug.sethook()
  t[#t] = nil -- the line of the sethook call that removes the hook
  print(name, table.concat(t, " "))
end

trace("then-line", "if\nmath.sin(1)\nthen\n  a=1\nelse\n  a=2\nend\n")
trace("nil-cond", "--\nif nil then\n  a=1\nelse\n  a=2\nend\n")
trace("one-line", "local x = ... if x then x = 1 else x = 2 end return x", true)
trace("elseif", "local x = ...\nif x == 1 then\n  x = 10\nelseif x == 2 then\n  x = 20\nelseif x == 3\nthen\n  x = 30\nelse\n  x = 40\nend\nreturn x", 3)
trace("elseif-else", "local x = ...\nif x == 1 then\n  x = 10\nelseif x == 2 then\n  x = 20\nelse\n  x = 40\nend\nreturn x", 5)
trace("nested", "local x = ...\nif x then\n  if x > 1 then\n    x = 2\n  end\nelse\n  x = 3\nend\nreturn x", 5)
trace("nested-false", "local x = ...\nif x then\n  if x > 1 then\n    x = 2\n  end\nelse\n  x = 3\nend\nreturn x", false)
trace("and-or", "local a, b = ...\nif a and\n  b then\n  a = 1\nend\nif a or\n b\n then a = 2 end", 1, 2)
trace("compare-lines", "local a, b = ...\nif a <\n  b then\n  a = 1\nend", 1, 2)
trace("not", "local a = ...\nif not a\nthen\n  a = 1\nend", nil)
trace("true-cond", "if true\nthen\n  a = 1\nend")
trace("false-cond", "if false\nthen\n  a = 1\nend\na = 2")
trace("then-break", "while true do\n  if math.sin(1)\n  then break\n  end\nend\na=1")
trace("empty-then", "local x = ...\nif x then\nelse\n  x = 1\nend", true)
