/**
 * Runs before every page: a Content Security Policy with a fresh nonce per request (Next puts it on its own
 * scripts; the root layout hands it to next-themes), and remembering an invitation link for after sign-in.
 * API routes and uploads stay outside it: Next buffers a request body that passes a proxy and cuts it at 10 MB,
 * which would break file uploads (their size limit is checked in the routes, lib/uploads/limit.ts). Only a path with
 * percent-encoding that may be malformed comes here whatever it is, to be answered with a 400.
 */
import { type NextRequest, NextResponse } from "next/server";
import { PENDING_INVITATION_COOKIE } from "@/lib/invitations/schema";

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and uPlot set style attributes; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * A path that is not valid percent-encoding (`%zz`, a cut-off UTF-8 sequence): Next cannot decode a dynamic route's
 * params from it and, having no error page to show, answers 500. It is the client's mistake, so: 400, and for the
 * APIs in their own error shape (the Sandbox's is OpenAI's).
 */
function malformedPath(pathname: string): Response | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const message = "The URL is not validly percent-encoded.";
    if (pathname.startsWith("/api/sandbox/"))
      return Response.json(
        { error: { message, type: "invalid_request_error", param: null, code: null } },
        { status: 400 },
      );
    if (pathname.startsWith("/api/"))
      return Response.json({ error: { code: "invalid_input", message } }, { status: 400 });
    return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const malformed = malformedPath(pathname);
  if (malformed) return malformed;

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);

  const invitation = /^\/invite\/([A-Za-z0-9_-]{20,200})$/.exec(pathname)?.[1];
  if (invitation)
    response.cookies.set(PENDING_INVITATION_COOKIE, invitation, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      maxAge: 3600,
    });
  return response;
}

export const config = {
  matcher: [
    { source: "/((?!api/|jobs/new/files|_next/static|_next/image|favicon.ico).*)" },
    // Any path with a "%" not followed by two hex digits, or encoding a non-ASCII byte (which may be cut off).
    { source: "/(.*%(?![0-9A-Fa-f][0-9A-Fa-f]).*|.*%[89A-Fa-f][0-9A-Fa-f].*)" },
  ],
};
