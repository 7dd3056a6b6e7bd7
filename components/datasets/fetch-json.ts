/** GETs JSON from the app's own route handlers, for TanStack Query. */
class FetchError extends Error {
  constructor(readonly status: number) {
    super(`Request failed with ${status}`);
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new FetchError(response.status);
  return (await response.json()) as T;
}
