#include "SyncSummaryView.h"

#include "Style.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pd {

namespace {

QColor outcomeColor(RunOutcome o)
{
    switch (o) {
    case RunOutcome::Succeeded:
        // Green with AA contrast on the palette's window colour, light or dark.
        return Style::isDark() ? QColor(0x81, 0xC9, 0x95) : QColor(0x1E, 0x7D, 0x32);
    case RunOutcome::Failed:
    case RunOutcome::Partial:
    case RunOutcome::Interrupted:
        return Style::errorText();
    case RunOutcome::Held:
    case RunOutcome::Cancelled:
        return Style::warningText();
    case RunOutcome::Running:
        break;
    }
    return Style::mutedText();
}

QLabel *cell(QWidget *parent, const QString &text, bool header, Qt::Alignment align)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(align | Qt::AlignVCenter);
    if (header) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    return label;
}

} // namespace

SyncSummaryView::SyncSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_outcome(new QLabel(this))
    , m_message(new QLabel(this))
    , m_counts(new QWidget(this))
    , m_countsGrid(new QGridLayout(m_counts))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("syncSummary"));
    m_outcome->setObjectName(QStringLiteral("syncSummaryOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_outcome->setFont(bold);
    m_message->setObjectName(QStringLiteral("syncSummaryMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setObjectName(QStringLiteral("syncSummaryCounts"));
    m_countsGrid->setContentsMargins(0, 0, 0, 0);
    m_countsGrid->setHorizontalSpacing(18);
    m_countsGrid->setVerticalSpacing(2);
    m_details->setObjectName(QStringLiteral("syncSummaryDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::makeMuted(m_details);

    // Words on the left, the counts table on the right: the summary stays a few lines tall.
    auto *text = new QVBoxLayout;
    text->addWidget(m_outcome);
    text->addWidget(m_message);
    text->addWidget(m_details);
    text->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(text, 1);
    layout->addSpacing(16);
    layout->addWidget(m_counts, 0, Qt::AlignTop);
    clear();
}

void SyncSummaryView::clear()
{
    m_outcome->clear();
    m_message->setText(
        tr("No run yet. Sync now applies the rule to Zoom; Dry run shows what it would change."));
    while (QLayoutItem *item = m_countsGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_counts->hide();
    m_details->clear();
    m_countsPlain.clear();
    m_requestsPlain.clear();
}

QString SyncSummaryView::outcomeText() const
{
    return m_outcome->text();
}

QString SyncSummaryView::countsText() const
{
    return m_countsPlain;
}

QString SyncSummaryView::requestsText() const
{
    return m_requestsPlain;
}

QString SyncSummaryView::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(qMax<qint64>(0, ms));
    if (ms < 60000)
        return tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    const qint64 s = (ms + 500) / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString SyncSummaryView::requestsLine(const QMap<QString, int> &requests)
{
    QStringList parts;
    int total = 0;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        if (it.value() == 0)
            continue;
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        total += it.value();
    }
    if (parts.isEmpty())
        return tr("No request was sent to Zoom.");
    return tr("Requests to Zoom: %1  ·  total: %2").arg(parts.join(QStringLiteral(", "))).arg(total);
}

void SyncSummaryView::setReport(const SyncReport &report, qint64 elapsedMs)
{
    clear();
    QString title = report.dryRun ? tr("Dry run: %1").arg(runOutcomeDisplayName(report.outcome))
                                  : runOutcomeDisplayName(report.outcome);
    if (report.runId > 0)
        title += QStringLiteral("  ·  ") + tr("run #%1").arg(report.runId);
    if (elapsedMs >= 0)
        title += QStringLiteral("  ·  ") + durationText(elapsedMs);
    m_outcome->setText(title);
    QPalette pal = m_outcome->palette();
    pal.setColor(QPalette::WindowText, outcomeColor(report.outcome));
    m_outcome->setPalette(pal);
    m_message->setText(report.message);

    // Operations as rows, results as columns; only what happened.
    QList<HistoryResult> results;
    for (HistoryResult r : allHistoryResults()) {
        if (report.counts.total(r) > 0)
            results << r;
    }
    QList<HistoryOperation> ops;
    for (HistoryOperation op : allHistoryOperations()) {
        for (HistoryResult r : std::as_const(results)) {
            if (report.counts.count(op, r) > 0) {
                ops << op;
                break;
            }
        }
    }
    if (!ops.isEmpty()) {
        QStringList header {tr("Operation")};
        m_countsGrid->addWidget(cell(m_counts, header.first(), true, Qt::AlignLeft), 0, 0);
        for (int c = 0; c < results.size(); ++c) {
            header << historyResultDisplayName(results.at(c));
            m_countsGrid->addWidget(cell(m_counts, header.last(), true, Qt::AlignRight), 0, c + 1);
        }
        m_countsPlain = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
        for (int r = 0; r < ops.size(); ++r) {
            QStringList row {historyOperationDisplayName(ops.at(r))};
            m_countsGrid->addWidget(cell(m_counts, row.first(), false, Qt::AlignLeft), r + 1, 0);
            for (int c = 0; c < results.size(); ++c) {
                const int n = report.counts.count(ops.at(r), results.at(c));
                row << QString::number(n);
                m_countsGrid->addWidget(
                    cell(m_counts, n == 0 ? QStringLiteral("–") : row.last(), false, Qt::AlignRight), r + 1,
                    c + 1);
            }
            m_countsPlain += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        m_counts->show();
    }

    m_requestsPlain = requestsLine(report.requests);
    QStringList details;
    if (report.sourceRecords > 0 || report.inScope > 0)
        details << tr("Source records: %1  ·  in scope: %2  ·  already in sync: %3")
                       .arg(report.sourceRecords)
                       .arg(report.inScope)
                       .arg(report.unchanged);
    details << m_requestsPlain;
    if (!report.held.isEmpty())
        details << tr("Held for approval: %1").arg(report.held.size());
    m_details->setText(details.join(QLatin1Char('\n')));
}

} // namespace pd
