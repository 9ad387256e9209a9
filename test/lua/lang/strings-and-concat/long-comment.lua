--[[ this is
a long comment ]] print("after comment 1")
--[==[ another
]] still comment
]==] print("after comment 2")
-- short comment print("no")
print("end") --[[ trailing ]]
