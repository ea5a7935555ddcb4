/**
 * The Content-Security-Policy every page carries in a meta tag, so a script that slipped into
 * the site's text or data still cannot run: only the site's own files may load.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Pagefind runs its search index as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  "script-src 'self' 'wasm-unsafe-eval'",
  // Charts carry classes, not style attributes (finalizeSvg), so no inline style is needed.
  "style-src 'self'",
  // Markdown may inline an image as data:image/… (the sanitizer allows only images so).
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
