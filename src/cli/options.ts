// Option parsers shared by the command-line entry points.
import { InvalidArgumentError } from "commander";

/** A whole number above zero, e.g. `--batch-size 100`. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new InvalidArgumentError(`must be a positive whole number, not ${value}`);
  }
  return n;
}

/** A whole number, zero allowed, e.g. `--synthetic 0` to skip a part. */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`not a whole number: ${value}`);
  return n;
}
