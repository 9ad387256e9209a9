local function fail()
  error({code = 500})
end
print("about to fail")
fail()
