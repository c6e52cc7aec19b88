/** See lib/public-cache-control.mjs. */
export declare const PUBLIC_CACHE_CONTROL: string;
