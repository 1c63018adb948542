-- Runs inside `nvim --headless` (Neovim 0.7, push diagnostics only): starts the Reg Policy language server
-- with Neovim's own LSP client, opens a .reg file and prints what the editor received, as JSON.
local server = vim.env.REG_POLICY_SERVER
local file = vim.env.REG_POLICY_FILE
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  name = 'reg-policy',
})
vim.lsp.buf_attach_client(bufnr, client_id)
local received = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local codes = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(codes, tostring(d.code or lsp.code))
end
table.sort(codes)
local hover = ''
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = tonumber(vim.env.REG_POLICY_HOVER_LINE), character = 3 },
}, 10000)
for _, response in pairs(responses or {}) do
  if response.result and response.result.contents then
    hover = hover .. (response.result.contents.value or vim.inspect(response.result.contents))
  end
end
io.stdout:write(vim.fn.json_encode({ received = received, codes = codes, hover = hover }) .. '\n')
vim.cmd('qa!')
