/**
 * The acceleration strategy executor, generic over task and result types and free of any GPU
 * library or transpiler code. {@link io.portalis.accel.strategy.StrategyManager} runs a batch on a
 * {@link io.portalis.accel.strategy.CpuExecutor} pool and/or a
 * {@link io.portalis.accel.strategy.GpuExecutor}, with the strategy chosen by
 * {@link io.portalis.accel.strategy.StrategySelector} or forced, and moves unfinished work from the
 * GPU to the CPU on a typed {@link io.portalis.accel.strategy.GpuFailure}. With measured rates
 * ({@link io.portalis.accel.strategy.RateMeter}, per unit {@code fixed + per-byte} costs),
 * {@link io.portalis.accel.strategy.MakespanPlanner} picks the plan with the soonest predicted end,
 * and a shared plan runs from one queue both units pull from, so they finish together.
 */
package io.portalis.accel.strategy;
