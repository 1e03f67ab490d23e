-- pyvet's language server for Go buffers, beside gopls (Neovim 0.7 and
-- later; docs/editors.md). One client serves every Go buffer; pyvet lsp
-- must be on PATH.
local pyvet_client
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'go',
  callback = function(args)
    if not pyvet_client or vim.lsp.client_is_stopped(pyvet_client) then
      pyvet_client = vim.lsp.start_client({
        name = 'pyvet',
        cmd = { 'pyvet', 'lsp' },
        root_dir = vim.fn.getcwd(),
        init_options = { python = '3.13' },  -- pyvet's settings: docs/editors.md
      })
    end
    vim.lsp.buf_attach_client(args.buf, pyvet_client)
  end,
})
