-- elementary functions agree with lua5.3's (glibc's) to the last bit
local fns = {
  {"exp", function(x) return math.exp(x / 9) end}, {"log", math.log},
  {"log2", function(x) return math.log(x, 2) end}, {"log10", math.log10},
  {"logb", function(x) return math.log(x, 7) end}, {"sin", math.sin}, {"cos", math.cos}, {"tan", math.tan},
  {"atan", math.atan}, {"atan2", function(x) return math.atan(-3, x) end},
  {"asin", function(x) return math.asin(x / 100) end}, {"acos", function(x) return math.acos(x / 100) end},
  {"cosh", function(x) return math.cosh(x / 10) end}, {"sinh", function(x) return math.sinh(x * 3) end},
  {"tanh", function(x) return math.tanh(x / 20) end}, {"pow", function(x) return math.pow(x, 1.7) end},
}
for _, f in ipairs(fns) do
  local out = {}
  for i = 1, 40 do out[#out + 1] = string.format("%a", f[2](i * 2.37 + 0.11)) end
  print(f[1], table.concat(out, " "))
end
