"""The Lua scripts the Redis state backend runs: each decision on shared state is one
script, so it is atomic on the server and costs one round trip.

Time is the server's (`TIME`) unless the caller passes one (the tests do, to put a
request exactly on a window's edge): every instance then reads one clock, whatever its
own says. Every key a script writes gets an expiry, so an idle key leaves the server by
itself.
"""

from __future__ import annotations

LIMITS = """
-- KEYS[i]: one counter per limit a request is charged to.
-- ARGV: now (empty: the server's TIME), a unique member, and per counter, in one
--   string (one argument for the client to encode, not three per counter):
--   'kind a b kind a b ...'
--   kind 'w' (sliding window): a = limit, b = window seconds
--   kind 'b' (token bucket):   a = rate per second, b = burst
-- Every counter is checked before any counts the request, so a request one refuses
-- uses up none of the others. Returns {} when all admit it (each counted it), else
-- {i, wait}: the refusing counter that frees last (1-based) and the seconds until it
-- would admit, as a string (a Lua number would come back truncated to an integer).
local now = tonumber(ARGV[1])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local spec = {}
for kind, a, b in string.gmatch(ARGV[3], '(%S+) (%S+) (%S+)') do
  spec[#spec + 1] = {kind, tonumber(a), tonumber(b)}
end
local worst, worst_wait = 0, 0
local tokens_of = {}
for i, key in ipairs(KEYS) do
  local kind, a, b = spec[i][1], spec[i][2], spec[i][3]
  local wait = nil
  if kind == 'w' then
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - b)
    if redis.call('ZCARD', key) >= a then
      local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
      wait = math.max(tonumber(oldest[2]) + b - now, 0.001)
    end
  else
    local held = redis.call('HMGET', key, 't', 'ts')
    local tokens, at = tonumber(held[1]) or b, tonumber(held[2]) or now
    tokens = math.min(b, tokens + math.max(now - at, 0) * a)
    tokens_of[i] = tokens
    if tokens < 1 then
      wait = math.max((1 - tokens) / a, 0.001)
    end
  end
  if wait and wait > worst_wait then
    worst, worst_wait = i, wait
  end
end
if worst > 0 then
  return {worst, tostring(worst_wait)}
end
local member = ARGV[2]
for i, key in ipairs(KEYS) do
  local kind, a, b = spec[i][1], spec[i][2], spec[i][3]
  if kind == 'w' then
    redis.call('ZADD', key, now, member)
    redis.call('PEXPIRE', key, math.ceil(b * 1000) + 1000)
  else
    redis.call('HSET', key, 't', tostring(tokens_of[i] - 1), 'ts', tostring(now))
    redis.call('PEXPIRE', key, math.ceil(b / a * 1000) + 1000)
  end
end
return {}
"""

STRIKE = """
-- A strike for one principal, counted across every instance; enough of them within
-- the window block it (once) and tell every instance.
-- KEYS[1]: the principal's strikes (sorted set), KEYS[2]: its block
-- ARGV: now (empty: TIME), member, window, max strikes (0: never block), block
--   seconds, reason, channel, instance, principal
-- Returns {strikes, 1 when this strike blocked}.
local now = tonumber(ARGV[1])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local window, most, seconds = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZADD', KEYS[1], now, ARGV[2])
local count = redis.call('ZCARD', KEYS[1])
if count > 1000 then
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, count - 1001)
  count = 1000
end
redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000) + 1000)
if most > 0 and count >= most and redis.call('EXISTS', KEYS[2]) == 0 then
  local why = count .. ' strikes within ' .. math.floor(window) .. 's'
  if ARGV[6] ~= '' then why = why .. ' (last: ' .. ARGV[6] .. ')' end
  local block = cjson.encode({key = ARGV[9], ['until'] = now + seconds, reason = why,
                              by = 'system', strikes = count})
  redis.call('SET', KEYS[2], block, 'PX', math.ceil(seconds * 1000))
  redis.call('DEL', KEYS[1])
  redis.call('PUBLISH', ARGV[7], cjson.encode({type = 'block', from = ARGV[8],
                                               block = cjson.decode(block)}))
  return {count, 1}
end
return {count, 0}
"""

