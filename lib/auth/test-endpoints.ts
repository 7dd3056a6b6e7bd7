/** Every server action and route handler under app/, loaded, for the authorization matrix test. */
import fs from "node:fs";
import path from "node:path";
import { outsidePolicy } from "./policy";

const APP = path.resolve("app");

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, match);
    return match(entry.name) ? [full] : [];
  });
}

/** "app/(app)/jobs/new/files/route.ts" → "/jobs/new/files" */
function routePath(file: string): string {
  const dir = path.relative(APP, path.dirname(file)).split(path.sep);
  return `/${dir.filter((part) => !/^\(.*\)$/.test(part)).join("/")}`;
}

type ActionFn = (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;
type RouteFn = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Loads every action and route module; call it after mocking what they import from Next. */
export async function findEndpoints() {
  const actionFiles = filesUnder(APP, (name) => /actions\.ts$/.test(name)).filter((file) =>
    fs.readFileSync(file, "utf8").startsWith('"use server"'),
  );
  const routeFiles = filesUnder(APP, (name) => name === "route.ts");

  const actions: { name: string; run: ActionFn }[] = [];
  const routes: { key: string; path: string; run: RouteFn }[] = [];
  for (const file of actionFiles) {
    for (const [name, run] of Object.entries(await import(file))) {
      if (typeof run === "function") actions.push({ name, run: run as ActionFn });
    }
  }
  for (const file of routeFiles) {
    const route = routePath(file);
    if (route.startsWith(outsidePolicy.routePrefix)) continue;
    for (const [method, run] of Object.entries(await import(file))) {
      if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(method))
        routes.push({ key: `${method} ${route}`, path: route, run: run as RouteFn });
    }
  }
  const guardedActions = actions.filter((action) => !outsidePolicy.actions.includes(action.name));
  const TOKEN_ROUTES = "/api/v1/";
  const guardedRoutes = routes.filter(
    (route) => !outsidePolicy.routes.includes(route.key) && !route.path.startsWith(TOKEN_ROUTES),
  );
  /** The REST API: called with a personal API token instead of a session. */
  const tokenRoutes = routes.filter(
    (route) => !outsidePolicy.routes.includes(route.key) && route.path.startsWith(TOKEN_ROUTES),
  );
  return { actions, routes, guardedActions, guardedRoutes, tokenRoutes };
}
