import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/index.js";

describe("loadConfig", () => {
  it("gives the documented defaults", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 4000,
      mongodbUri: undefined,
      mongodbDb: "diplograph",
      apiKey: undefined,
      nodeEnv: "development",
      production: false,
      introspection: true,
      maxFileBytes: 2 * 1024 * 1024,
    });
  });

  it("turns introspection off in production unless asked", () => {
    expect(loadConfig({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", INTROSPECTION: "true" }).introspection).toBe(true);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ API_KEY: "", MONGODB_URI: "" })).toMatchObject({
      apiKey: undefined,
      mongodbUri: undefined,
    });
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["MONGODB_URI", "http://localhost"],
    ["MONGODB_DB", "bad name!"],
    ["NODE_ENV", "staging"],
    ["LOG_LEVEL", "loud"],
    ["API_KEY", "short"],
  ])("rejects %s=%s naming the variable", (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [key]: value })).toThrow(new RegExp(`${key}=`));
  });
});
