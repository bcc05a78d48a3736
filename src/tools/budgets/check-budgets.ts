import { BYTE_BUDGETS, type ByteBudget, type MeasuredSizes } from './budgets.ts';

/** A budget against the built site. */
export interface BudgetCheck {
  readonly budget: ByteBudget;
  /** Gzipped bytes measured. */
  readonly actual: number;
  readonly withinLimit: boolean;
  /** Whether the site meets the budget's target; undefined when it has none. */
  readonly meetsTarget: boolean | undefined;
}

/** Checks `sizes` against each of `budgets` (by default the project's `BYTE_BUDGETS`). */
export function checkBudgets(
  sizes: MeasuredSizes,
  budgets: readonly ByteBudget[] = BYTE_BUDGETS,
): BudgetCheck[] {
  return budgets.map((budget) => {
    const actual = budget.measure(sizes);
    return {
      budget,
      actual,
      withinLimit: actual <= budget.limit,
      meetsTarget: budget.target === undefined ? undefined : actual <= budget.target,
    };
  });
}
