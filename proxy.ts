/**
 * Runs before every page: a Content Security Policy with a fresh nonce per request (Next puts it on its own
 * scripts; the root layout hands it to next-themes), and remembering an invitation link for after sign-in.
 * API routes and uploads stay outside it: Next buffers a request body that passes a proxy and cuts it at 10 MB,
 * which would break file uploads (their size limit is checked in the routes, lib/uploads/limit.ts).
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

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;

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
  matcher: [{ source: "/((?!api/|jobs/new/files|_next/static|_next/image|favicon.ico).*)" }],
};
