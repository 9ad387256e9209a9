function validate(n)
  if n < 0 then
    error("negative input: " .. n)
  end
  return n
end
function process(list)
  for i = 1, #list do validate(list[i]) end
end
print("start")
process({1, 2, -3})
