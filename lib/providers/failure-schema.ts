/** A provider failure as a route sends it to the browser; one the UI does not know reads as "unexpected". */
import { z } from "zod/mini";
import { PROVIDER_FAILURES } from "./failures";

export const providerFailureSchema = z.catch(z.enum(PROVIDER_FAILURES), "unexpected");
