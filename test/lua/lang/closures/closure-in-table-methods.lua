local function Account(balance)
  local self = {}
  function self.deposit(v) balance = balance + v end
  function self.get() return balance end
  return self
end
local a, b = Account(100), Account(0)
a.deposit(50); b.deposit(5)
print(a.get(), b.get())
