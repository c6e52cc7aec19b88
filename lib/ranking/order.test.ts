import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clampPosition, moveInOrder, orderProblem } from "./order";

describe("moving an entry in an ordered list", () => {
  it("moves an entry down and up, keeping the others in order", () => {
    expect(moveInOrder([1, 2, 3, 4, 5], 2, 4)).toEqual([1, 3, 4, 2, 5]);
    expect(moveInOrder([1, 2, 3, 4, 5], 5, 1)).toEqual([5, 1, 2, 3, 4]);
    expect(moveInOrder([1, 2, 3], 2, 2)).toEqual([1, 2, 3]);
  });

  it("clamps a rank beyond either end to the first or last place", () => {
    expect(moveInOrder([1, 2, 3], 1, 99)).toEqual([2, 3, 1]);
    expect(moveInOrder([1, 2, 3], 3, -4)).toEqual([3, 1, 2]);
    expect(clampPosition(0, 0)).toBe(1);
  });

  it("always yields a permutation with the entry at the clamped position", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 60 }), fc.nat(), fc.integer({ min: -100, max: 200 }), (order, pick, to) => {
        const id = order[pick % order.length]!;
        const moved = moveInOrder(order, id, to);
        expect([...moved].sort()).toEqual([...order].sort());
        expect(moved.indexOf(id) + 1).toBe(clampPosition(to, order.length));
        expect(moved.filter((other) => other !== id)).toEqual(order.filter((other) => other !== id));
      }),
    );
  });
});

describe("checking a complete new order", () => {
  it("accepts any permutation of the current ids", () => {
    expect(orderProblem([1, 2, 3], [3, 1, 2])).toBeNull();
  });

  it("names duplicates, unknown and missing ids", () => {
    expect(orderProblem([1, 2, 3], [1, 1, 3])).toMatch(/more than once: 1.*missing: 2/);
    expect(orderProblem([1, 2, 3], [1, 2, 3, 9])).toMatch(/not in the published list: 9/);
    expect(orderProblem([1, 2, 3], [])).toMatch(/missing: 1, 2, 3/);
  });
});
