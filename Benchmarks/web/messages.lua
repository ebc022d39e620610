-- wrk script: POST /api/v1/messages, each request from one of 1,000 sessions in turn, asking
-- a level-none question (an answer, not a prompt).
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  local body = string.format('{"session":"load-%d","text":"who plays charlotte?"}', counter % 1000)
  return wrk.format(nil, nil, nil, body)
end
