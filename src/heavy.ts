// What the CLI bundle loads only when it renders: the PDF layout (pdfkit,
// fontkit, fonts) and the Markdown templates (Handlebars). scripts/bundle.mjs
// builds this into dist/cjs/heavy.cjs.

export { renderPdf } from './render/pdf/render-pdf.js';
export { renderMarkdown, MarkdownTemplateError, blocksToMarkdown, tableToMarkdown } from './render/markdown.js';
export { renderChecklistPdf } from './review/checklist-pdf.js';
