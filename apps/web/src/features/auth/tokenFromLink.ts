/** The token of an e-mailed link: in the fragment (#token=…), which browsers never send to a server. */
export const tokenFromLink = (hash: string): string => new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
