#include "RunRetryBar.h"

#include "EventsModel.h"
#include "HistoryLoader.h"
#include "HistoryQuery.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace pd {

RunRetryBar::RunRetryBar(HistoryLoader *loader, QTableView *view, EventsModel *model,
    QSortFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_view(view)
    , m_model(model)
    , m_proxy(proxy)
    , m_retry(new QPushButton(tr("Retry &failed users"), this))
    , m_selected(new QPushButton(tr("Pro&vision selected now"), this))
    , m_note(new QLabel(this))
{
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));
    m_retry->setAccessibleName(tr("Retry failed users"));
    m_retry->setToolTip(tr("Sync every user this run failed again now, and nobody else."));
    m_selected->setObjectName(QStringLiteral("provisionSelectedButton"));
    m_selected->setAccessibleName(tr("Provision selected now"));
    m_selected->setToolTip(tr("Select failed rows, then sync just those users now."));
    m_note->setObjectName(QStringLiteral("retryNote"));
    m_note->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_retry);
    layout->addWidget(m_selected);
    layout->addWidget(m_note, 1);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_failed.isEmpty())
            emit provisionRequested(m_run.connectionId, QSet<QString>(m_failed.cbegin(), m_failed.cend()));
    });
    connect(m_selected, &QPushButton::clicked, this, [this] {
        const QSet<QString> keys = selectedFailedKeys();
        if (!keys.isEmpty())
            emit provisionRequested(m_run.connectionId, keys);
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunRetryBar::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunRetryBar::updateButtons);
    updateButtons();
}

void RunRetryBar::setRun(const RunRecord &run)
{
    m_run = run;
    m_failed.clear();
    // Nothing was sent, or nothing failed: no query needed.
    m_loading = run.id != 0 && !run.dryRun && run.counts.failed() > 0;
    updateButtons();
    if (!m_loading)
        return;
    const qint64 id = run.id;
    m_loader->run<QStringList>(
        this, [id](QSqlDatabase db) { return HistoryQuery(db).failedSourceKeys(id); },
        [this, id](const QStringList &keys) {
            if (id != m_run.id)
                return; // another run is shown by now
            m_failed = keys;
            m_loading = false;
            updateButtons();
            emit failedKeysLoaded();
        });
}

QSet<QString> RunRetryBar::selectedFailedKeys() const
{
    QSet<QString> keys;
    // selectedIndexes, not selectedRows: a row counts even when a hidden column is not selected.
    const QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes) {
        const HistoryEvent &e = m_model->event(m_proxy->mapToSource(index).row());
        if (e.result == HistoryResult::Failed && !e.sourceKey.isEmpty())
            keys.insert(e.sourceKey);
    }
    return keys;
}

void RunRetryBar::updateButtons()
{
    const bool hasRun = m_run.id != 0 && !m_run.connectionId.isNull();
    m_retry->setEnabled(hasRun && !m_failed.isEmpty());
    m_retry->setText(
        m_failed.isEmpty() ? tr("Retry &failed users") : tr("Retry &failed users (%1)").arg(m_failed.size()));
    const int selected = hasRun ? int(selectedFailedKeys().size()) : 0;
    m_selected->setEnabled(selected > 0);
    m_selected->setText(
        selected > 0 ? tr("Pro&vision selected now (%1)").arg(selected) : tr("Pro&vision selected now"));
    m_note->setText(!hasRun || m_run.dryRun || m_loading ? QString()
            : m_failed.isEmpty()                         ? tr("No user failed in this run.")
                                 : tr("Select failed rows to provision just those users."));
}

} // namespace pd
