/** The part of addons-linter's (untyped) API the Firefox test uses. */
declare module 'addons-linter' {
  interface LinterMessage {
    code: string;
    message: string;
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): {
      run(): Promise<{ errors: LinterMessage[]; warnings: LinterMessage[] }>;
    };
  };
  export default linter;
}
