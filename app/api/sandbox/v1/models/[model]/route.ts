import { sandboxRoute } from "@/lib/sandbox/http";
import { deleteModel, retrieveModel } from "@/lib/sandbox/model-catalog";

type Params = { model: string };

export const GET = sandboxRoute<Params>(async ({ connection, params }) =>
  retrieveModel(connection, decodeURIComponent(params.model)),
);

export const DELETE = sandboxRoute<Params>(async ({ connection, params }) =>
  deleteModel(connection, decodeURIComponent(params.model)),
);
