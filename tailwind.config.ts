import type { Config } from "tailwindcss";

// Tailwind 4 reads its theme from CSS; this file (loaded via @config in app/globals.css)
// keeps the brand palette and font stack in one typed place.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef6ff", 100: "#d9eaff", 500: "#2f6fed", 600: "#1f57c9", 700: "#1b469f", 900: "#14264f" },
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
    },
  },
} satisfies Config;
