for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto next_i end
    io.write(i, ",", j, " ")
  end
  ::next_i::
end
print()
do
  goto skip
  print("skipped")
  ::skip::
end
print("done")
