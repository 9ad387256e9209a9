local function iter(max)
  return function(state, ctl)
    if ctl < max then return ctl + 1, ctl * ctl end
  end, "state", 0
end
for i, sq in iter(4) do print(i, sq) end
for k, v in next, {"a"} do print(k, v) end
print(pcall(function() for x in 5 do end end))
print(pcall(function() for x in nil do end end))
