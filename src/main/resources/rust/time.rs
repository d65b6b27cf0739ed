/// Python's `time` module, the clocks and `sleep` only: `perf_counter`, `monotonic`, `time`,
/// `process_time` (and their `_ns` forms). Their values differ per run, as CPython's.
#[allow(dead_code)]
mod time {

    /// The instant the clocks of `perf_counter` and `monotonic` count from.
    fn origin() -> std::time::Instant {
        thread_local! {
            static ORIGIN: std::time::Instant = std::time::Instant::now();
        }
        ORIGIN.with(|o| *o)
    }

    pub fn perf_counter_ns() -> i64 {
        origin().elapsed().as_nanos() as i64
    }

    pub fn perf_counter() -> f64 {
        origin().elapsed().as_secs_f64()
    }

    pub fn monotonic_ns() -> i64 {
        perf_counter_ns()
    }

    pub fn monotonic() -> f64 {
        perf_counter()
    }

    pub fn time_ns() -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as i64)
            .unwrap_or(0)
    }

    pub fn time() -> f64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0)
    }

    /// The CPU time of the process: Linux's /proc/self/schedstat (nanoseconds on the CPU),
    /// or, where that cannot be read, the time since the clocks' origin.
    pub fn process_time_ns() -> i64 {
        std::fs::read_to_string("/proc/self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
            .unwrap_or_else(perf_counter_ns)
    }

    pub fn process_time() -> f64 {
        process_time_ns() as f64 / 1e9
    }

    /// `time.sleep(seconds)`.
    pub fn sleep(seconds: f64) -> super::py::PyResult<()> {
        if seconds.is_nan() {
            return super::py::raise("ValueError", "Invalid value NaN (not a number)");
        }
        if seconds < 0.0 {
            return super::py::raise("ValueError", "sleep length must be non-negative");
        }
        if seconds.is_infinite() || seconds > 1e15 {
            return super::py::raise(
                "OverflowError",
                "timestamp out of range for platform time_t",
            );
        }
        std::thread::sleep(std::time::Duration::from_secs_f64(seconds));
        Ok(())
    }
}
