import { describe, expect, it } from "vitest";
import { movementLabel, movementOf } from "./movement";

describe("a city's movement since the previous edition", () => {
  it("counts places up and down from the two ranks", () => {
    expect(movementOf(1, 3, true)).toEqual({ kind: "up", places: 2 });
    expect(movementOf(5, 4, true)).toEqual({ kind: "down", places: 1 });
    expect(movementOf(7, 7, true)).toEqual({ kind: "same" });
  });

  it("tells a city new to the ranking from one coming back after a missed edition", () => {
    expect(movementOf(2, null, false)).toEqual({ kind: "new" });
    expect(movementOf(2, null, true)).toEqual({ kind: "back" });
  });

  it("says in words what the arrows show", () => {
    expect(movementLabel({ kind: "up", places: 2 }, 2024)).toEqual({ shown: "\u25b22", spoken: "Up 2 places since 2024" });
    expect(movementLabel({ kind: "down", places: 1 }, 2024)).toEqual({ shown: "\u25bc1", spoken: "Down 1 place since 2024" });
    expect(movementLabel({ kind: "same" }, 2024).spoken).toBe("Same rank as in 2024");
    expect(movementLabel({ kind: "new" }, 2024)).toEqual({ shown: "new", spoken: "New since 2024" });
    expect(movementLabel({ kind: "back" }, 2023).spoken).toBe("Back after missing the 2023 edition");
  });
});