CLAIM = """
-- Resolve a pending approval held by any instance: the first claim takes it (removes
-- it from the shared table) and tells its owner; a later one finds it gone.
-- KEYS[1]: the approvals hash; ARGV: approval id, channel, message
if redis.call('HDEL', KEYS[1], ARGV[1]) == 1 then
  redis.call('PUBLISH', ARGV[2], ARGV[3])
  return 1
end
return 0
"""

SESSION = """
-- What one decision did to an agent session, added to what every instance did:
-- its risk (decayed by the half-life since it was last set, then the risk added) and
-- its taint (raised, never lowered); the result is told to every instance.
-- KEYS[1]: the session (a hash: risk, at, taint, source)
-- ARGV: when (the deciding instance's clock), risk added, half-life seconds (0: no
--   decay), taint level (0: none), its source, expiry (ms), channel, instance, session
-- A change that arrives late (it waited while the server was away) is decayed from
-- its own time to the session's, so the order of arrival does not change the sum.
local now, added, half = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local level = tonumber(ARGV[4])
local held = redis.call('HMGET', KEYS[1], 'risk', 'at', 'taint', 'source')
local risk, at = tonumber(held[1]) or 0, tonumber(held[2]) or now
local taint, source = tonumber(held[3]) or 0, held[4] or ''
if now > at then
  if half > 0 then risk = risk * math.pow(0.5, (now - at) / half) end
  at = now
elseif now < at and half > 0 then
  added = added * math.pow(0.5, (at - now) / half)
end
risk = risk + added
if level > taint then
  taint, source = level, ARGV[5]
end
redis.call('HSET', KEYS[1], 'risk', tostring(risk), 'at', tostring(at), 'taint', taint,
           'source', source)
redis.call('PEXPIRE', KEYS[1], ARGV[6])
redis.call('PUBLISH', ARGV[7], cjson.encode({type = 'session', from = ARGV[8], id = ARGV[9],
  risk = tostring(risk), at = tostring(at), taint = taint, source = source}))
return tostring(risk)
"""

AMOUNTS = """
-- Amounts (LLM tokens, spending) over sliding windows, counted once across instances:
-- each window is a hash of 60 slices (slice number -> total), as in memory
-- (`engine.limits.AmountWindow`).
-- KEYS[i]: one window per counter
-- ARGV: mode ('take': admit only when every amount fits under its limit, then count
--   each; 'add': count, no check: a correction, which may be negative), now (empty:
--   TIME), then per counter: window seconds, limit, amount
-- Returns {} when counted, else {i, wait}: the counter that frees last (1-based) and the
-- seconds until the amount would fit, as a string.
local now = tonumber(ARGV[2])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local slices = 60
if ARGV[1] == 'take' then
  local worst, worst_wait = 0, 0
  for i, key in ipairs(KEYS) do
    local base = 2 + (i - 1) * 3
    local window, limit = tonumber(ARGV[base + 1]), tonumber(ARGV[base + 2])
    local need = tonumber(ARGV[base + 3])
    local width = window / slices
    local edge = math.floor(now / width) - slices
    local flat = redis.call('HGETALL', key)
    local live, total = {}, 0
    for j = 1, #flat, 2 do
      local number, amount = tonumber(flat[j]), tonumber(flat[j + 1])
      if number <= edge then
        redis.call('HDEL', key, flat[j])
      else
        total = total + amount
        live[#live + 1] = {number, amount}
      end
    end
    if total + need > limit and #live > 0 then
      table.sort(live, function(x, y) return x[1] < y[1] end)
      local wait = window
      for _, slice in ipairs(live) do  -- slices leave oldest first
        total = total - slice[2]
        if total + need <= limit then
          wait = math.max((slice[1] + slices) * width - now, 0.001)
          break
        end
      end
      if wait > worst_wait then
        worst, worst_wait = i, wait
      end
    end
  end
  if worst > 0 then
    return {worst, tostring(worst_wait)}
  end
end
for i, key in ipairs(KEYS) do
  local base = 2 + (i - 1) * 3
  local window, amount = tonumber(ARGV[base + 1]), tonumber(ARGV[base + 3])
  if amount ~= 0 then
    redis.call('HINCRBYFLOAT', key, tostring(math.floor(now / (window / slices))), amount)
    redis.call('PEXPIRE', key, math.ceil(window * 1000) + 1000)
  end
end
return {}
"""
