/**
 * How each of the API's command-line tools ends: with the code its work returns, or, when it
 * throws, with the sentence `failed` makes of the error on stderr and `failureCode`.
 */
export function runCommandLine(main: () => Promise<number>, failed: (message: string) => string = (message) => message, failureCode = 1): void {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(failed(error.message));
      process.exit(failureCode);
    },
  );
}
