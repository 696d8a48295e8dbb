const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const looksLikeEmail = (s: string): boolean => EMAIL.test(s.trim());

/** E-mail as a key: trimmed and lowercased, so "Anna@X.nl " and "anna@x.nl" are one customer. */
export const normalizeEmail = (raw: string): string => raw.trim().toLowerCase();

/** Phone as a key: without spaces, dashes, dots and brackets, so "+31 6-1234 5678" and "+31612345678" match. */
export const normalizePhone = (raw: string): string =>
  raw
    .trim()
    .toLowerCase()
    .replace(/[\s\-.()/]/g, "");
