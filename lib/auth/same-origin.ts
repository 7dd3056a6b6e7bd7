/**
 * Cross-site request forgery guard for route handlers that act on the session cookie (server actions have
 * Next's own Origin check). A browser names the page a request came from in Origin, or failing that in
 * Sec-Fetch-Site or Referer; a change is accepted only from the app's own origin. A request with none of
 * them did not come from a browser page, so it cannot ride on someone's cookie.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function isSameOriginRequest(request: { method: string; headers: Headers }, appUrl: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const host = request.headers.get("host");
  const own = (origin: string | null) =>
    origin !== null && origin !== "null" && (origin === originOf(appUrl) || new URL(origin).host === host);
  const origin = request.headers.get("origin");
  if (origin) return own(originOf(origin));
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const referer = request.headers.get("referer");
  if (referer) return own(originOf(referer));
  return true;
}
