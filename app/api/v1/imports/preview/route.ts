import { Readable } from "node:stream";
import { z } from "zod";
import { getDb } from "@/db";
import { findImportFormat } from "@/db/queries/imports/import-formats";
import { jsonError } from "@/server/auth/api-route";
import { resolveImportCaller } from "@/server/auth/import-caller";
import { CSV_KINDS, detectFormat, importFormatSchema, isImportFileError, parseRows, SAMPLE_BYTES, type RowBatch } from "@/lib/import";
import { AppFailure } from "@/lib/result";

const query = z.object({
  workspace: z.string().optional(),
  kind: z.enum(CSV_KINDS).optional(),
  totalBytes: z.coerce.number().int().positive().optional(),
  format: z.string().optional(),
});

/** POST the first megabyte of a file: the detected (or saved, or corrected) format and the first
 * 20 rows as they will be read. */
export async function POST(req: Request) {
  const q = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success) return jsonError("invalid_input", q.error.issues[0].message);
  try {
    const caller = await resolveImportCaller(req, q.data.workspace);
    const sample = new Uint8Array(await req.arrayBuffer()).subarray(0, SAMPLE_BYTES);
    const detection = detectFormat(sample, { totalBytes: q.data.totalBytes, kind: q.data.kind });
    const saved = q.data.format ? null : findImportFormat(getDb(), caller.workspace.id, detection.format.headerSignature);
    const format = q.data.format ? importFormatSchema.parse(JSON.parse(q.data.format)) : (saved ?? detection.format);
    const rows: { records: RowBatch["records"][number][]; rejections: RowBatch["rejections"] } = { records: [], rejections: [] };
    // The sample may end mid-row: parse only whole lines of it.
    const whole = q.data.totalBytes && sample.length < q.data.totalBytes ? sample.subarray(0, sample.lastIndexOf(10) + 1) : sample;
    try {
      for await (const batch of parseRows(Readable.from([whole]), { format, timeZone: caller.workspace.timezone, batchSize: 20 })) {
        rows.records.push(...batch.records);
        rows.rejections.push(...batch.rejections);
        if (rows.records.length + rows.rejections.length >= 20) break;
      }
    } catch (e) {
      if (!isImportFileError(e)) throw e;
      return Response.json({ detection, format, savedFormat: saved !== null, rows, problem: e.problem });
    }
    return Response.json({ detection, format, savedFormat: saved !== null, rows, problem: null }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof AppFailure) return jsonError(e.code, e.message);
    if (isImportFileError(e)) return jsonError("invalid_input", e.message);
    if (e instanceof z.ZodError || e instanceof SyntaxError) return jsonError("invalid_input", `The format is not valid: ${e.message}`);
    throw e;
  }
}
