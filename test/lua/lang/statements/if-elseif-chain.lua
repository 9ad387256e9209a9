local function classify(n)
  if n < 0 then return "neg"
  elseif n == 0 then return "zero"
  elseif n < 10 then return "small"
  else return "big" end
end
print(classify(-5), classify(0), classify(5), classify(50), classify(0.0))
if nil then print("no") elseif false then print("no") else print("else") end
