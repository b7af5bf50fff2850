/**
 * From findings to what to change: {@link dev.upgraderisk.scanner.plan.FindingGroup} gathers the findings on one
 * package version, {@link dev.upgraderisk.scanner.plan.FixPlan} the upgrades that end them. Reports put the plan
 * first.
 */
package dev.upgraderisk.scanner.plan;
