-- scopes: repeat-until sees the body's locals; later locals are not active yet
local n = 0
repeat
  local inside = n
  n = n + 1
until debug.getlocal(1, 2) == "inside" and n > 2
print(n)
local function f()
  local a = 1
  if a then
    local b = 2
    print(debug.getlocal(1, 2))
  else
    local c = 3
  end
  local after = debug.getlocal(1, 2)
  print(after)
  local d = debug.getlocal(1, 3)
  print(d, debug.getlocal(1, 2))
end
f()
