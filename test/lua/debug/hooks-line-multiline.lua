-- line events of statements spanning lines: calls return to their first line, operators
-- to theirs, tables store their items at the closing brace
local function trace(name, src, ...)
  local f = assert(load(src, "=" .. name))
  local t = {}
  debug.sethook(function (e, l) t[#t + 1] = l end, "l")
  f(...)
  debug.sethook()
  t[#t] = nil
  print(name, table.concat(t, " "))
end

trace("call-args", "local s = tostring(\n1,\n2)\nlocal x = 1")
trace("nested-calls", "local s = tostring(\n  math.max(1,\n    2),\n  3)\nreturn s")
trace("table", "local t = {\n1,\n2\n}\nlocal x = 1")
trace("table-keyed", "local t = {\n  a = 1,\n  b = tostring(2),\n  [3] = 'c',\n}\nreturn t")
trace("table-calls", "local t = {\n  tostring(1),\n  tostring(2)\n}\nreturn t")
trace("arith", "local a = 1 local x = (a +\n math.sin(1))\n")
trace("concat", "local a = 1 local x = (a ..\n tostring(1))\n")
trace("concat3", "local x = 'a' ..\n  'b' ..\n  tostring(3)\nreturn x")
trace("compare", "local a, b = 1, 2\nlocal c = a ==\n b\nreturn c")
trace("and-value", "local a, b = 1, 2\nlocal c = a and\n  b\nreturn c")
trace("string-args", "local s = string.format('%d',\n  12)\nreturn s")
trace("assert", "local x = 1\nassert(x == 1 and\n  x ~= 2)\nreturn x")
trace("closure-in-table", "local t = {\n  f = function ()\n    return 1\n  end,\n}\nreturn t.f()")
trace("index-lines", "local t = {a = {b = 1}}\nlocal v = t\n  .a\n  .b\nreturn v")
trace("global-assign", "X = \n  1\nX = nil")
trace("local-assign", "local x\nx =\n  2\nreturn x")
