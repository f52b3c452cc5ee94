export const TOKEN_STORAGE_KEY = 'openlicense.token';

/** The bearer token lives in localStorage so a reload keeps you signed in. */
export const tokenStore = {
  get(): string | null {
    try {
      return localStorage.getItem(TOKEN_STORAGE_KEY);
    } catch {
      return null;
    }
  },
  set(token: string): void {
    localStorage.setItem(TOKEN_STORAGE_KEY, token);
  },
  clear(): void {
    try {
      localStorage.removeItem(TOKEN_STORAGE_KEY);
    } catch {
      // Storage unavailable: nothing was stored either.
    }
  },
};
