import { toNextJsHandler } from "better-auth/next-js";
import { NextResponse, type NextRequest } from "next/server";
import { getAuth } from "@/server/auth/auth";

// Accounts are created only by setup, invites and the CLI (server-side), never by open sign-up.
const CLOSED = ["/api/auth/sign-up"];

export async function GET(req: NextRequest) {
  return toNextJsHandler(getAuth()).GET(req);
}

export async function POST(req: NextRequest) {
  if (CLOSED.some((p) => req.nextUrl.pathname.startsWith(p))) {
    return NextResponse.json({ error: { code: "forbidden", message: "Sign-up is by invitation only." } }, { status: 403 });
  }
  return toNextJsHandler(getAuth()).POST(req);
}
