local tries = 0
::retry::
tries = tries + 1
if tries < 3 then goto retry end
print("tries", tries)
local out = {}
for i = 1, 3 do
  local j = 0
  ::again::
  j = j + 1
  if j < i then goto again end
  out[#out + 1] = j
end
print(table.concat(out, ","))
