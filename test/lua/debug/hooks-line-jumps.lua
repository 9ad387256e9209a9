-- line events around jumps PUC chains or adds: an if ending a loop body jumps straight back,
-- a block with captured locals ends with a jump, consecutive `local` declarations share one
-- instruction, break and goto jump on the previous token's line; stripped code has no lines
local function trace(name, src, ...)
  local f = assert(load(src, "=" .. name))
  local t = {}
  debug.sethook(function (e, l) t[#t + 1] = tostring(l) end, "l")
  f(...)
  debug.sethook()
  t[#t] = nil
  print(name, table.concat(t, " "))
end

trace("if-ends-while", "local i = 3\nwhile 1 do\n  if i > 0 then i = i - 1;\n  else return; end;\nend;")
trace("if-no-else", "local i = 0\nwhile i < 3 do\n  i = i + 1\n  if i == 2 then\n    i = i + 0\n  end\nend")
trace("nested-while", "local i, j = 0, 0\nwhile i < 2 do\n  i = i + 1\n  j = 0\n  while j < 2 do\n    j = j + 1\n  end\nend")
trace("if-then-if", "local a, b = true, false\nif a then\n  if b then\n    a = 1\n  end\nelse\n  a = 2\nend")
trace("closure-block", "local t = {}\nfor i = 1, 2 do\n  local y = i\n  t[i] = function () return y end\nend\nreturn t")
trace("loop-var-captured", "local t = {}\nfor i = 1, 2 do\n  t[i] = function () return i end\nend")
trace("loadnil", "local a, b\nlocal c\nlocal d = nil\nlocal e\nreturn a")
trace("break-after-if", "for i = 1, 3 do\n  if i == 5 then\n    i = 0\n  end\n  break\nend")
trace("goto-first", "do\n  goto skip\n  local x = 1\n  ::skip::\nend\nreturn 1")
trace("error-line", "local t = {}\nlocal ok, e = pcall(function ()\n  return t.a\n    + 1\nend)\nreturn e")
local stripped = string.dump(load("local x = 1\nlocal y = 2\nfor i = 1, 2 do\n  x = x + i\nend\nreturn x"), true)
trace("stripped", stripped)
print(select(2, pcall(load("local t = nil\nlocal v = t.a\n  + 1"))))
