-- traceback returns non-string messages untouched; numbers become messages
local t = {}
print(debug.traceback(t) == t)
print(debug.traceback(true))
print(debug.traceback(12))
print(debug.traceback(1.5))
print(select("#", debug.traceback(nil)))
print(debug.traceback(print) == print)
