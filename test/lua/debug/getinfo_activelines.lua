-- getinfo "L": the lines holding code
local function f(a)
  local b = a + 1
  if b > 2 then
    b = b * 2
  end
  return b
end
local function lines(fn)
  local t = {}
  for l in pairs(debug.getinfo(fn, "L").activelines) do t[#t + 1] = l end
  table.sort(t)
  return table.concat(t, " ")
end
print(lines(f))
print(lines(function() end))
print(lines(function()
  print(1)

  print(2)
end))
print(debug.getinfo(print, "L").activelines)
local i = debug.getinfo(f, "SL")
print(i.activelines[i.linedefined], i.activelines[i.linedefined + 1], i.activelines[i.lastlinedefined])
