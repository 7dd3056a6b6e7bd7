/** Turns zod issues into translatable field errors (the first problem of each field). */
import type { z } from "zod";
import type { FieldError, FieldErrors } from "./errors";

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "number") return { code: "tooLow", params: { min: Number(issue.minimum) } };
      return Number(issue.minimum) <= 1 && issue.origin === "string"
        ? { code: "required" }
        : { code: "tooShort", params: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "number") return { code: "tooHigh", params: { max: Number(issue.maximum) } };
      return { code: "tooLong", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      if (issue.format === "email") return { code: "invalidEmail" };
      if (issue.format === "url") return { code: "invalidUrl" };
      // A regex carries its own message key (e.g. invalidApiVersion).
      return { code: issue.format === "regex" ? issue.message : "invalidFormat" };
    case "invalid_type":
      return { code: "required" };
    case "invalid_value":
    case "invalid_union":
      return { code: "invalidChoice" };
    case "custom":
      // Our refinements name their message key (e.g. invalidUrl), and may give its values.
      return issue.params ? { code: issue.message, params: issue.params } : { code: issue.message };
    default:
      return { code: "invalidFormat" };
  }
}

/** Issues without a path (the input as a whole is not what the schema wants) leave only the invalid_input code. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    if (key) fields[key] ??= toFieldError(issue);
  }
  return fields;
}
