import { sandboxRoute } from "@/lib/sandbox/http";
import { deleteModel, retrieveModel } from "@/lib/sandbox/model-catalog";

type Params = { model: string };

// Next has decoded the segment once; what is still encoded (an escaped "/") is decoded here. A "%" left after the
// first decoding is part of the name, not an escape: such a model is simply not found.
const modelName = ({ model }: Params) => {
  try {
    return decodeURIComponent(model);
  } catch {
    return model;
  }
};

export const GET = sandboxRoute<Params>(async ({ connection, params }) => retrieveModel(connection, modelName(params)));

export const DELETE = sandboxRoute<Params>(async ({ connection, params }) =>
  deleteModel(connection, modelName(params)),
);
