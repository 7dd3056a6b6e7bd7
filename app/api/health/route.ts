/** A liveness check for load balancers and benchmarks: answers without touching the database. */
export function GET() {
  return Response.json({ ok: true });
}
