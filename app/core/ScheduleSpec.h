#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>

namespace pd {

// How often a scheduled sync runs: every N minutes ("15m", "1h", "2h30m"; 5 minutes to 24 hours) or
// once a day at a local time ("daily@06:30"). Parsing is strict: anything else is refused with a
// sentence saying what is accepted.
class ScheduleSpec
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleSpec)
public:
    enum class Kind { Interval, Daily };
    static constexpr int minimumMinutes = 5;
    static constexpr int maximumMinutes = 24 * 60;

    Kind kind = Kind::Interval;
    int minutes = 0; // Interval
    QTime at; // Daily, local time

    // nullopt-like: isValid() false and *error set when text is not a spec.
    static ScheduleSpec parse(const QString &text, QString *error);
    bool isValid() const;
    // Back to the canonical text: "15m", "2h30m", "daily@06:30".
    QString toString() const;
    // "every 15 minutes", "every 2 hours 30 minutes", "every day at 06:30".
    QString description() const;
};

} // namespace pd
