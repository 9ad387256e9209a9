local r
do
  local hidden = "inside"
  r = function() return hidden end
end
print(hidden, r())
do end
;;; print("semicolons ok")
