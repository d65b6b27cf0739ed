from datetime import date, datetime, time


def attempt(text: str, fmt: str) -> None:
    try:
        print(repr(text), repr(fmt), "->", repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print(repr(text), repr(fmt), "ValueError:", e)


def main() -> None:
    moments = [datetime(2024, 1, 5, 13, 5, 9, 250), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
               datetime(2000, 2, 29, 0, 30), datetime(1999, 12, 31, 12, 0, 1), datetime(2021, 1, 3, 11, 59)]
    directives = ["%a", "%A", "%b", "%B", "%c", "%d", "%f", "%H", "%I", "%j", "%m", "%M", "%p", "%S", "%U", "%w",
                  "%W", "%x", "%X", "%y", "%Y", "%z", "%Z", "%%", "%G", "%V", "%u", "%e", "%D", "%F", "%T", "%R",
                  "%r", "%C", "%g", "%h", "%k", "%l", "%n", "%t", "%-d", "%-m", "%_d", "%^A", "%#p", "%10B", "%05d",
                  "%Q", "%", "100%", "%E", "%Ey", "%Od"]
    for m in moments:
        print(" | ".join(m.strftime(d) for d in directives))
        print(m.date().strftime("%Y-%m-%d %H:%M:%S.%f %c"), m.time().strftime("%Y %j %a %H:%M:%S.%f %p"))
        print(f"{m:%d/%m/%Y %I%p}", f"{m.date():%A}", f"{m.time():%H}", f"{m}", f"{m.date()}")
    attempt("2024-01-05 13:04:05.25", "%Y-%m-%d %H:%M:%S.%f")
    attempt("Fri Jan  5 13:04:05 2024", "%c")
    attempt("01/05/24", "%x")
    attempt("13:04:05", "%X")
    attempt("5 march 24 1 pm", "%d %B %y %I %p")
    attempt("12 AM", "%I %p")
    attempt("12 pm", "%I %p")
    attempt("12", "%I")
    attempt("2024 10 3", "%Y %W %w")
    attempt("2024 0 0", "%Y %U %w")
    attempt("2024 01 1", "%G %V %u")
    attempt("2021 53 7", "%G %V %u")
    attempt("2024 366", "%Y %j")
    attempt("2023 366", "%Y %j")
    attempt("69", "%y")
    attempt("68", "%y")
    attempt("1234567", "%f")
    attempt("123", "%H%M")
    attempt("1111", "%d%m%y")
    attempt("  2024 \t 1", "%Y %m")
    attempt("2024   1", "%Y %m")
    attempt("2024-1", "%Y %m")
    attempt("MONDAY 2024 1 1", "%A %Y %m %d")
    attempt("thu", "%a")
    attempt("2024-01-05x", "%Y-%m-%d")
    attempt("abc", "%Y")
    attempt("1", "%Q")
    attempt("1", "%")
    attempt("1", "% ")
    attempt("1", "%.")
    attempt("02-29", "%m-%d")
    attempt("31/02", "%d/%m")
    attempt("", "%B")
    attempt("", "")
    attempt("x", "")
    attempt("2024", "%G")
    attempt("2024 1 1", "%G %V %j")
    attempt("1 1", "%V %u")
    attempt("2024 1 1", "%Y %V %u")
    attempt("0000", "%Y")
    attempt("jan", "%b")
    attempt("September", "%B")
    attempt("9:5:3", "%H:%M:%S")
    attempt("61", "%S")
    attempt("100%", "%d%%")
    attempt("(1)", "(%d)")
    attempt("1.5", "%S.%f")
    print(datetime.strptime("2024-06-01", "%Y-%m-%d").date(), date.fromisoformat("2024-06-01"))
    for s in ["2024-01-05", "20240105", "2024-W01-2", "2024W012", "2024-W01", "2020-W53-1", "2024-1-05",
              "2024-02-30", "2024-13-01", "0000-01-01", "2024-W54", "2024-01-05T10"]:
        try:
            print(s, repr(date.fromisoformat(s)))
        except ValueError as e:
            print(s, "ValueError:", e)
    for s in ["2024-01-05T10:11:12.5", "2024-01-05 10", "2024-01-05T1011", "20240105T101112,123456789",
              "2024-01-05T25:00", "2024-01-01T10:60", "2024-01-01T10:6", "2024-01-01T", "2024-01-01x10:00",
              "2024-01-01T10:11:12.", "2024-W01-1T08:00", "2024-01-01T10:11:12.1234567x", "2024-01"]:
        try:
            print(s, repr(datetime.fromisoformat(s)))
        except ValueError as e:
            print(s, "ValueError:", e)
    print(datetime(2024, 1, 5).isoformat(sep="ab"))


if __name__ == "__main__":
    main()
