local function checkarg(v)
  if type(v) ~= "number" then error("expected number", 2) end
end
function api(v)
  checkarg(v)
  return v
end
print(api(1))
api("no")
