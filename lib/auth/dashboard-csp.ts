/**
 * The Content Security Policy of the dashboard and the login page (set per request by proxy.ts; the
 * public pages get a static one from next.config.js). Scripts run only with this response's nonce,
 * which Next puts on its own scripts; 'strict-dynamic' lets those load the rest of the app's chunks.
 */
export function dashboardContentSecurityPolicy(nonce: string, options: { isDevelopment: boolean; isHttps: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React's development build reconstructs server errors with eval(); production never needs it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Development's hot reloading injects <style> tags without a nonce.
    `style-src 'self' ${options.isDevelopment ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.isDevelopment ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
