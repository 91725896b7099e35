#include "ConnectionSyncSummaryWidget.h"

#include "HistoryLoader.h"
#include "HistoryQuery.h"
#include "HistoryStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pd {

ConnectionSyncSummaryWidget::ConnectionSyncSummaryWidget(const QString &dataDir, QWidget *parent)
    : QWidget(parent)
    , m_loader(new HistoryLoader(dataDir, this))
{
    build();
}

ConnectionSyncSummaryWidget::ConnectionSyncSummaryWidget(HistoryLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
{
    build();
}

void ConnectionSyncSummaryWidget::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_lastSync = new QLabel(this);
    m_lastSync->setTextFormat(Qt::PlainText);
    m_link = new QLabel(QStringLiteral("<a href=\"history\">%1</a>").arg(tr("View history")), this);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_link, &QLabel::linkActivated, this, [this] { emit historyRequested(m_connectionId); });
    top->addWidget(m_lastSync);
    top->addSpacing(24);
    top->addWidget(m_link);
    top->addStretch(1);
    layout->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    // PingOne's words and definitions (rule sync summary), as tooltips on each figure.
    const QList<std::tuple<QLabel **, QString, QString, QColor>> figures {
        {&m_impacted, tr("Impacted"), tr("Users the rule targets: the four columns on the right added up."),
            {}},
        {&m_success, tr("Success"), tr("Fully synced: the last operation on the user succeeded."),
            HistoryStyle::created()},
        {&m_unsynced, tr("Unsynced"),
            tr("No account in Zoom and not synced: creation is off, or the user cannot be provisioned."),
            HistoryStyle::muted()},
        {&m_partial, tr("Partially synced"),
            tr("The Zoom account exists but may be out of sync: an update, disable or removal was skipped "
               "or is held."),
            HistoryStyle::removed()},
        {&m_failed, tr("Failed"), tr("The last operation on the user failed; see the user's history."),
            HistoryStyle::failed()},
    };
    int column = 0;
    for (const auto &[label, title, tip, colour] : figures) {
        auto *value = new QLabel(QStringLiteral("–"), this);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        if (colour.isValid())
            value->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
        auto *caption = new QLabel(title, this);
        for (QLabel *l : {value, caption}) {
            l->setToolTip(tip);
            l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        }
        grid->addWidget(value, 0, column);
        grid->addWidget(caption, 1, column);
        *label = value;
        ++column;
    }
    grid->setColumnStretch(column, 1);
    layout->addLayout(grid);
    display(SyncSummary());
}

void ConnectionSyncSummaryWidget::setHistoryLinkVisible(bool visible)
{
    m_link->setVisible(visible);
}

void ConnectionSyncSummaryWidget::setConnection(const QUuid &connectionId)
{
    m_connectionId = connectionId;
    refresh();
}

void ConnectionSyncSummaryWidget::refresh()
{
    const quint64 generation = ++m_generation;
    if (m_connectionId.isNull()) {
        display(SyncSummary());
        emit loaded();
        return;
    }
    m_loader->run<SyncSummary>(
        this, [id = m_connectionId](QSqlDatabase db) { return HistoryQuery(db).summary(id); },
        [this, generation](const SyncSummary &s) {
            if (generation != m_generation)
                return;
            display(s);
            emit loaded();
        });
}

void ConnectionSyncSummaryWidget::display(const SyncSummary &s)
{
    m_summary = s;
    const QLocale locale;
    m_impacted->setText(locale.toString(s.impacted()));
    m_success->setText(locale.toString(s.success));
    m_unsynced->setText(locale.toString(s.unsynced));
    m_partial->setText(locale.toString(s.partial));
    m_failed->setText(locale.toString(s.failed));
    if (s.lastRunId == 0) {
        m_lastSync->setText(tr("Not synced yet."));
        return;
    }
    const QDateTime when = s.lastFinishedAt.isValid() ? s.lastFinishedAt : s.lastStartedAt;
    m_lastSync->setText(
        tr("Last sync: %1 (%2)").arg(HistoryStyle::dateTime(when), runOutcomeDisplayName(s.lastOutcome)));
}

} // namespace pd
