import { describe, expect, it } from "vitest";
import { baseUrlOf, trustedOrigins } from "./trusted-origins";

describe("trustedOrigins", () => {
  it("is LIFTBOARD_URL's origin, with the loopback twin of a local address", () => {
    expect(trustedOrigins("https://liftboard.example.nl/")).toEqual(["https://liftboard.example.nl"]);
    expect(trustedOrigins("http://localhost:3100")).toEqual(["http://localhost:3100", "http://127.0.0.1:3100"]);
    expect(trustedOrigins("http://127.0.0.1:3000")).toEqual(["http://127.0.0.1:3000", "http://localhost:3000"]);
  });

  it("falls back to localhost on PORT", () => {
    expect(baseUrlOf({}, "3200")).toBe("http://localhost:3200");
    expect(baseUrlOf({ LIFTBOARD_URL: "https://a.example" }, "3200")).toBe("https://a.example");
  });
});
