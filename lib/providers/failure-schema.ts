/**
 * A provider failure as a route sends it to the browser. The reasons are listed with the provider SDK, which
 * the browser must not load; the UI words any reason, an unknown one as "unexpected".
 */
import { z } from "zod";
import type { ProviderFailure } from "./errors";

export const providerFailureSchema = z.custom<ProviderFailure>((value) => typeof value === "string");
