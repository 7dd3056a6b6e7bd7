import { deleteFile, getFileOrThrow, toFileObject } from "@/lib/sandbox/files";
import { sandboxRoute } from "@/lib/sandbox/http";

type Params = { fileId: string };

export const GET = sandboxRoute<Params>(async ({ connection, params }) =>
  toFileObject(await getFileOrThrow(connection, params.fileId)),
);

export const DELETE = sandboxRoute<Params>(async ({ connection, params }) => deleteFile(connection, params.fileId));
