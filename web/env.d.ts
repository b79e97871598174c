// Types for what the bundler supplies: operation files as text, Monaco's worker hook.
declare module "*.graphql" {
  const text: string;
  export default text;
}

declare module "*.css";

declare var MonacoEnvironment: { getWorker(id: string, label: string): Worker } | undefined;
