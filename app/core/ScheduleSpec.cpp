#include "ScheduleSpec.h"

#include <QRegularExpression>

namespace pd {

ScheduleSpec ScheduleSpec::parse(const QString &text, QString *error)
{
    ScheduleSpec spec;
    const QString accepted = tr("Use 15m, 1h, 2h30m (at least %1 minutes, at most 24 hours) or daily@HH:MM.")
                                 .arg(minimumMinutes);
    static const QRegularExpression daily(QStringLiteral("^daily@([0-9]{2}):([0-9]{2})$"));
    static const QRegularExpression interval(QStringLiteral("^(?:([0-9]{1,4})h)?(?:([0-9]{1,4})m)?$"));
    const QString t = text.trimmed();
    if (const auto m = daily.match(t); m.hasMatch()) {
        const int h = m.captured(1).toInt();
        const int min = m.captured(2).toInt();
        if (h > 23 || min > 59) {
            *error = tr("\"%1\" is not a time of day (00:00 to 23:59). %2").arg(text, accepted);
            return {};
        }
        spec.kind = Kind::Daily;
        spec.at = QTime(h, min);
        return spec;
    }
    const auto m = interval.match(t);
    if (t.isEmpty() || !m.hasMatch()) {
        *error = tr("\"%1\" is not a schedule. %2").arg(text, accepted);
        return {};
    }
    // "2h75m" is a typo more often than a wish; minutes after hours stay below 60.
    if (m.hasCaptured(1) && m.hasCaptured(2) && m.captured(2).toInt() >= 60) {
        *error = tr("\"%1\": the minutes after the hours must be below 60. %2").arg(text, accepted);
        return {};
    }
    const int total = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    if (total < minimumMinutes) {
        *error = tr("\"%1\" is too often: syncs must be at least %2 minutes apart. %3")
                     .arg(text)
                     .arg(minimumMinutes)
                     .arg(accepted);
        return {};
    }
    if (total > maximumMinutes) {
        *error = tr("\"%1\" is longer than a day: use daily@HH:MM. %2").arg(text, accepted);
        return {};
    }
    spec.kind = Kind::Interval;
    spec.minutes = total;
    return spec;
}

bool ScheduleSpec::isValid() const
{
    return kind == Kind::Daily ? at.isValid() : minutes >= minimumMinutes && minutes <= maximumMinutes;
}

QString ScheduleSpec::toString() const
{
    if (kind == Kind::Daily)
        return QStringLiteral("daily@") + at.toString(QStringLiteral("HH:mm"));
    const int h = minutes / 60;
    const int m = minutes % 60;
    QString s;
    if (h > 0)
        s += QString::number(h) + QLatin1Char('h');
    if (m > 0)
        s += QString::number(m) + QLatin1Char('m');
    return s;
}

QString ScheduleSpec::description() const
{
    if (kind == Kind::Daily)
        return tr("every day at %1").arg(at.toString(QStringLiteral("HH:mm")));
    const int h = minutes / 60;
    const int m = minutes % 60;
    if (h == 0)
        return tr("every %n minute(s)", nullptr, m);
    if (m == 0)
        return tr("every %n hour(s)", nullptr, h);
    return tr("every %1 h %2 min").arg(h).arg(m);
}

} // namespace pd
