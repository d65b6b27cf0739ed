/**
 * Whole projects: the module index that lets a project's modules import each other
 * ({@link io.portalis.accel.project.ProjectIndex}), the Cargo crate they become
 * ({@link io.portalis.accel.project.CrateLayout}), and the check that the crate behaves as CPython
 * does on the project's own main modules ({@link io.portalis.accel.project.CrateVerifier}).
 */
package io.portalis.accel.project;
