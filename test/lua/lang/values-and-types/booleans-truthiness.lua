local vals = {0, "", false, nil, 0.0, "false"}
for i = 1, 6 do
  print(i, vals[i] and "truthy" or "falsy")
end
print(not nil, not 0, not not "", nil and 1, false or nil, 0 or 1)
print(1 and 2, nil or false, false and nil)
