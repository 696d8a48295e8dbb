"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Result } from "@/lib/result";

/** Runs a server action, keeps its error message, and refreshes the page on success. */
export function useAction<I, T>(action: (input: I) => Promise<Result<T>>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [data, setData] = useState<T | null>(null);
  const [done, setDone] = useState(false);
  const execute = (input: I, onSuccess?: (data: T) => void) =>
    startTransition(async () => {
      setError(null);
      setDone(false);
      const res = await action(input);
      if (!res.ok) return setError(res.error.message);
      setData(res.data);
      setDone(true);
      onSuccess?.(res.data);
      router.refresh();
    });
  return { execute, pending, error, data, done };
}
