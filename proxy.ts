/**
 * Runs before every page and route: a Content Security Policy with a fresh nonce per request (Next puts it on
 * its own scripts; the root layout hands it to next-themes), the upload size limit, and remembering an
 * invitation link for after sign-in.
 */
import { type NextRequest, NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { PENDING_INVITATION_COOKIE } from "@/lib/invitations/schema";

const UPLOAD_PATHS = [/^\/api\/datasets\/[^/]+\/import$/, /^\/jobs\/new\/files$/];

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

function tooLarge(maxMb: number) {
  return NextResponse.json(
    { error: { code: "invalid_input", fields: { file: { code: "fileTooLarge", params: { maxMb } } } } },
    { status: 413 },
  );
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (request.method === "POST" && UPLOAD_PATHS.some((pattern) => pattern.test(pathname))) {
    const maxMb = getEnv().UPLOAD_MAX_MB;
    if (Number(request.headers.get("content-length") ?? 0) > maxMb * 1024 * 1024) return tooLarge(maxMb);
  }

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
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
