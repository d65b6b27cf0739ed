/// Python's `datetime` module as CPython 3.11 runs it, without time zones: `date`, `time`,
/// `datetime` and `timedelta` (naive values only), their arithmetic, printing, `strftime` as
/// glibc's under the C locale (with Python's own `%f`, `%z`, `%Z`) and `strptime` as
/// Lib/_strptime.py matches under the C locale. Ordinals count days from 0001-01-01 (day 1), as
/// the proleptic Gregorian calendar of Lib/datetime.py.
#[allow(dead_code)]
mod datetime {

    const MAX_ORDINAL: i64 = 3652059;
    const MAX_DELTA_DAYS: i64 = 999999999;
    const US_PER_DAY: i128 = 86_400_000_000;

    const DAYS_IN_MONTH: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const DAY_NAMES: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTH_NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];

    fn is_leap(y: i64) -> bool {
        y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
    }

    fn days_in_month(y: i64, m: i64) -> i64 {
        if m == 2 && is_leap(y) {
            29
        } else {
            DAYS_IN_MONTH[m as usize]
        }
    }

    fn days_before_year(y: i64) -> i64 {
        let y = y - 1;
        y * 365 + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)
    }

    fn days_before_month(y: i64, m: i64) -> i64 {
        (1..m).map(|k| days_in_month(y, k)).sum()
    }

    fn ymd_to_ordinal(y: i64, m: i64, d: i64) -> i64 {
        days_before_year(y) + days_before_month(y, m) + d
    }

    fn ordinal_to_ymd(n: i64) -> (i64, i64, i64) {
        let n = n - 1;
        let (n400, n) = (n.div_euclid(146097), n.rem_euclid(146097));
        let (n100, n) = (n / 36524, n % 36524);
        let (n4, n) = (n / 1461, n % 1461);
        let (n1, n) = (n / 365, n % 365);
        let year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
        if n1 == 4 || n100 == 4 {
            return (year - 1, 12, 31);
        }
        let mut month = 1;
        let mut left = n;
        while left >= days_in_month(year, month) {
            left -= days_in_month(year, month);
            month += 1;
        }
        (year, month, left + 1)
    }

    fn iso_week1_monday(year: i64) -> i64 {
        let first = ymd_to_ordinal(year, 1, 1);
        let first_weekday = (first + 6) % 7;
        let monday = first - first_weekday;
        if first_weekday > 3 {
            monday + 7
        } else {
            monday
        }
    }

    /// CPython reads each int argument as a C int first.
    fn c_int(v: i64) -> super::py::PyResult<i64> {
        if v > i32::MAX as i64 {
            super::py::raise("OverflowError", "signed integer is greater than maximum")
        } else if v < i32::MIN as i64 {
            super::py::raise("OverflowError", "signed integer is less than minimum")
        } else {
            Ok(v)
        }
    }

    fn check_date(y: i64, m: i64, d: i64) -> super::py::PyResult<()> {
        let (y, m, d) = (c_int(y)?, c_int(m)?, c_int(d)?);
        if !(1..=9999).contains(&y) {
            return super::py::raise("ValueError", format!("year {} is out of range", y));
        }
        if !(1..=12).contains(&m) {
            return super::py::raise("ValueError", "month must be in 1..12");
        }
        if d < 1 || d > days_in_month(y, m) {
            return super::py::raise("ValueError", "day is out of range for month");
        }
        Ok(())
    }

    fn check_time(h: i64, mi: i64, s: i64, us: i64) -> super::py::PyResult<()> {
        let (h, mi, s, us) = (c_int(h)?, c_int(mi)?, c_int(s)?, c_int(us)?);
        if !(0..=23).contains(&h) {
            return super::py::raise("ValueError", "hour must be in 0..23");
        }
        if !(0..=59).contains(&mi) {
            return super::py::raise("ValueError", "minute must be in 0..59");
        }
        if !(0..=59).contains(&s) {
            return super::py::raise("ValueError", "second must be in 0..59");
        }
        if !(0..=999999).contains(&us) {
            return super::py::raise("ValueError", "microsecond must be in 0..999999");
        }
        Ok(())
    }

    fn out_of_range<T>() -> super::py::PyResult<T> {
        super::py::raise("OverflowError", "date value out of range")
    }

    /// A hash as CPython's of a value's packed bytes: SipHash-1-3 of the bytes, which is what
    /// the prelude computes for a str whose code points are those bytes.
    fn bytes_hash(bytes: &[u8]) -> i64 {
        let s: String = bytes.iter().map(|&b| b as char).collect();
        super::py::PyHash::py_hash(&s)
    }

    // ------------------------------------------------------------------ date

    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
    pub struct Date {
        y: i64,
        m: i64,
        d: i64,
    }

    /// `date(year, month, day)`.
    pub fn date(y: i64, m: i64, d: i64) -> super::py::PyResult<Date> {
        check_date(y, m, d)?;
        Ok(Date { y, m, d })
    }

    pub fn date_min() -> Date {
        Date { y: 1, m: 1, d: 1 }
    }

    pub fn date_max() -> Date {
        Date {
            y: 9999,
            m: 12,
            d: 31,
        }
    }

    /// `date.fromordinal(n)`.
    pub fn date_fromordinal(n: i64) -> super::py::PyResult<Date> {
        let n = c_int(n)?;
        if n < 1 {
            return super::py::raise("ValueError", "ordinal must be >= 1");
        }
        let (y, m, d) = ordinal_to_ymd(n);
        date(y, m, d)
    }

    /// `date.fromisocalendar(year, week, day)`.
    pub fn date_fromisocalendar(year: i64, week: i64, day: i64) -> super::py::PyResult<Date> {
        if !(1..=9999).contains(&year) {
            return super::py::raise("ValueError", format!("Year is out of range: {}", year));
        }
        if !(1..53).contains(&week) {
            let first_weekday = ymd_to_ordinal(year, 1, 1) % 7;
            if !(week == 53 && (first_weekday == 4 || (first_weekday == 3 && is_leap(year)))) {
                return super::py::raise("ValueError", format!("Invalid week: {}", week));
            }
        }
        if !(1..=7).contains(&day) {
            return super::py::raise(
                "ValueError",
                format!("Invalid day: {} (range is [1, 7])", day),
            );
        }
        let ordinal = iso_week1_monday(year) + (week - 1) * 7 + (day - 1);
        date_fromordinal(ordinal)
    }

    /// `date.fromisoformat(s)`: YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D, YYYYWwwD.
    pub fn date_fromisoformat(s: &str) -> super::py::PyResult<Date> {
        let invalid = || {
            super::py::raise(
                "ValueError",
                format!("Invalid isoformat string: {}", super::py::repr_str(s)),
            )
        };
        let chars: Vec<char> = s.chars().collect();
        if ![7, 8, 10].contains(&chars.len()) || !chars.iter().all(|c| c.is_ascii()) {
            return invalid();
        }
        match parse_iso_date(&chars) {
            Some((y, m, d, false)) => date(y, m, d),
            Some((y, w, d, true)) => match date_fromisocalendar(y, w, d) {
                Ok(v) => Ok(v),
                Err(_) => invalid(),
            },
            None => invalid(),
        }
    }

    fn digits(chars: &[char]) -> Option<i64> {
        if chars.is_empty() || !chars.iter().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Some(
            chars
                .iter()
                .fold(0, |n, c| n * 10 + c.to_digit(10).unwrap() as i64),
        )
    }

    /// The fields of an ISO date of 7, 8 or 10 ASCII characters, and whether they are a week date.
    fn parse_iso_date(c: &[char]) -> Option<(i64, i64, i64, bool)> {
        let year = digits(&c[0..4])?;
        let sep = c[4] == '-';
        let mut pos = 4 + sep as usize;
        if c.get(pos) == Some(&'W') {
            pos += 1;
            let week = digits(c.get(pos..pos + 2)?)?;
            pos += 2;
            let mut day = 1;
            if c.len() > pos {
                if (c[pos] == '-') != sep {
                    return None;
                }
                pos += sep as usize;
                day = digits(c.get(pos..pos + 1)?)?;
                if pos + 1 != c.len() {
                    return None;
                }
            }
            return Some((year, week, day, true));
        }
        let month = digits(c.get(pos..pos + 2)?)?;
        pos += 2;
        if (c.get(pos) == Some(&'-')) != sep {
            return None;
        }
        pos += sep as usize;
        let day = digits(c.get(pos..pos + 2)?)?;
        if pos + 2 != c.len() {
            return None;
        }
        Some((year, month, day, false))
    }

    /// `date.today()`, in UTC (no time zones here).
    pub fn date_today() -> Date {
        datetime_now().date()
    }

    impl Date {
        pub fn year(&self) -> i64 {
            self.y
        }

        pub fn month(&self) -> i64 {
            self.m
        }

        pub fn day(&self) -> i64 {
            self.d
        }

        pub fn toordinal(&self) -> i64 {
            ymd_to_ordinal(self.y, self.m, self.d)
        }

        pub fn weekday(&self) -> i64 {
            (self.toordinal() + 6) % 7
        }

        pub fn isoweekday(&self) -> i64 {
            self.weekday() + 1
        }

        pub fn isocalendar(&self) -> IsoCalendarDate {
            let mut year = self.y;
            let today = self.toordinal();
            let mut monday = iso_week1_monday(year);
            let mut week = (today - monday).div_euclid(7);
            let day = (today - monday).rem_euclid(7);
            if week < 0 {
                year -= 1;
                monday = iso_week1_monday(year);
                week = (today - monday).div_euclid(7);
            } else if week >= 52 && today >= iso_week1_monday(year + 1) {
                year += 1;
                week = 0;
            }
            IsoCalendarDate {
                year,
                week: week + 1,
                weekday: day + 1,
            }
        }

        /// `replace(year=, month=, day=)`: each None keeps the field.
        pub fn replace(
            &self,
            y: Option<i64>,
            m: Option<i64>,
            d: Option<i64>,
        ) -> super::py::PyResult<Date> {
            date(
                y.unwrap_or(self.y),
                m.unwrap_or(self.m),
                d.unwrap_or(self.d),
            )
        }

        pub fn isoformat(&self) -> String {
            format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
        }

        pub fn ctime(&self) -> String {
            Datetime {
                date: *self,
                time: Time::midnight(),
            }
            .ctime()
        }

        pub fn strftime(&self, format: &str) -> super::py::PyResult<String> {
            strftime(&Fields::of(*self, Time::midnight()), format)
        }

        /// `date + timedelta` (only whole days count).
        pub fn add(&self, delta: Timedelta) -> super::py::PyResult<Date> {
            let n = self.toordinal() + delta.days;
            if !(1..=MAX_ORDINAL).contains(&n) {
                return out_of_range();
            }
            let (y, m, d) = ordinal_to_ymd(n);
            Ok(Date { y, m, d })
        }

        pub fn sub(&self, delta: Timedelta) -> super::py::PyResult<Date> {
            self.add(Timedelta {
                days: -delta.days,
                seconds: 0,
                us: 0,
            })
        }

        /// `date - date`.
        pub fn diff(&self, other: Date) -> Timedelta {
            Timedelta {
                days: self.toordinal() - other.toordinal(),
                seconds: 0,
                us: 0,
            }
        }
    }

    impl super::py::Show for Date {
        fn repr(&self) -> String {
            format!("datetime.date({}, {}, {})", self.y, self.m, self.d)
        }
        fn str(&self) -> String {
            self.isoformat()
        }
    }

    impl super::py::Format for Date {
        fn format(&self, spec: &str) -> super::py::PyResult<String> {
            if spec.is_empty() {
                Ok(self.isoformat())
            } else {
                self.strftime(spec)
            }
        }
    }

    impl super::py::PyOrd for Date {
        fn py_cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.cmp(other)
        }
    }

    impl super::py::PyHash for Date {
        fn py_hash(&self) -> i64 {
            bytes_hash(&[
                (self.y >> 8) as u8,
                self.y as u8,
                self.m as u8,
                self.d as u8,
            ])
        }
    }

    // ------------------------------------------------------------------ IsoCalendarDate

    /// What `isocalendar()` returns: a tuple of (year, week, weekday) that prints by name.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
    pub struct IsoCalendarDate {
        year: i64,
        week: i64,
        weekday: i64,
    }

    impl IsoCalendarDate {
        pub fn year(&self) -> i64 {
            self.year
        }

        pub fn week(&self) -> i64 {
            self.week
        }

        pub fn weekday(&self) -> i64 {
            self.weekday
        }

        pub fn items(&self) -> Vec<i64> {
            vec![self.year, self.week, self.weekday]
        }

        /// A loop over the three ints (whose steps never raise).
        pub fn iter(&self) -> impl Iterator<Item = super::py::PyResult<i64>> {
            self.items().into_iter().map(Ok)
        }

        /// The (year, week, weekday) tuple, for unpacking.
        pub fn tuple(&self) -> (i64, i64, i64) {
            (self.year, self.week, self.weekday)
        }

        pub fn len(&self) -> i64 {
            3
        }

        pub fn get(&self, index: i64) -> super::py::PyResult<i64> {
            let i = if index < 0 { index + 3 } else { index };
            if !(0..3).contains(&i) {
                return super::py::raise("IndexError", "tuple index out of range");
            }
            Ok(self.items()[i as usize])
        }

        pub fn contains(&self, value: &i64) -> bool {
            self.items().contains(value)
        }
    }

    impl super::py::Show for IsoCalendarDate {
        fn repr(&self) -> String {
            format!(
                "datetime.IsoCalendarDate(year={}, week={}, weekday={})",
                self.year, self.week, self.weekday
            )
        }
    }

    // ------------------------------------------------------------------ time

    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
    pub struct Time {
        h: i64,
        mi: i64,
        s: i64,
        us: i64,
    }

    /// `time(hour, minute, second, microsecond)`.
    pub fn time(h: i64, mi: i64, s: i64, us: i64) -> super::py::PyResult<Time> {
        check_time(h, mi, s, us)?;
        Ok(Time { h, mi, s, us })
    }

    pub fn time_min() -> Time {
        Time::midnight()
    }

    pub fn time_max() -> Time {
        Time {
            h: 23,
            mi: 59,
            s: 59,
            us: 999999,
        }
    }

    fn iso_time(h: i64, mi: i64, s: i64, us: i64, timespec: &str) -> super::py::PyResult<String> {
        let spec = if timespec == "auto" {
            if us != 0 {
                "microseconds"
            } else {
                "seconds"
            }
        } else {
            timespec
        };
        Ok(match spec {
            "hours" => format!("{:02}", h),
            "minutes" => format!("{:02}:{:02}", h, mi),
            "seconds" => format!("{:02}:{:02}:{:02}", h, mi, s),
            "milliseconds" => format!("{:02}:{:02}:{:02}.{:03}", h, mi, s, us / 1000),
            "microseconds" => format!("{:02}:{:02}:{:02}.{:06}", h, mi, s, us),
            _ => return super::py::raise("ValueError", "Unknown timespec value"),
        })
    }

    impl Time {
        fn midnight() -> Time {
            Time {
                h: 0,
                mi: 0,
                s: 0,
                us: 0,
            }
        }

        pub fn hour(&self) -> i64 {
            self.h
        }

        pub fn minute(&self) -> i64 {
            self.mi
        }

        pub fn second(&self) -> i64 {
            self.s
        }

        pub fn microsecond(&self) -> i64 {
            self.us
        }

        pub fn replace(
            &self,
            h: Option<i64>,
            mi: Option<i64>,
            s: Option<i64>,
            us: Option<i64>,
        ) -> super::py::PyResult<Time> {
            time(
                h.unwrap_or(self.h),
                mi.unwrap_or(self.mi),
                s.unwrap_or(self.s),
                us.unwrap_or(self.us),
            )
        }

        pub fn isoformat(&self, timespec: &str) -> super::py::PyResult<String> {
            iso_time(self.h, self.mi, self.s, self.us, timespec)
        }

        pub fn strftime(&self, format: &str) -> super::py::PyResult<String> {
            let day = Date {
                y: 1900,
                m: 1,
                d: 1,
            };
            strftime(&Fields::of(day, *self), format)
        }

        fn micros(&self) -> i64 {
            ((self.h * 60 + self.mi) * 60 + self.s) * 1_000_000 + self.us
        }
    }

    impl super::py::Show for Time {
        fn repr(&self) -> String {
            let tail = if self.us != 0 {
                format!(", {}, {}", self.s, self.us)
            } else if self.s != 0 {
                format!(", {}", self.s)
            } else {
                String::new()
            };
            format!("datetime.time({}, {}{})", self.h, self.mi, tail)
        }
        fn str(&self) -> String {
            iso_time(self.h, self.mi, self.s, self.us, "auto").unwrap_or_default()
        }
    }

    impl super::py::Format for Time {
        fn format(&self, spec: &str) -> super::py::PyResult<String> {
            if spec.is_empty() {
                Ok(super::py::Show::str(self))
            } else {
                self.strftime(spec)
            }
        }
    }

    impl super::py::PyOrd for Time {
        fn py_cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.cmp(other)
        }
    }

    impl super::py::PyHash for Time {
        fn py_hash(&self) -> i64 {
            bytes_hash(&[
                self.h as u8,
                self.mi as u8,
                self.s as u8,
                (self.us >> 16) as u8,
                (self.us >> 8) as u8,
                self.us as u8,
            ])
        }
    }

    // ------------------------------------------------------------------ datetime

    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
    pub struct Datetime {
        date: Date,
        time: Time,
    }

    /// `datetime(year, month, day, hour, minute, second, microsecond)`.
    pub fn datetime(
        y: i64,
        m: i64,
        d: i64,
        h: i64,
        mi: i64,
        s: i64,
        us: i64,
    ) -> super::py::PyResult<Datetime> {
        check_date(y, m, d)?;
        check_time(h, mi, s, us)?;
        Ok(Datetime {
            date: Date { y, m, d },
            time: Time { h, mi, s, us },
        })
    }

    pub fn datetime_min() -> Datetime {
        Datetime {
            date: date_min(),
            time: time_min(),
        }
    }

    pub fn datetime_max() -> Datetime {
        Datetime {
            date: date_max(),
            time: time_max(),
        }
    }

    /// `datetime.combine(date, time)`.
    pub fn combine(date: Date, time: Time) -> Datetime {
        Datetime { date, time }
    }

    /// `datetime.now()`, in UTC (no time zones here): its value is not reproducible anyway.
    pub fn datetime_now() -> Datetime {
        let since = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_micros() as i128)
            .unwrap_or(0);
        let epoch = Datetime {
            date: Date {
                y: 1970,
                m: 1,
                d: 1,
            },
            time: Time::midnight(),
        };
        epoch
            .add(Timedelta::from_micros(since).unwrap_or_default())
            .unwrap_or(epoch)
    }

    /// `datetime.fromordinal(n)`: midnight of that day.
    pub fn datetime_fromordinal(n: i64) -> super::py::PyResult<Datetime> {
        Ok(combine(date_fromordinal(n)?, Time::midnight()))
    }

    /// `datetime.fromisoformat(s)` for the forms without a time zone: an ISO date, then one
    /// separator character and an ISO time (HH[:MM[:SS[.f+]]], or without colons).
    pub fn datetime_fromisoformat(s: &str) -> super::py::PyResult<Datetime> {
        let invalid = || {
            super::py::raise(
                "ValueError",
                format!("Invalid isoformat string: {}", super::py::repr_str(s)),
            )
        };
        let c: Vec<char> = s.chars().collect();
        if c.len() < 7 {
            return invalid();
        }
        let date_len = iso_date_length(&c);
        if !c[..date_len.min(c.len())].iter().all(|x| x.is_ascii()) || date_len > c.len() {
            return invalid();
        }
        let day = match parse_iso_date(&c[..date_len]) {
            Some((y, m, d, false)) => date(y, m, d)?,
            Some((y, w, d, true)) => match date_fromisocalendar(y, w, d) {
                Ok(v) => v,
                Err(_) => return invalid(),
            },
            None => return invalid(),
        };
        if date_len == c.len() {
            return Ok(combine(day, Time::midnight()));
        }
        let rest: String = c[date_len + 1..].iter().collect();
        if rest.contains(['+', '-', 'Z']) {
            super::py::fatal(
                "ValueError",
                "datetime.fromisoformat() of a string with a UTC offset: time zones are not translated",
            );
        }
        match parse_iso_time(&rest) {
            Some((h, mi, sec, us)) => Ok(combine(day, time(h, mi, sec, us)?)),
            None => invalid(),
        }
    }

    /// Where the date part of a datetime string ends, as CPython 3.11 guesses it.
    fn iso_date_length(c: &[char]) -> usize {
        let len = c.len();
        if len == 7 {
            return 7;
        }
        if c[4] == '-' {
            if c[5] == 'W' {
                if len < 9 {
                    return 8;
                }
                return if c[8] == '-' { 10 } else { 8 };
            }
            return 10;
        }
        if c[4] == 'W' {
            if len > 8 && c[8].is_ascii_digit() {
                return 8;
            }
            return 7;
        }
        8
    }

    /// HH[:MM[:SS[{.,}f+]]] or HH[MM[SS[{.,}f+]]].
    fn parse_iso_time(t: &str) -> Option<(i64, i64, i64, i64)> {
        let c: Vec<char> = t.chars().collect();
        if c.len() < 2 {
            return None;
        }
        let mut comps = [0i64; 4];
        let mut pos = 0;
        let mut sep = false;
        for (k, comp) in comps.iter_mut().enumerate().take(3) {
            if c.len() - pos < 2 {
                return None;
            }
            *comp = digits(&c[pos..pos + 2])?;
            pos += 2;
            let next = c.get(pos);
            if k == 0 {
                sep = next == Some(&':');
            }
            if next.is_none() || k >= 2 {
                break;
            }
            if sep && next != Some(&':') {
                return None;
            }
            pos += sep as usize;
        }
        if pos < c.len() {
            if c[pos] != '.' && c[pos] != ',' {
                return None;
            }
            pos += 1;
            let left = c.len() - pos;
            let take = left.min(6);
            let mut us = digits(&c[pos..pos + take])?;
            for _ in take..6 {
                us *= 10;
            }
            comps[3] = us;
            if !c[pos + take..].iter().all(|x| x.is_ascii_digit()) {
                return None;
            }
        }
        Some((comps[0], comps[1], comps[2], comps[3]))
    }

    impl Datetime {
        pub fn year(&self) -> i64 {
            self.date.y
        }

        pub fn month(&self) -> i64 {
            self.date.m
        }

        pub fn day(&self) -> i64 {
            self.date.d
        }

        pub fn hour(&self) -> i64 {
            self.time.h
        }

        pub fn minute(&self) -> i64 {
            self.time.mi
        }

        pub fn second(&self) -> i64 {
            self.time.s
        }

        pub fn microsecond(&self) -> i64 {
            self.time.us
        }

        pub fn date(&self) -> Date {
            self.date
        }

        pub fn time(&self) -> Time {
            self.time
        }

        pub fn toordinal(&self) -> i64 {
            self.date.toordinal()
        }

        pub fn weekday(&self) -> i64 {
            self.date.weekday()
        }

        pub fn isoweekday(&self) -> i64 {
            self.date.isoweekday()
        }

        pub fn isocalendar(&self) -> IsoCalendarDate {
            self.date.isocalendar()
        }

        #[allow(clippy::too_many_arguments)]
        pub fn replace(
            &self,
            y: Option<i64>,
            m: Option<i64>,
            d: Option<i64>,
            h: Option<i64>,
            mi: Option<i64>,
            s: Option<i64>,
            us: Option<i64>,
        ) -> super::py::PyResult<Datetime> {
            datetime(
                y.unwrap_or(self.date.y),
                m.unwrap_or(self.date.m),
                d.unwrap_or(self.date.d),
                h.unwrap_or(self.time.h),
                mi.unwrap_or(self.time.mi),
                s.unwrap_or(self.time.s),
                us.unwrap_or(self.time.us),
            )
        }

        /// `isoformat(sep, timespec)`.
        pub fn isoformat(&self, sep: &str, timespec: &str) -> super::py::PyResult<String> {
            if sep.chars().count() != 1 {
                return super::py::raise(
                    "TypeError",
                    "isoformat() argument 1 must be a unicode character, not str",
                );
            }
            let t = self.time;
            let time = iso_time(t.h, t.mi, t.s, t.us, timespec)?;
            Ok(format!("{}{}{}", self.date.isoformat(), sep, time))
        }

        pub fn ctime(&self) -> String {
            format!(
                "{} {} {:2} {:02}:{:02}:{:02} {:04}",
                &DAY_NAMES[self.date.weekday() as usize][..3],
                &MONTH_NAMES[self.date.m as usize - 1][..3],
                self.date.d,
                self.time.h,
                self.time.mi,
                self.time.s,
                self.date.y
            )
        }

        pub fn strftime(&self, format: &str) -> super::py::PyResult<String> {
            strftime(&Fields::of(self.date, self.time), format)
        }

        fn micros(&self) -> i128 {
            self.date.toordinal() as i128 * US_PER_DAY + self.time.micros() as i128
        }

        fn from_micros(us: i128) -> super::py::PyResult<Datetime> {
            let n = us.div_euclid(US_PER_DAY);
            if n < 1 || n > MAX_ORDINAL as i128 {
                return out_of_range();
            }
            let (y, m, d) = ordinal_to_ymd(n as i64);
            let mut t = us.rem_euclid(US_PER_DAY) as i64;
            let micro = t % 1_000_000;
            t /= 1_000_000;
            Ok(Datetime {
                date: Date { y, m, d },
                time: Time {
                    h: t / 3600,
                    mi: t / 60 % 60,
                    s: t % 60,
                    us: micro,
                },
            })
        }

        pub fn add(&self, delta: Timedelta) -> super::py::PyResult<Datetime> {
            Datetime::from_micros(self.micros() + delta.micros())
        }

        pub fn sub(&self, delta: Timedelta) -> super::py::PyResult<Datetime> {
            Datetime::from_micros(self.micros() - delta.micros())
        }

        /// `datetime - datetime`.
        pub fn diff(&self, other: Datetime) -> Timedelta {
            match Timedelta::from_micros(self.micros() - other.micros()) {
                Ok(delta) => delta,
                Err(_) => unreachable!("the difference of two datetimes is a timedelta"),
            }
        }
    }

    impl super::py::Show for Datetime {
        fn repr(&self) -> String {
            let mut fields = vec![
                self.date.y,
                self.date.m,
                self.date.d,
                self.time.h,
                self.time.mi,
                self.time.s,
                self.time.us,
            ];
            for _ in 0..2 {
                if fields.last() == Some(&0) {
                    fields.pop();
                }
            }
            let shown: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
            format!("datetime.datetime({})", shown.join(", "))
        }
        fn str(&self) -> String {
            self.isoformat(" ", "auto").unwrap_or_default()
        }
    }

    impl super::py::Format for Datetime {
        fn format(&self, spec: &str) -> super::py::PyResult<String> {
            if spec.is_empty() {
                Ok(super::py::Show::str(self))
            } else {
                self.strftime(spec)
            }
        }
    }

    impl super::py::PyOrd for Datetime {
        fn py_cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.cmp(other)
        }
    }

    impl super::py::PyHash for Datetime {
        fn py_hash(&self) -> i64 {
            let (d, t) = (self.date, self.time);
            bytes_hash(&[
                (d.y >> 8) as u8,
                d.y as u8,
                d.m as u8,
                d.d as u8,
                t.h as u8,
                t.mi as u8,
                t.s as u8,
                (t.us >> 16) as u8,
                (t.us >> 8) as u8,
                t.us as u8,
            ])
        }
    }

    // ------------------------------------------------------------------ timedelta

    /// A duration, normalised as CPython's: 0 <= seconds < 86400, 0 <= us < 1000000.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Default)]
    pub struct Timedelta {
        days: i64,
        seconds: i64,
        us: i64,
    }

    /// One argument of `timedelta(...)`: an int or a float.
    #[derive(Clone, Copy)]
    pub enum Amount {
        Int(i64),
        Float(f64),
    }

    /// The units of timedelta's parameters, in its positional order.
    pub const DAYS: usize = 0;
    pub const SECONDS: usize = 1;
    pub const MICROSECONDS: usize = 2;
    pub const MILLISECONDS: usize = 3;
    pub const MINUTES: usize = 4;
    pub const HOURS: usize = 5;
    pub const WEEKS: usize = 6;

    fn too_large<T>() -> super::py::PyResult<T> {
        super::py::raise("OverflowError", "Python int too large to convert to C int")
    }

    /// `timedelta(days=, seconds=, ...)`: the arguments (unit, amount) summed in microseconds
    /// in CPython's order (microseconds first, weeks last), the fractions of floats gathered
    /// apart and rounded half to even at the end.
    pub fn timedelta(parts: &[(usize, Amount)]) -> super::py::PyResult<Timedelta> {
        const FACTORS: [i128; 7] = [
            86_400_000_000,
            1_000_000,
            1,
            1_000,
            60_000_000,
            3_600_000_000,
            604_800_000_000,
        ];
        let mut total: i128 = 0;
        let mut leftover = 0.0f64;
        for unit in [
            MICROSECONDS,
            MILLISECONDS,
            SECONDS,
            MINUTES,
            HOURS,
            DAYS,
            WEEKS,
        ] {
            for (u, amount) in parts {
                if *u != unit {
                    continue;
                }
                let factor = FACTORS[unit];
                match *amount {
                    Amount::Int(n) => total += n as i128 * factor,
                    Amount::Float(x) => {
                        if x.is_nan() {
                            return super::py::raise(
                                "ValueError",
                                "cannot convert float NaN to integer",
                            );
                        }
                        if x.is_infinite() {
                            return super::py::raise(
                                "OverflowError",
                                "cannot convert float infinity to integer",
                            );
                        }
                        let whole = x.trunc();
                        let frac = x - whole;
                        if whole.abs() > 1e36 {
                            return too_large();
                        }
                        total += whole as i128 * factor;
                        if frac == 0.0 {
                            continue;
                        }
                        let scaled = factor as f64 * frac;
                        let whole2 = scaled.trunc();
                        total += whole2 as i128;
                        leftover += scaled - whole2;
                    }
                }
            }
        }
        if leftover != 0.0 {
            let mut whole = leftover.round();
            if (whole - leftover).abs() == 0.5 {
                let odd = (total & 1) as f64;
                whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
            }
            total += whole as i128;
        }
        Timedelta::from_micros(total)
    }

    /// `timedelta(days=n)`.
    pub fn days(n: i64) -> super::py::PyResult<Timedelta> {
        timedelta(&[(DAYS, Amount::Int(n))])
    }

    /// `timedelta(seconds=n)`.
    pub fn seconds(n: i64) -> super::py::PyResult<Timedelta> {
        timedelta(&[(SECONDS, Amount::Int(n))])
    }

    /// `timedelta(microseconds=n)`.
    pub fn microseconds(n: i64) -> super::py::PyResult<Timedelta> {
        timedelta(&[(MICROSECONDS, Amount::Int(n))])
    }

    /// `timedelta(milliseconds=n)`.
    pub fn milliseconds(n: i64) -> super::py::PyResult<Timedelta> {
        timedelta(&[(MILLISECONDS, Amount::Int(n))])
    }

    /// `timedelta(minutes=n)`.
    pub fn minutes(n: i64) -> super::py::PyResult<Timedelta> {
        timedelta(&[(MINUTES, Amount::Int(n))])
    }

    /// `timedelta(hours=n)`.
    pub fn hours(n: i64) -> super::py::PyResult<Timedelta> {
        timedelta(&[(HOURS, Amount::Int(n))])
    }

    /// `timedelta(weeks=n)`.
    pub fn weeks(n: i64) -> super::py::PyResult<Timedelta> {
        timedelta(&[(WEEKS, Amount::Int(n))])
    }

    /// `timedelta(...)` of ints only, in the positional order.
    pub fn delta(
        days: i64,
        seconds: i64,
        microseconds: i64,
        milliseconds: i64,
        minutes: i64,
        hours: i64,
        weeks: i64,
    ) -> super::py::PyResult<Timedelta> {
        let all = [
            days,
            seconds,
            microseconds,
            milliseconds,
            minutes,
            hours,
            weeks,
        ];
        let parts: Vec<(usize, Amount)> = all.iter().map(|&n| Amount::Int(n)).enumerate().collect();
        timedelta(&parts)
    }

    /// Halves rounded to even: n / d for d > 0.
    fn divide_nearest(n: i128, d: i128) -> i128 {
        let q = n.div_euclid(d);
        let r = n.rem_euclid(d);
        let twice = 2 * r;
        if twice > d || (twice == d && q % 2 != 0) {
            q + 1
        } else {
            q
        }
    }

    /// A float as mantissa * 2**exponent (mantissa odd or zero), as float.as_integer_ratio().
    fn float_ratio(x: f64) -> super::py::PyResult<(i128, i32)> {
        if x.is_nan() {
            return super::py::raise("ValueError", "cannot convert NaN to integer ratio");
        }
        if x.is_infinite() {
            return super::py::raise("OverflowError", "cannot convert Infinity to integer ratio");
        }
        if x == 0.0 {
            return Ok((0, 0));
        }
        let bits = x.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i32;
        let fraction = (bits & ((1 << 52) - 1)) as i128;
        let (mut m, mut e) = if biased == 0 {
            (fraction, -1074)
        } else {
            (fraction | (1 << 52), biased - 1075)
        };
        while m % 2 == 0 {
            m /= 2;
            e += 1;
        }
        Ok((if x < 0.0 { -m } else { m }, e))
    }

    /// n * 2**e rounded half to even, or None where it does not fit.
    fn scale_nearest(n: i128, e: i32) -> Option<i128> {
        if e >= 0 {
            if e >= 127 {
                return if n == 0 { Some(0) } else { None };
            }
            n.checked_mul(1i128 << e)
        } else if e <= -127 {
            Some(0)
        } else {
            Some(divide_nearest(n, 1i128 << -e))
        }
    }

    /// a / b correctly rounded, for b != 0 (CPython's int true division).
    fn true_divide(a: i128, b: i128) -> f64 {
        let negative = (a < 0) != (b < 0);
        let (a, b) = (a.unsigned_abs(), b.unsigned_abs());
        if a == 0 {
            return if negative { -0.0 } else { 0.0 };
        }
        let bits = |x: u128| 128 - x.leading_zeros() as i32;
        let shift = (55 + bits(b) - bits(a)).max(0);
        let scaled = a << shift;
        let q = scaled / b;
        let sticky = (scaled % b != 0) as u128;
        let value = (q | sticky) as f64 * 2f64.powi(-shift);
        if negative {
            -value
        } else {
            value
        }
    }

    fn zero_division<T>(message: &str) -> super::py::PyResult<T> {
        super::py::raise("ZeroDivisionError", message.to_string())
    }

    pub fn timedelta_min() -> Timedelta {
        Timedelta {
            days: -MAX_DELTA_DAYS,
            seconds: 0,
            us: 0,
        }
    }

    pub fn timedelta_max() -> Timedelta {
        Timedelta {
            days: MAX_DELTA_DAYS,
            seconds: 86399,
            us: 999999,
        }
    }

    /// `date.resolution`: one day.
    pub fn date_resolution() -> Timedelta {
        Timedelta {
            days: 1,
            seconds: 0,
            us: 0,
        }
    }

    pub fn timedelta_resolution() -> Timedelta {
        Timedelta {
            days: 0,
            seconds: 0,
            us: 1,
        }
    }

    impl Timedelta {
        /// The normalised timedelta of a count of microseconds, or CPython's OverflowError.
        fn from_micros(total: i128) -> super::py::PyResult<Timedelta> {
            let days = total.div_euclid(US_PER_DAY);
            let rest = total.rem_euclid(US_PER_DAY) as i64;
            if days > i32::MAX as i128 || days < i32::MIN as i128 {
                return too_large();
            }
            let days = days as i64;
            if days.abs() > MAX_DELTA_DAYS {
                return super::py::raise(
                    "OverflowError",
                    format!("days={}; must have magnitude <= {}", days, MAX_DELTA_DAYS),
                );
            }
            Ok(Timedelta {
                days,
                seconds: rest / 1_000_000,
                us: rest % 1_000_000,
            })
        }

        fn micros(&self) -> i128 {
            self.days as i128 * US_PER_DAY + self.seconds as i128 * 1_000_000 + self.us as i128
        }

        pub fn days(&self) -> i64 {
            self.days
        }

        pub fn seconds(&self) -> i64 {
            self.seconds
        }

        pub fn microseconds(&self) -> i64 {
            self.us
        }

        pub fn total_seconds(&self) -> f64 {
            true_divide(self.micros(), 1_000_000)
        }

        pub fn truthy(&self) -> bool {
            self.micros() != 0
        }

        pub fn add(&self, other: Timedelta) -> super::py::PyResult<Timedelta> {
            Timedelta::from_micros(self.micros() + other.micros())
        }

        pub fn sub(&self, other: Timedelta) -> super::py::PyResult<Timedelta> {
            Timedelta::from_micros(self.micros() - other.micros())
        }

        pub fn neg(&self) -> super::py::PyResult<Timedelta> {
            Timedelta::from_micros(-self.micros())
        }

        pub fn abs(&self) -> super::py::PyResult<Timedelta> {
            Timedelta::from_micros(self.micros().abs())
        }

        pub fn mul_int(&self, n: i64) -> super::py::PyResult<Timedelta> {
            match self.micros().checked_mul(n as i128) {
                Some(total) => Timedelta::from_micros(total),
                None => too_large(),
            }
        }

        /// `timedelta * float`: the exact product rounded half to even to a microsecond.
        pub fn mul_float(&self, x: f64) -> super::py::PyResult<Timedelta> {
            let (m, e) = float_ratio(x)?;
            match self
                .micros()
                .checked_mul(m)
                .and_then(|p| scale_nearest(p, e))
            {
                Some(total) => Timedelta::from_micros(total),
                None => too_large(),
            }
        }

        pub fn div_float(&self, x: f64) -> super::py::PyResult<Timedelta> {
            let (m, e) = float_ratio(x)?;
            if m == 0 {
                return zero_division("integer division or modulo by zero");
            }
            // micros / (m * 2**e) = (micros * 2**-e) / m
            let (n, d) = if e >= 0 {
                match 1i128.checked_shl(e as u32).and_then(|p| p.checked_mul(m)) {
                    Some(d) if e < 127 => (self.micros(), d),
                    _ => return Timedelta::from_micros(0),
                }
            } else {
                match scale_nearest_exact(self.micros(), -e) {
                    Some(n) => (n, m),
                    None => return too_large(),
                }
            };
            let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
            Timedelta::from_micros(divide_nearest(n, d))
        }

        pub fn div_int(&self, n: i64) -> super::py::PyResult<Timedelta> {
            if n == 0 {
                return zero_division("integer division or modulo by zero");
            }
            let (a, b) = if n < 0 {
                (-self.micros(), -(n as i128))
            } else {
                (self.micros(), n as i128)
            };
            Timedelta::from_micros(divide_nearest(a, b))
        }

        pub fn floordiv_int(&self, n: i64) -> super::py::PyResult<Timedelta> {
            if n == 0 {
                return zero_division("integer division or modulo by zero");
            }
            Timedelta::from_micros(floor_div(self.micros(), n as i128))
        }

        pub fn div(&self, other: Timedelta) -> super::py::PyResult<f64> {
            if other.micros() == 0 {
                return zero_division("division by zero");
            }
            Ok(true_divide(self.micros(), other.micros()))
        }

        pub fn floordiv(&self, other: Timedelta) -> super::py::PyResult<i64> {
            let (a, b) = (self.micros(), other.micros());
            if b == 0 {
                return zero_division("integer division or modulo by zero");
            }
            let q = floor_div(a, b);
            if q > i64::MAX as i128 || q < i64::MIN as i128 {
                return super::py::raise("OverflowError", "int too large for a 64-bit int");
            }
            Ok(q as i64)
        }

        pub fn rem(&self, other: Timedelta) -> super::py::PyResult<Timedelta> {
            let (a, b) = (self.micros(), other.micros());
            if b == 0 {
                return zero_division("integer modulo by zero");
            }
            Timedelta::from_micros(a - floor_div(a, b) * b)
        }

        pub fn divmod(&self, other: Timedelta) -> super::py::PyResult<(i64, Timedelta)> {
            let q = self.floordiv(other)?;
            Ok((q, self.rem(other)?))
        }
    }

    /// Python's floor division of i128s.
    fn floor_div(a: i128, b: i128) -> i128 {
        let q = a / b;
        if (a % b != 0) && ((a < 0) != (b < 0)) {
            q - 1
        } else {
            q
        }
    }

    /// n * 2**k exactly, or None where it does not fit.
    fn scale_nearest_exact(n: i128, k: i32) -> Option<i128> {
        if k >= 127 {
            return if n == 0 { Some(0) } else { None };
        }
        n.checked_mul(1i128 << k)
    }

    impl super::py::Show for Timedelta {
        fn repr(&self) -> String {
            let mut args = Vec::new();
            if self.days != 0 {
                args.push(format!("days={}", self.days));
            }
            if self.seconds != 0 {
                args.push(format!("seconds={}", self.seconds));
            }
            if self.us != 0 {
                args.push(format!("microseconds={}", self.us));
            }
            if args.is_empty() {
                args.push("0".to_string());
            }
            format!("datetime.timedelta({})", args.join(", "))
        }
        fn str(&self) -> String {
            let (mm, ss) = (self.seconds / 60, self.seconds % 60);
            let (hh, mm) = (mm / 60, mm % 60);
            let mut s = format!("{}:{:02}:{:02}", hh, mm, ss);
            if self.days != 0 {
                let plural = if self.days.abs() != 1 { "s" } else { "" };
                s = format!("{} day{}, {}", self.days, plural, s);
            }
            if self.us != 0 {
                s = format!("{}.{:06}", s, self.us);
            }
            s
        }
    }

    /// A timedelta has object's `__format__`: only the empty spec.
    impl super::py::Format for Timedelta {
        fn format(&self, spec: &str) -> super::py::PyResult<String> {
            if spec.is_empty() {
                Ok(super::py::Show::str(self))
            } else {
                super::py::raise(
                    "TypeError",
                    "unsupported format string passed to datetime.timedelta.__format__",
                )
            }
        }
    }

    impl super::py::PyOrd for Timedelta {
        fn py_cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.cmp(other)
        }
    }

    impl super::py::PyHash for Timedelta {
        fn py_hash(&self) -> i64 {
            super::py::PyHash::py_hash(&(self.days, self.seconds, self.us))
        }
    }

    // ------------------------------------------------------------------ strftime

    /// What strftime reads of a date and time.
    struct Fields {
        date: Date,
        time: Time,
        /// Monday is 0.
        weekday: i64,
        /// January 1st is 0.
        yday: i64,
    }

    impl Fields {
        fn of(date: Date, time: Time) -> Fields {
            Fields {
                date,
                time,
                weekday: date.weekday(),
                yday: date.toordinal() - ymd_to_ordinal(date.y, 1, 1),
            }
        }
    }

    /// `strftime(format)`: Python replaces `%f`, `%z` and `%Z` itself (naive values have no
    /// offset or zone name), then glibc's strftime in the C locale formats the rest.
    fn strftime(f: &Fields, format: &str) -> super::py::PyResult<String> {
        let mut prepared = String::new();
        let mut chars = format.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                prepared.push(c);
                continue;
            }
            match chars.next() {
                None => prepared.push('%'),
                Some('f') => prepared.push_str(&format!("{:06}", f.time.us)),
                Some('z') | Some('Z') => {}
                Some(other) => {
                    prepared.push('%');
                    prepared.push(other);
                }
            }
        }
        Ok(c_strftime(f, &prepared))
    }

    fn c_strftime(f: &Fields, format: &str) -> String {
        let chars: Vec<char> = format.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '%' {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            let mut flag = None;
            while i < chars.len() && "_-0^#".contains(chars[i]) {
                flag = Some(chars[i]);
                i += 1;
            }
            let mut width: Option<usize> = None;
            while i < chars.len() && chars[i].is_ascii_digit() {
                width = Some(width.unwrap_or(0) * 10 + chars[i].to_digit(10).unwrap() as usize);
                i += 1;
            }
            if i < chars.len() && (chars[i] == 'E' || chars[i] == 'O') {
                i += 1;
            }
            if i >= chars.len() {
                out.extend(&chars[start..]);
                break;
            }
            let conv = chars[i];
            i += 1;
            match directive(f, conv, flag) {
                Some(Piece::Num(v, digits, pad)) => {
                    let pad = match flag {
                        Some('-') => None,
                        Some('_') => Some(' '),
                        Some('0') => Some('0'),
                        _ => pad,
                    };
                    let text = v.to_string();
                    let want = width.unwrap_or(digits);
                    match pad {
                        Some(p) if text.len() < want => {
                            out.extend(std::iter::repeat(p).take(want - text.len()));
                        }
                        _ => {}
                    }
                    out.push_str(&text);
                }
                Some(Piece::Text(text)) => {
                    let n = text.chars().count();
                    if let Some(w) = width {
                        if n < w {
                            let p = if flag == Some('0') { '0' } else { ' ' };
                            out.extend(std::iter::repeat(p).take(w - n));
                        }
                    }
                    out.push_str(&text);
                }
                None => out.extend(&chars[start..i]),
            }
        }
        out
    }

    enum Piece {
        /// A number, its default width and default padding (None: no padding).
        Num(i64, usize, Option<char>),
        Text(String),
    }

    fn directive(f: &Fields, conv: char, flag: Option<char>) -> Option<Piece> {
        let (d, t) = (f.date, f.time);
        let upper = flag == Some('^') || flag == Some('#');
        let name = |s: &str| {
            Piece::Text(if upper {
                s.to_uppercase()
            } else {
                s.to_string()
            })
        };
        let zero = Some('0');
        let hour12 = if t.h % 12 == 0 { 12 } else { t.h % 12 };
        let sunday_weekday = (f.weekday + 1) % 7;
        let iso = d.isocalendar();
        Some(match conv {
            'a' => name(&DAY_NAMES[f.weekday as usize][..3]),
            'A' => name(DAY_NAMES[f.weekday as usize]),
            'b' | 'h' => name(&MONTH_NAMES[d.m as usize - 1][..3]),
            'B' => name(MONTH_NAMES[d.m as usize - 1]),
            'p' => {
                let s = if t.h < 12 { "AM" } else { "PM" };
                Piece::Text(if flag == Some('#') {
                    s.to_lowercase()
                } else {
                    s.to_string()
                })
            }
            'P' => Piece::Text(if t.h < 12 { "am" } else { "pm" }.to_string()),
            'c' => Piece::Text(c_strftime(f, "%a %b %e %H:%M:%S %Y")),
            'x' | 'D' => Piece::Text(c_strftime(f, "%m/%d/%y")),
            'X' | 'T' => Piece::Text(c_strftime(f, "%H:%M:%S")),
            'F' => Piece::Text(c_strftime(f, "%Y-%m-%d")),
            'r' => Piece::Text(c_strftime(f, "%I:%M:%S %p")),
            'R' => Piece::Text(c_strftime(f, "%H:%M")),
            'n' => Piece::Text("\n".to_string()),
            // A naive value has no UTC offset or zone name (tm_isdst is -1).
            'z' | 'Z' => Piece::Text(String::new()),
            't' => Piece::Text("\t".to_string()),
            '%' => Piece::Text("%".to_string()),
            'Y' => Piece::Num(d.y, 1, zero),
            'C' => Piece::Num(d.y / 100, 1, zero),
            'y' => Piece::Num(d.y % 100, 2, zero),
            'G' => Piece::Num(iso.year, 1, zero),
            'g' => Piece::Num(iso.year % 100, 2, zero),
            'V' => Piece::Num(iso.week, 2, zero),
            'm' => Piece::Num(d.m, 2, zero),
            'd' => Piece::Num(d.d, 2, zero),
            'e' => Piece::Num(d.d, 2, Some(' ')),
            'j' => Piece::Num(f.yday + 1, 3, zero),
            'H' => Piece::Num(t.h, 2, zero),
            'k' => Piece::Num(t.h, 2, Some(' ')),
            'I' => Piece::Num(hour12, 2, zero),
            'l' => Piece::Num(hour12, 2, Some(' ')),
            'M' => Piece::Num(t.mi, 2, zero),
            'S' => Piece::Num(t.s, 2, zero),
            'u' => Piece::Num(f.weekday + 1, 1, zero),
            'w' => Piece::Num(sunday_weekday, 1, zero),
            'U' => Piece::Num((f.yday + 7 - sunday_weekday) / 7, 2, zero),
            'W' => Piece::Num((f.yday + 7 - f.weekday) / 7, 2, zero),
            's' => super::py::fatal(
                "ValueError",
                "strftime('%s') depends on the local time zone, which the translation does not reproduce",
            ),
            _ => return None,
        })
    }

    // ------------------------------------------------------------------ strptime

    /// One step of a strptime pattern.
    enum Step {
        /// A character of the format, matched ignoring case.
        Lit(char),
        /// A run of whitespace in the format: one or more whitespace characters.
        Spaces,
        /// A directive: its letter and its alternatives, tried in order.
        Field(char, Vec<Vec<Atom>>),
        /// `%f`: one to six ASCII digits, as many as possible first.
        Fraction,
    }

    #[derive(Clone)]
    enum Atom {
        Char(char),
        Range(char, char),
        Digit,
    }

    /// A regular expression of _strptime's directive table, in the small form it uses:
    /// alternatives of characters, `[a-b]` ranges and `\d`.
    fn alternatives(pattern: &str) -> Vec<Vec<Atom>> {
        pattern
            .split('|')
            .map(|alt| {
                let c: Vec<char> = alt.chars().collect();
                let mut atoms = Vec::new();
                let mut i = 0;
                while i < c.len() {
                    if c[i] == '[' {
                        atoms.push(Atom::Range(c[i + 1], c[i + 3]));
                        i += 5;
                    } else if c[i] == '\\' {
                        atoms.push(Atom::Digit);
                        i += 2;
                    } else {
                        atoms.push(Atom::Char(c[i]));
                        i += 1;
                    }
                }
                atoms
            })
            .collect()
    }

    /// The names of a C-locale table as _strptime's alternatives: lower case, longest first.
    fn names(list: &[&str]) -> Vec<Vec<Atom>> {
        let mut all: Vec<String> = list.iter().map(|s| s.to_lowercase()).collect();
        all.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        all.iter()
            .map(|s| s.chars().map(Atom::Char).collect())
            .collect()
    }

    fn short(list: &[&'static str]) -> Vec<&'static str> {
        list.iter().map(|s| &s[..3]).collect()
    }

    fn field(letter: char) -> Option<Vec<Vec<Atom>>> {
        let pattern = match letter {
            'd' => "3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9]",
            'H' => "2[0-3]|[0-1]\\d|\\d",
            'I' => "1[0-2]|0[1-9]|[1-9]",
            'G' | 'Y' => "\\d\\d\\d\\d",
            'j' => "36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]",
            'm' => "1[0-2]|0[1-9]|[1-9]",
            'M' => "[0-5]\\d|\\d",
            'S' => "6[0-1]|[0-5]\\d|\\d",
            'U' | 'W' => "5[0-3]|[0-4]\\d|\\d",
            'w' => "[0-6]",
            'u' => "[1-7]",
            'V' => "5[0-3]|0[1-9]|[1-4]\\d|\\d",
            'y' => "\\d\\d",
            'A' => return Some(names(&DAY_NAMES)),
            'a' => return Some(names(&short(&DAY_NAMES))),
            'B' => return Some(names(&MONTH_NAMES)),
            'b' => return Some(names(&short(&MONTH_NAMES))),
            'p' => return Some(names(&["AM", "PM"])),
            _ => return None,
        };
        Some(alternatives(pattern))
    }

    fn is_space(c: char) -> bool {
        super::py::isspace(c.encode_utf8(&mut [0; 4]))
    }

    /// The steps of a format, or the ValueError _strptime raises for it.
    fn compile(format: &str, whole: &str, steps: &mut Vec<Step>) -> super::py::PyResult<()> {
        let c: Vec<char> = format.chars().collect();
        let bad = |d: &str| {
            super::py::raise(
                "ValueError",
                format!(
                    "'{}' is a bad directive in format {}",
                    d,
                    super::py::repr_str(whole)
                ),
            )
        };
        let mut i = 0;
        while i < c.len() {
            if is_space(c[i]) {
                while i < c.len() && is_space(c[i]) {
                    i += 1;
                }
                steps.push(Step::Spaces);
                continue;
            }
            if c[i] != '%' {
                steps.push(Step::Lit(c[i]));
                i += 1;
                continue;
            }
            let Some(&d) = c.get(i + 1) else {
                return super::py::raise(
                    "ValueError",
                    format!("stray % in format {}", super::py::repr_str(whole)),
                );
            };
            i += 2;
            if is_space(d) || "\\.^$*+?(){}[]|".contains(d) {
                return bad("%");
            }
            match d {
                '%' => steps.push(Step::Lit('%')),
                'f' => steps.push(Step::Fraction),
                'c' => compile("%a %b %d %H:%M:%S %Y", whole, steps)?,
                'x' => compile("%m/%d/%y", whole, steps)?,
                'X' => compile("%H:%M:%S", whole, steps)?,
                'z' | 'Z' => super::py::fatal(
                    "ValueError",
                    "strptime() with %z or %Z: time zones are not translated",
                ),
                _ => match field(d) {
                    Some(alts) => steps.push(Step::Field(d, alts)),
                    None => return bad(&d.to_string()),
                },
            }
        }
        Ok(())
    }

    fn same_letter(a: char, b: char) -> bool {
        a == b || a.to_lowercase().eq(b.to_lowercase())
    }

    fn atom_matches(atom: &Atom, c: char) -> bool {
        match atom {
            Atom::Char(x) => same_letter(*x, c),
            Atom::Range(lo, hi) => (*lo..=*hi).contains(&c),
            Atom::Digit => c.is_ascii_digit(),
        }
    }

    /// Matches the steps from `k` at `pos` as a backtracking regular expression does, trying
    /// alternatives in order; the end of the first match, each field's span in `spans`.
    fn search(
        steps: &[Step],
        k: usize,
        text: &[char],
        pos: usize,
        spans: &mut Vec<(usize, usize)>,
    ) -> Option<usize> {
        if k == steps.len() {
            return Some(pos);
        }
        match &steps[k] {
            Step::Lit(c) => {
                if pos < text.len() && same_letter(*c, text[pos]) {
                    search(steps, k + 1, text, pos + 1, spans)
                } else {
                    None
                }
            }
            Step::Spaces => {
                let mut n = 0;
                while pos + n < text.len() && is_space(text[pos + n]) {
                    n += 1;
                }
                (1..=n)
                    .rev()
                    .find_map(|m| search(steps, k + 1, text, pos + m, spans))
            }
            Step::Fraction => {
                let mut n = 0;
                while n < 6 && pos + n < text.len() && text[pos + n].is_ascii_digit() {
                    n += 1;
                }
                for m in (1..=n).rev() {
                    spans[k] = (pos, pos + m);
                    if let Some(end) = search(steps, k + 1, text, pos + m, spans) {
                        return Some(end);
                    }
                }
                None
            }
            Step::Field(_, alts) => {
                for alt in alts {
                    let end = pos + alt.len();
                    if end <= text.len()
                        && alt
                            .iter()
                            .zip(&text[pos..end])
                            .all(|(a, c)| atom_matches(a, *c))
                    {
                        spans[k] = (pos, end);
                        if let Some(found) = search(steps, k + 1, text, end, spans) {
                            return Some(found);
                        }
                    }
                }
                None
            }
        }
    }

    fn number(s: &str) -> i64 {
        s.trim().parse().unwrap_or(0)
    }

    fn index_of(list: &[&str], s: &str, offset: i64) -> i64 {
        list.iter()
            .position(|x| x.to_lowercase() == s.to_lowercase())
            .map(|i| i as i64 + offset)
            .unwrap_or(0)
    }

    /// `datetime.strptime(text, format)`, as Lib/_strptime.py under the C locale.
    pub fn strptime(text: &str, format: &str) -> super::py::PyResult<Datetime> {
        let mut steps = Vec::new();
        compile(format, format, &mut steps)?;
        let mut seen = Vec::new();
        for s in &steps {
            let letter = match s {
                Step::Field(l, _) => *l,
                Step::Fraction => 'f',
                _ => continue,
            };
            if seen.contains(&letter) {
                super::py::fatal(
                    "re.error",
                    &format!(
                        "redefinition of group name '{}' in a strptime format",
                        letter
                    ),
                );
            }
            seen.push(letter);
        }
        let chars: Vec<char> = text.chars().collect();
        let mut spans = vec![(0, 0); steps.len()];
        let Some(end) = search(&steps, 0, &chars, 0, &mut spans) else {
            return super::py::raise(
                "ValueError",
                format!(
                    "time data {} does not match format {}",
                    super::py::repr_str(text),
                    super::py::repr_str(format)
                ),
            );
        };
        if end != chars.len() {
            let rest: String = chars[end..].iter().collect();
            return super::py::raise("ValueError", format!("unconverted data remains: {}", rest));
        }
        let found = |letter: char| -> Option<String> {
            steps.iter().zip(&spans).find_map(|(s, (a, b))| match s {
                Step::Field(l, _) if *l == letter => Some(chars[*a..*b].iter().collect()),
                Step::Fraction if letter == 'f' => Some(chars[*a..*b].iter().collect()),
                _ => None,
            })
        };
        let (mut year, mut iso_year): (Option<i64>, Option<i64>) = (None, None);
        let (mut month, mut day) = (1, 1);
        let (mut hour, mut minute, mut second, mut fraction) = (0, 0, 0, 0);
        let (mut iso_week, mut week_of_year, mut week_starts_monday) = (None, None, false);
        let (mut weekday, mut julian): (Option<i64>, Option<i64>) = (None, None);
        for (s, (a, b)) in steps.iter().zip(&spans) {
            let value: String = chars[*a..*b].iter().collect();
            match s {
                Step::Fraction => {
                    let mut digits = value.clone();
                    while digits.len() < 6 {
                        digits.push('0');
                    }
                    fraction = number(&digits);
                }
                Step::Field(letter, _) => match letter {
                    'y' => {
                        let y = number(&value);
                        year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
                    }
                    'Y' => year = Some(number(&value)),
                    'G' => iso_year = Some(number(&value)),
                    'm' => month = number(&value),
                    'B' => month = index_of(&MONTH_NAMES, &value, 1),
                    'b' => month = index_of(&short(&MONTH_NAMES), &value, 1),
                    'd' => day = number(&value),
                    'H' => hour = number(&value),
                    'I' => {
                        hour = number(&value);
                        let ampm = found('p').unwrap_or_default().to_lowercase();
                        if ampm.is_empty() || ampm == "am" {
                            if hour == 12 {
                                hour = 0;
                            }
                        } else if ampm == "pm" && hour != 12 {
                            hour += 12;
                        }
                    }
                    'M' => minute = number(&value),
                    'S' => second = number(&value),
                    'A' => weekday = Some(index_of(&DAY_NAMES, &value, 0)),
                    'a' => weekday = Some(index_of(&short(&DAY_NAMES), &value, 0)),
                    'w' => {
                        let w = number(&value);
                        weekday = Some(if w == 0 { 6 } else { w - 1 });
                    }
                    'u' => weekday = Some(number(&value) - 1),
                    'j' => julian = Some(number(&value)),
                    'U' | 'W' => {
                        week_of_year = Some(number(&value));
                        week_starts_monday = *letter == 'W';
                    }
                    'V' => iso_week = Some(number(&value)),
                    _ => {}
                },
                _ => {}
            }
        }
        if year.is_none() && iso_year.is_some() {
            if iso_week.is_none() || weekday.is_none() {
                return super::py::raise(
                    "ValueError",
                    "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').",
                );
            }
            if julian.is_some() {
                return super::py::raise(
                    "ValueError",
                    "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.",
                );
            }
        } else if week_of_year.is_none() && iso_week.is_some() {
            return super::py::raise(
                "ValueError",
                if weekday.is_none() {
                    "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u')."
                } else {
                    "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead."
                },
            );
        }
        let mut leap_year_fix = false;
        let mut year = match year {
            Some(y) => y,
            None if month == 2 && day == 29 => {
                leap_year_fix = true;
                1904
            }
            None => 1900,
        };
        if let (None, Some(wd)) = (julian, weekday) {
            if let Some(week) = week_of_year {
                let first = date(year, 1, 1)?.weekday();
                let (first, wd) = if week_starts_monday {
                    (first, wd)
                } else {
                    ((first + 1) % 7, (wd + 1) % 7)
                };
                let week0 = (7 - first) % 7;
                julian = Some(if week == 0 {
                    1 + wd - first
                } else {
                    1 + week0 + 7 * (week - 1) + wd
                });
            } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
                let correction = date(iy, 1, 4)?.isoweekday() + 3;
                let mut ordinal = iw * 7 + wd + 1 - correction;
                let mut y = iy;
                if ordinal < 1 {
                    ordinal += date(y, 1, 1)?.toordinal();
                    y -= 1;
                    ordinal -= date(y, 1, 1)?.toordinal();
                }
                year = y;
                julian = Some(ordinal);
            }
            if let Some(j) = julian {
                if j <= 0 {
                    year -= 1;
                    julian = Some(j + if is_leap(year) { 366 } else { 365 });
                }
            }
        }
        match julian {
            None => {
                date(year, month, day)?;
            }
            Some(j) => {
                let d = date_fromordinal(j - 1 + date(year, 1, 1)?.toordinal())?;
                year = d.y;
                month = d.m;
                day = d.d;
            }
        }
        if weekday.is_none() {
            date(year, month, day)?;
        }
        if leap_year_fix {
            year = 1900;
        }
        datetime(year, month, day, hour, minute, second, fraction)
    }
}
