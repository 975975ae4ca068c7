-- Drives the Nota language server from headless Neovim 0.7 (Debian bookworm's neovim package).
--   NOTA_SERVER_CMD='node /abs/dist/server.js --stdio' NOTA_FIXTURES=/abs/dir \
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/neovim/probe.lua'
-- Uses vim.lsp.start_client (vim.lsp.start only exists from 0.8 on). Prints TAP-style lines
-- ("ok N - ..." / "not ok N - ...") and exits 0 only when every check passed.
local function out(s) io.stdout:write(s .. '\n') end

local server_cmd = vim.split(assert(os.getenv('NOTA_SERVER_CMD'), 'NOTA_SERVER_CMD not set'), ' ', { trimempty = true })
local dir = assert(os.getenv('NOTA_FIXTURES'), 'NOTA_FIXTURES not set')
local timeout = tonumber(os.getenv('NOTA_PROBE_TIMEOUT_MS') or '20000')

local n, failed = 0, 0
local function check(ok, desc, detail)
  n = n + 1
  if ok then out(('ok %d - %s'):format(n, desc)) else
    failed = failed + 1
    out(('not ok %d - %s%s'):format(n, desc, detail and ('  # ' .. detail) or ''))
  end
end

local v = vim.version()
out(('# nvim %d.%d.%d, server: %s'):format(v.major, v.minor, v.patch, table.concat(server_cmd, ' ')))

-- publishDiagnostics per URI, recorded raw (the LSP objects, with their `code`)
local published = {}
local default_pd = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published[result.uri] = result.diagnostics
  out(('# publishDiagnostics %s: %d diagnostic(s)'):format(vim.fn.fnamemodify(vim.uri_to_fname(result.uri), ':t'), #result.diagnostics))
  return default_pd(err, result, ctx, config)
end

local server_exited = false -- stop waiting as soon as the server dies
local client_id = vim.lsp.start_client({
  name = 'nota',
  cmd = server_cmd,
  root_dir = dir,
  on_exit = function(code, signal)
    server_exited = true
    if code ~= 0 then out(('# server exited code=%s signal=%s'):format(tostring(code), tostring(signal))) end
  end,
})
check(client_id ~= nil, 'language server process starts')

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/' .. name))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'nota' -- sent as languageId in didOpen
  vim.lsp.buf_attach_client(bufnr, client_id)
  return bufnr, vim.uri_from_bufnr(bufnr)
end

local function code_of(d)
  if type(d.code) == 'table' then return d.code.value end
  return d.code
end

-- 1. a real nota (corpus seed 000): diagnostics are published for it
local _, seed_uri = open('seed000.nota.md')
local got_seed = vim.wait(timeout, function() return published[seed_uri] ~= nil or server_exited end, 50)
  and published[seed_uri] ~= nil
check(got_seed, 'diagnostics arrive for seed000.nota.md')

-- 2. a nota without its Kern section: a section-missing error
local bufnr, uri = open('missing-kern.nota.md')
local missing
vim.wait(timeout, function()
  if server_exited then return true end
  for _, d in ipairs(published[uri] or {}) do
    if code_of(d) == 'section-missing' then missing = d return true end
  end
  return false
end, 50)
check(missing ~= nil, 'missing-kern.nota.md gets a section-missing diagnostic',
  'got ' .. vim.fn.json_encode(published[uri] or vim.NIL))
check(missing ~= nil and missing.severity == 1, 'section-missing has severity Error (1)')

-- 3. a code action for that diagnostic
local actions = {}
if missing and not server_exited then
  local client = vim.lsp.get_client_by_id(client_id)
  local resp = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = missing.range,
    context = { diagnostics = { missing }, only = { 'quickfix' } },
  }, timeout, bufnr)
  if resp and resp.result then actions = resp.result end
  out('# code actions: ' .. vim.fn.json_encode(vim.tbl_map(function(a) return a.title end, actions)))
  if resp and resp.err then out('# codeAction error: ' .. vim.fn.json_encode(resp.err)) end
end
check(#actions >= 1, 'a quick fix arrives for section-missing')
local has_edit = false
for _, a in ipairs(actions) do if a.edit then has_edit = true end end
check(has_edit, 'the quick fix carries a workspace edit')

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.tbl_isempty(vim.lsp.get_active_clients()) end, 50)
if failed > 0 then
  -- the server's stderr ends up in Neovim's LSP log
  local f = io.open(vim.lsp.get_log_path(), 'r')
  if f then
    local lines = vim.split(f:read('*a'), '\n', { trimempty = true })
    f:close()
    out('# tail of ' .. vim.lsp.get_log_path() .. ':')
    for i = math.max(1, #lines - 30), #lines do out('#   ' .. lines[i]:sub(1, 400)) end
  end
end
out(('# %d passed, %d failed'):format(n - failed, failed))
vim.cmd(failed == 0 and 'qa!' or 'cq')
