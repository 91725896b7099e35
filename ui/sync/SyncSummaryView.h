#pragma once

#include "SyncReport.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace pd {

// The per-run summary once a run finished: outcome and message, counts per operation and result,
// what the source held, and the HTTP requests by method.
class SyncSummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit SyncSummaryView(QWidget *parent = nullptr);

    void setReport(const SyncReport &report, qint64 elapsedMs = -1);
    void clear();
    QString outcomeText() const;
    QString countsText() const; // plain text of the counts table, for tests and copy
    QString requestsText() const;

    static QString requestsLine(const QMap<QString, int> &requests);
    // "850 ms", "12.4 s", "3:05"
    static QString durationText(qint64 ms);

private:
    QLabel *m_outcome;
    QLabel *m_message;
    QWidget *m_counts;
    QGridLayout *m_countsGrid;
    QLabel *m_details;
    QString m_countsPlain;
    QString m_requestsPlain;
};

} // namespace pd
