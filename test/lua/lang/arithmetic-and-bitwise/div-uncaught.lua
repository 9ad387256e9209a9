local t = {n = 0}
function t.divide(a)
  return a // t.n
end
print(t.divide(10.0))
print(t.divide(10))
