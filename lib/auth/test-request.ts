/** What the mocked next/headers, next/cache and next/navigation answer, for tests that call actions and routes. */
let current = new Headers();

/** The headers (and cookies) of the request the next action or route call sees. */
export function setRequestHeaders(headers: Headers): Headers {
  current = headers;
  return headers;
}

const cookieOf = (name: string) =>
  (current.get("cookie") ?? "")
    .split(/;\s*/)
    .map((pair) => pair.split("="))
    .find(([key]) => key === name)?.[1];

export const nextHeaders = {
  headers: async () => current,
  cookies: async () => ({
    get: (name: string) => {
      const value = cookieOf(name);
      return value === undefined ? undefined : { name, value };
    },
    set: () => undefined,
    delete: () => undefined,
  }),
};

export const nextCache = { revalidatePath: () => undefined, revalidateTag: () => undefined };

export const nextNavigation = {
  redirect: () => {
    throw new Error("redirect");
  },
  notFound: () => {
    throw new Error("notFound");
  },
};
