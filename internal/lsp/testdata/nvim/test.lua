-- Drives Neovim's own LSP client against pyvet lsp (nvim_test.go): opens
-- PYVET_FILE with the configuration PYVET_CONFIG, waits for pyvet's
-- diagnostics, applies the first code action on the osthread finding, waits
-- for the unsaved buffer's diagnostics, and writes what it saw to PYVET_OUT
-- as JSON.
local out = vim.env.PYVET_OUT

local function finish(result)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      code = d.code, source = d.source, message = d.message,
      href = d.user_data.lsp.codeDescription and d.user_data.lsp.codeDescription.href or '',
      related = d.user_data.lsp.relatedInformation or {},
    })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum end)
  return list
end

dofile(vim.env.PYVET_CONFIG)
vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.PYVET_FILE))
local buf = vim.api.nvim_get_current_buf()

if not vim.wait(120000, function() return #vim.diagnostic.get(buf) == 2 end, 50) then
  finish({ error = 'no 2 diagnostics within 120s: ' .. vim.inspect(vim.diagnostic.get(buf)) })
  return
end
local before = diagnostics(buf)

local target
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if d.code == 'osthread/unlocked-goroutine' then target = d end
end
if not target then
  finish({ error = 'no osthread/unlocked-goroutine finding', before = before })
  return
end
vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })

local titles = {}
vim.ui.select = function(items, _, on_choice)
  for _, item in ipairs(items) do table.insert(titles, item[2].title) end
  on_choice(items[1], 1)
end
local tick = vim.api.nvim_buf_get_changedtick(buf)
vim.lsp.buf.code_action()
if not vim.wait(30000, function() return vim.api.nvim_buf_get_changedtick(buf) ~= tick end, 50) then
  finish({ error = 'the code action changed nothing', before = before, actions = titles })
  return
end
if not vim.wait(120000, function() return #vim.diagnostic.get(buf) == 1 end, 50) then
  finish({ error = 'the fixed buffer still has ' .. #vim.diagnostic.get(buf) .. ' diagnostics', before = before, actions = titles })
  return
end

finish({
  before = before,
  actions = titles,
  after = diagnostics(buf),
  text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, true), '\n') .. '\n',
  modified = vim.bo[buf].modified,
})
