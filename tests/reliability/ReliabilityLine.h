#pragma once

#include <QString>
#include <QTest>
#include <cstdio>

namespace pd::test {

// Prints one machine-readable result line for scripts/reliability-report when it goes out of scope:
//   RELIABILITY <area> <cell> PASS|FAIL <detail>
// Declared first in a test function, it sees the verdict of every QVERIFY/QCOMPARE after it
// (a failing check returns from the function, which runs this destructor).
class ReliabilityLine
{
public:
    ReliabilityLine(QString area, QString cell)
        : m_area(std::move(area))
        , m_cell(std::move(cell))
    { }
    ~ReliabilityLine()
    {
        const bool failed = QTest::currentTestFailed();
        QString detail = m_detail.simplified();
        if (detail.isEmpty())
            detail = QStringLiteral("-");
        std::printf("RELIABILITY %s %s %s %s\n", qPrintable(m_area), qPrintable(m_cell),
            failed ? "FAIL" : "PASS", qPrintable(detail));
        std::fflush(stdout);
    }
    ReliabilityLine(const ReliabilityLine &) = delete;
    ReliabilityLine &operator=(const ReliabilityLine &) = delete;

    // What the run did, for the report (the outcome and message, counts).
    void setDetail(const QString &detail) { m_detail = detail; }

private:
    QString m_area;
    QString m_cell;
    QString m_detail;
};

} // namespace pd::test
