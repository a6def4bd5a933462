// The `hyphen` package ships no types; this is the part of its API the pipeline uses.
declare module 'hyphen/de/index.js' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const german: {
    hyphenateSync(text: string, options?: HyphenateOptions): string;
  };
  export default german;
}
