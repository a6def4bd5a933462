// pako 1 ships no types; this is the part of its API the pipeline uses.
declare module 'pako' {
  const pako: {
    deflateRaw(data: Uint8Array, options?: { level?: number }): Uint8Array;
  };
  export default pako;
}
