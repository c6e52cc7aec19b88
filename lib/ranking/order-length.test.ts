import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../result";
import { MAX_ORDER_LENGTH, orderSchema } from "../content-schema";

const ids = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe("a complete new order sent whole", () => {
  it("may name more than 10,000 entries, up to 100,000", () => {
    expect(orderSchema.safeParse({ ids: ids(10_001), version: 3 }).success).toBe(true);
    expect(orderSchema.safeParse({ ids: ids(MAX_ORDER_LENGTH), version: 3 }).success).toBe(true);
  });

  it("beyond that, says the limit and the single move to use instead", () => {
    const parsed = orderSchema.safeParse({ ids: ids(MAX_ORDER_LENGTH + 1), version: 3 });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!.issues)).toEqual({
      ids: ["A new order can name at most 100,000 ids. For a longer list, move entries one at a time (POST /api/editor/cities/<id>/move)."],
    });
  });
});
