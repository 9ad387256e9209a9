print(xpcall(function() error("first") end, function(e) error("in handler") end))
print(xpcall(function() error("e") end, function(e) return debug.traceback(e, 1):match("^[^\n]*") end))
