import { z } from "zod";

export const FILE_PROBLEM_CODES = [
  "empty_file",
  "header_only",
  "missing_columns",
  "too_many_columns",
  "binary_file",
  "unterminated_quote",
  "field_too_large",
  "file_too_large",
] as const;

/** A problem with the file as a whole: nothing of it can be imported until it is fixed. */
export const fileProblemSchema = z.object({
  code: z.enum(FILE_PROBLEM_CODES),
  message: z.string(),
  fix: z.string(),
  line: z.number().int().positive().nullable(),
  column: z.string().nullable(),
});
export type FileProblem = z.infer<typeof fileProblemSchema>;

export class ImportFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`${problem.message} ${problem.fix}`);
    this.name = "ImportFileError";
  }
}

export function isImportFileError(e: unknown): e is ImportFileError {
  return e instanceof ImportFileError;
}
