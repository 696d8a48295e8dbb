import { describe, expect, it } from "vitest";
import { peekStream } from "./peek-stream";

async function* chunks(...parts: string[]) {
  for (const p of parts) yield new TextEncoder().encode(p);
}
async function collect(s: AsyncIterable<Uint8Array>) {
  let out = "";
  for await (const c of s) out += new TextDecoder().decode(c);
  return out;
}

describe("peekStream", () => {
  it("returns the head and replays the whole stream once", async () => {
    const { head, stream } = await peekStream(chunks("abc", "def", "ghi"), 4);
    expect(new TextDecoder().decode(head)).toBe("abcd");
    expect(await collect(stream)).toBe("abcdefghi");
  });
  it("handles a stream shorter than the head", async () => {
    const { head, stream } = await peekStream(chunks("ab"), 10);
    expect(new TextDecoder().decode(head)).toBe("ab");
    expect(await collect(stream)).toBe("ab");
  });
});
