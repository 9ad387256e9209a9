local function f()
  error("plain message without position", 0)
end
f()
