// The project's schema contains every type, field, argument and value of the public contract.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildASTSchema,
  buildSchema,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from "graphql";
import { describe, expect, test } from "vitest";
import { projectRoot } from "../../src/db/project-root.js";
import { loadTypeDefs } from "../../src/graphql/schema.js";

/** A verbatim copy of the shared contract (graphql-contract.graphql v1). */
const contractPath = join(projectRoot(), "tests", "graphql", "contract.graphql");
const contract = buildSchema(readFileSync(contractPath, "utf8"));
const ours = buildASTSchema(loadTypeDefs());

function fieldsOf(type: GraphQLNamedType) {
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
    return type.getFields();
  return {};
}

const contractTypes = Object.values(contract.getTypeMap()).filter((t) => !t.name.startsWith("__"));

describe("schema/*.graphql is a superset of the contract", () => {
  test.each(contractTypes.map((t) => [t.name, t] as const))("%s", (name, type) => {
    const mine = ours.getType(name);
    expect(mine, `type ${name}`).toBeDefined();
    if (!mine) return;
    expect(mine.constructor.name).toBe(type.constructor.name);
    for (const [fieldName, field] of Object.entries(fieldsOf(type))) {
      const myField = fieldsOf(mine)[fieldName];
      expect(myField, `${name}.${fieldName}`).toBeDefined();
      if (!myField) continue;
      expect(String(myField.type), `${name}.${fieldName} type`).toBe(String(field.type));
      if ("args" in field && "args" in myField) {
        for (const arg of field.args) {
          const myArg = myField.args.find((a) => a.name === arg.name);
          expect(myArg, `${name}.${fieldName}(${arg.name})`).toBeDefined();
          expect(String(myArg?.type)).toBe(String(arg.type));
          expect(myArg?.defaultValue).toEqual(arg.defaultValue);
        }
      }
    }
    if (isEnumType(type) && isEnumType(mine)) {
      const values = mine.getValues().map((v) => v.name);
      for (const v of type.getValues()) expect(values).toContain(v.name);
    }
    if (isUnionType(type) && isUnionType(mine)) {
      expect(
        mine
          .getTypes()
          .map((t) => t.name)
          .sort(),
      ).toEqual(
        type
          .getTypes()
          .map((t) => t.name)
          .sort(),
      );
    }
    if (isObjectType(type) && isObjectType(mine)) {
      const interfaces = mine.getInterfaces().map((i) => i.name);
      for (const i of type.getInterfaces()) expect(interfaces).toContain(i.name);
    }
  });

  test("Visit.status is a non-null VisitStatus of COMPLETED and PLANNED", () => {
    const visit = ours.getType("Visit");
    expect(isObjectType(visit) && String(visit.getFields().status?.type)).toBe("VisitStatus!");
    const status = ours.getType("VisitStatus");
    expect(isEnumType(status) && status.getValues().map((v) => v.name)).toEqual([
      "COMPLETED",
      "PLANNED",
    ]);
  });
});
