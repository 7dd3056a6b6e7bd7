/** Runs once before the browser tests: work every test worker would otherwise repeat within a test's time. */
import { readSpec } from "./sandbox/openapi";

export default function globalSetup() {
  readSpec();
}
