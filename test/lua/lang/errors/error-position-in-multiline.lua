local t = {
  a = 1,
}
print(pcall(function()
  return t.a
    + t.b
end))
print(pcall(function()
  local s = "x" ..
    nil
end))
