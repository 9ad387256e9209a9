local function parse(s)
  local n = tonumber(s)
  if not n then error("cannot parse '" .. s .. "'") end
  return n
end
local function run()
  return parse("12") + parse("x")
end
run()
