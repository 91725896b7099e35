#include "RunDetailPanel.h"

#include "EventsModel.h"
#include "HistoryStyle.h"
#include "RunRetryBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

RunDetailPanel::RunDetailPanel(HistoryLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_model(new EventsModel(loader, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_header(new QLabel(this))
    , m_result(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("runEventsView"));
    m_view->setAccessibleName(tr("Events of the run"));
    m_view->setTabKeyNavigation(false); // arrows move within; Tab leaves
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_result);
    m_result->addItem(tr("All events"));
    for (HistoryResult r : allHistoryResults())
        m_result->addItem(historyResultDisplayName(r), int(r));
    row->addWidget(label);
    row->addWidget(m_result);
    row->addWidget(m_status, 1);
    layout->addLayout(row);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventsModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    // One run has one connection: the timeline's columns are redundant here.
    m_view->setColumnHidden(EventsModel::Connection, true);
    m_view->setColumnHidden(EventsModel::Run, true);
    m_view->setColumnWidth(EventsModel::Time, 150);
    m_view->setColumnWidth(EventsModel::User, 220);
    m_view->setColumnWidth(EventsModel::SourceKey, 90);
    m_view->setColumnWidth(EventsModel::Operation, 120);
    m_view->setColumnWidth(EventsModel::Result, 80);
    m_view->setColumnWidth(EventsModel::Http, 50);
    m_view->setColumnWidth(EventsModel::Changes, 300);
    m_view->setToolTip(tr("Double-click a user to see their history across all runs."));
    layout->addWidget(m_view, 1);
    m_retryBar = new RunRetryBar(loader, m_view, m_model, m_proxy, this);
    layout->addWidget(m_retryBar);
    connect(m_retryBar, &RunRetryBar::provisionRequested, this, &RunDetailPanel::provisionRequested);
    m_undo = new QPushButton(tr("&Undo This Run…"), this);
    m_undo->setToolTip(tr("Preview, then reverse what this run changed in Zoom (the connection is then "
                          "disabled)."));
    layout->addWidget(m_undo, 0, Qt::AlignRight);
    connect(m_undo, &QPushButton::clicked, this, [this] { emit undoRequested(m_run); });

    connect(m_result, &QComboBox::currentIndexChanged, this, &RunDetailPanel::reload);
    connect(m_model, &EventsModel::loaded, this, &RunDetailPanel::updateStatus);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const HistoryEvent &e = m_model->event(m_proxy->mapToSource(index).row());
        const QString who = e.userName.isEmpty() ? e.sourceKey : e.userName;
        if (!who.isEmpty())
            emit userActivated(who);
    });
    clear();
}

void RunDetailPanel::clear()
{
    m_run = RunRecord();
    m_header->setText(tr("Select a run to see what it did to each user."));
    m_model->clear();
    m_status->clear();
    m_retryBar->setRun(m_run);
    m_undo->setEnabled(false);
}

void RunDetailPanel::showRun(const RunRecord &r)
{
    m_run = r;
    const QLocale locale;
    QStringList mode;
    mode << (r.fullResync ? tr("full resync") : tr("incremental"));
    if (r.dryRun)
        mode << tr("dry run: nothing was changed");
    QStringList requests;
    for (auto it = r.requests.constBegin(); it != r.requests.constEnd(); ++it)
        requests << QStringLiteral("%1 %2").arg(it.key(), locale.toString(it.value()));
    const QString outcome = QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                .arg(HistoryStyle::outcomeColor(r.outcome).name(),
                                    runOutcomeDisplayName(r.outcome).toHtmlEscaped());
    QString html
        = tr("<b>Run %1</b> · %2 · from the %3 · %4<br>"
             "Started %5 · finished %6 · %7 · %8<br>"
             "Created %9 · updated %10 · removed %11 · failed %12 · %13 events · HTTP requests: %14")
              .arg(QString::number(r.id), r.connectionName.toHtmlEscaped(), runTriggerDisplayName(r.trigger),
                  mode.join(QStringLiteral(", ")), HistoryStyle::dateTime(r.startedAt),
                  r.finishedAt.isValid() ? HistoryStyle::dateTime(r.finishedAt) : tr("not yet"),
                  HistoryStyle::duration(r.durationMs()), outcome)
              .arg(locale.toString(r.counts.created()), locale.toString(r.counts.updated()),
                  locale.toString(r.counts.removed()), locale.toString(r.counts.failed()),
                  locale.toString(r.counts.total()),
                  requests.isEmpty() ? tr("none") : requests.join(QStringLiteral(", ")));
    if (!r.message.isEmpty())
        html += QStringLiteral("<br>") + r.message.toHtmlEscaped();
    m_header->setText(html);
    m_retryBar->setRun(r);
    m_undo->setEnabled(!r.dryRun && r.outcome != RunOutcome::Running); // a dry run changed nothing
    reload();
}

void RunDetailPanel::reload()
{
    if (m_run.id == 0)
        return;
    const QVariant result = m_result->currentData();
    m_model->showRun(m_run.id,
        result.isValid() ? std::optional<HistoryResult>(HistoryResult(result.toInt())) : std::nullopt);
    m_status->setText(tr("Loading…"));
}

void RunDetailPanel::updateStatus()
{
    if (m_run.id == 0)
        return;
    const QLocale locale;
    m_status->setText(m_model->rowCount() < m_model->total()
            ? tr("%1 of %2 events loaded; scroll for more")
                  .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->total()))
            : tr("%n event(s)", nullptr, m_model->total()));
}

} // namespace pd
