// markdownlint-cli2 ships JavaScript with JSDoc types only; this is the part of its API the checks use.
// https://github.com/DavidAnson/markdownlint-cli2#api
declare module 'markdownlint-cli2' {
  export type MarkdownlintResult = {
    fileName: string;
    lineNumber: number;
    ruleNames: string[];
    ruleDescription: string;
    ruleInformation?: string | null;
    errorDetail?: string | null;
    errorContext?: string | null;
  };
  export type OutputFormatter = (options: { results: MarkdownlintResult[] }) => void;
  export function main(params: {
    directory?: string;
    argv?: string[];
    optionsOverride?: { outputFormatters?: [OutputFormatter, ...unknown[]][] };
    logMessage?: (message: string) => void;
    logError?: (message: string) => void;
  }): Promise<number>;
}
