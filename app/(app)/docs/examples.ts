/** The code samples of the API page, for one server address; the token comes from the FP_TOKEN variable. */
type Sample = { id: "curl" | "python" | "typescript"; code: string };

export function apiSamples(base: string): Sample[] {
  const curl = `export FP_TOKEN=fp_...   # Settings → API tokens
API=${base}

# 1. A dataset from a JSONL file (one chat example a line)
DATASET=$(curl -sf -X POST "$API/datasets?name=Support%20answers" \\
  -H "Authorization: Bearer $FP_TOKEN" -H "Content-Type: application/jsonl" \\
  --data-binary @train.jsonl | jq -r .id)

# 2. Freeze a version, 10 % kept for validation
VERSION=$(curl -sf -X POST "$API/datasets/$DATASET/versions" \\
  -H "Authorization: Bearer $FP_TOKEN" -H "Content-Type: application/json" \\
  -d '{"validationRatio": 0.1}' | jq -r .id)

# 3. Start a job on a connection (GET $API/connections lists them)
CONNECTION=$(curl -sf "$API/connections" -H "Authorization: Bearer $FP_TOKEN" | jq -r '.data[0].id')
JOB=$(curl -sf -X POST "$API/jobs" \\
  -H "Authorization: Bearer $FP_TOKEN" -H "Content-Type: application/json" \\
  -d "{\\"connectionId\\": \\"$CONNECTION\\", \\"model\\": \\"gpt-4.1-mini-2025-04-14\\", \\"versionId\\": \\"$VERSION\\"}" | jq -r .id)

# 4. Poll until it ends
curl -sf "$API/jobs/$JOB" -H "Authorization: Bearer $FP_TOKEN" | jq '{status, fineTunedModel}'

# 5. Chat with the fine-tuned model
curl -sf -X POST "$API/chat/completions" \\
  -H "Authorization: Bearer $FP_TOKEN" -H "Content-Type: application/json" \\
  -d "{\\"connectionId\\": \\"$CONNECTION\\", \\"model\\": \\"ft:...\\", \\"messages\\": [{\\"role\\": \\"user\\", \\"content\\": \\"Hello\\"}]}"`;

  const python = `import os, time, requests

API = "${base}"
session = requests.Session()
session.headers["Authorization"] = f"Bearer {os.environ['FP_TOKEN']}"

def call(method, path, **kwargs):
    response = session.request(method, API + path, **kwargs)
    if not response.ok:
        raise RuntimeError(response.json()["error"])  # {code, message, reason, fields, ref}
    return response.json()

with open("train.jsonl", "rb") as file:
    dataset = call("POST", "/datasets", params={"name": "Support answers"},
                   data=file, headers={"Content-Type": "application/jsonl"})
version = call("POST", f"/datasets/{dataset['id']}/versions", json={"validationRatio": 0.1})
connection = call("GET", "/connections")["data"][0]
job = call("POST", "/jobs", json={
    "connectionId": connection["id"],
    "model": "gpt-4.1-mini-2025-04-14",
    "versionId": version["id"],
})

while job["status"] not in ("succeeded", "failed", "cancelled"):
    time.sleep(30)
    job = call("GET", f"/jobs/{job['id']}")
print(job["status"], job["fineTunedModel"])

answer = call("POST", "/chat/completions", json={
    "connectionId": connection["id"],
    "model": job["fineTunedModel"],
    "messages": [{"role": "user", "content": "Hello"}],
})
print(answer["choices"][0]["message"]["content"])`;

  const typescript = `import fs from "node:fs";

const API = "${base}";
const headers = { Authorization: \`Bearer \${process.env.FP_TOKEN}\` };

async function call<T>(method: string, path: string, body?: BodyInit, type = "application/json"): Promise<T> {
  const response = await fetch(API + path, { method, body, headers: { ...headers, "Content-Type": type } });
  const json = await response.json();
  if (!response.ok) throw new Error(\`\${json.error.code}: \${json.error.message}\`);
  return json as T;
}

type Job = { id: string; status: string; fineTunedModel: string | null };

const jsonl = await fs.promises.readFile("train.jsonl");
const dataset = await call<{ id: string }>("POST", "/datasets?name=Support%20answers", jsonl, "application/jsonl");
const version = await call<{ id: string }>(
  "POST", \`/datasets/\${dataset.id}/versions\`, JSON.stringify({ validationRatio: 0.1 }),
);
const { data: connections } = await call<{ data: { id: string }[] }>("GET", "/connections");
const connectionId = connections[0].id;
let job = await call<Job>("POST", "/jobs", JSON.stringify({
  connectionId, model: "gpt-4.1-mini-2025-04-14", versionId: version.id,
}));

while (!["succeeded", "failed", "cancelled"].includes(job.status)) {
  await new Promise((resolve) => setTimeout(resolve, 30_000));
  job = await call<Job>("GET", \`/jobs/\${job.id}\`);
}

const answer = await call<{ choices: { message: { content: string } }[] }>("POST", "/chat/completions", JSON.stringify({
  connectionId, model: job.fineTunedModel, messages: [{ role: "user", content: "Hello" }],
}));
console.log(answer.choices[0].message.content);`;

  return [
    { id: "curl", code: curl },
    { id: "python", code: python },
    { id: "typescript", code: typescript },
  ];
}
