/**
 * Measured rates kept between runs: the calibration file under the user's cache folder
 * ({@link io.portalis.accel.calibration.CalibrationFile}, a moving average per processing unit with an
 * age limit), the names units are kept under ({@link io.portalis.accel.calibration.UnitKeys}), one
 * run's priors and what it keeps ({@link io.portalis.accel.calibration.RunCalibration}), and the
 * built-in corpus {@code calibrate} measures on. Uses {@code strategy} (for its rates) and
 * {@code hardware} (for device facts); the strategy package knows nothing of files.
 */
package io.portalis.accel.calibration;
