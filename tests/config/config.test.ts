import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, loadServerConfig } from "../../src/config/index.js";

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
    expect(loadConfig({ MONGODB_URI: "", MONGODB_DB: "" })).toMatchObject({
      mongodbUri: undefined,
      mongodbDb: "diplograph",
    });
  });

  it.each(["development", "test", "production"])(
    "refuses an empty API_KEY in %s: it never means that writes are open",
    (mode) => {
      expect(() => loadConfig({ NODE_ENV: mode, API_KEY: "" })).toThrow(/API_KEY="": an empty key/);
    },
  );

  it("reads DISABLE_WRITES, off by default", () => {
    expect(loadConfig({}).writesDisabled).toBe(false);
    expect(loadConfig({ DISABLE_WRITES: "true" }).writesDisabled).toBe(true);
    expect(() => loadConfig({ DISABLE_WRITES: "maybe" })).toThrow(/DISABLE_WRITES=/);
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

describe("loadServerConfig in production", () => {
  const uri = "mongodb://db.example:27017";
  const key = "a-long-enough-key";

  it.each([
    ["no MONGODB_URI", { API_KEY: key }, /MONGODB_URI is required with NODE_ENV=production/],
    ["no API_KEY", { MONGODB_URI: uri }, /API_KEY is required .* DISABLE_WRITES=true/],
    ["an empty API_KEY", { MONGODB_URI: uri, API_KEY: "" }, /API_KEY="": an empty key/],
    [
      "an empty API_KEY even with writes disabled",
      { MONGODB_URI: uri, API_KEY: "", DISABLE_WRITES: "true" },
      /API_KEY="": an empty key/,
    ],
    ["DISABLE_WRITES=false and no key", { MONGODB_URI: uri, DISABLE_WRITES: "false" }, /API_KEY/],
  ])("refuses %s", (_, env, message) => {
    const load = () => loadServerConfig({ NODE_ENV: "production", ...env });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });

  it("names every problem on one line", () => {
    try {
      loadServerConfig({ NODE_ENV: "production" });
      expect.unreachable();
    } catch (err) {
      const line = (err as ConfigError).oneLine();
      expect(line).not.toContain("\n");
      expect(line).toMatch(/MONGODB_URI.*; API_KEY/);
    }
  });

  it("starts with a key, or read-only without one", () => {
    expect(
      loadServerConfig({ NODE_ENV: "production", MONGODB_URI: uri, API_KEY: key }),
    ).toMatchObject({ production: true, apiKey: key, writesDisabled: false });
    expect(
      loadServerConfig({ NODE_ENV: "production", MONGODB_URI: uri, DISABLE_WRITES: "true" }),
    ).toMatchObject({ production: true, apiKey: undefined, writesDisabled: true });
  });

  it("asks nothing more outside production", () => {
    expect(loadServerConfig({})).toMatchObject({ mongodbUri: undefined, apiKey: undefined });
  });
});
