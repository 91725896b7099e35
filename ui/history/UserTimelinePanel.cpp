#include "UserTimelinePanel.h"

#include "EventsModel.h"
#include "HistoryLoader.h"
#include "HistoryQuery.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd {

UserTimelinePanel::UserTimelinePanel(HistoryLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_model(new EventsModel(loader, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_suggestions(new QStringListModel(this))
    , m_suggestTimer(new QTimer(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_provision(new QPushButton(tr("Pro&vision now"), this))
{
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("The user's events"));
    m_view->setTabKeyNavigation(false); // arrows move within; Tab leaves
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&User:"), this);
    label->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Username (email) or source key"));
    m_search->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->setCompleter(completer);
    auto *show = new QPushButton(tr("Show history"), this);
    row->addWidget(label);
    row->addWidget(m_search, 1);
    row->addWidget(show);
    m_provision->setObjectName(QStringLiteral("timelineProvisionButton"));
    m_provision->setAccessibleName(tr("Provision now"));
    row->addWidget(m_provision);
    layout->addLayout(row);
    m_status->setText(tr("Every change ProvisionDesk made to one user, in every run and connection."));
    layout->addWidget(m_status);

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
    m_view->setColumnWidth(EventsModel::Time, 150);
    m_view->setColumnWidth(EventsModel::Connection, 170);
    m_view->setColumnWidth(EventsModel::Run, 50);
    m_view->setColumnWidth(EventsModel::User, 210);
    m_view->setColumnWidth(EventsModel::SourceKey, 90);
    m_view->setColumnWidth(EventsModel::Operation, 120);
    m_view->setColumnWidth(EventsModel::Result, 80);
    m_view->setColumnWidth(EventsModel::Http, 50);
    m_view->setColumnWidth(EventsModel::Changes, 260);
    layout->addWidget(m_view, 1);

    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(200);
    connect(m_suggestTimer, &QTimer::timeout, this, &UserTimelinePanel::suggest);
    connect(m_search, &QLineEdit::textEdited, m_suggestTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UserTimelinePanel::search);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &UserTimelinePanel::search);
    connect(show, &QPushButton::clicked, this, &UserTimelinePanel::search);
    connect(m_model, &EventsModel::loaded, this, &UserTimelinePanel::updateStatus);
    connect(m_model, &EventsModel::loaded, this, &UserTimelinePanel::updateProvision);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UserTimelinePanel::updateProvision);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &UserTimelinePanel::updateProvision);
    connect(m_provision, &QPushButton::clicked, this, &UserTimelinePanel::provisionNow);
    updateProvision();
}

const HistoryEvent *UserTimelinePanel::provisionTarget() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    // Rows come newest first from the model, whatever the view's sorting.
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : 0;
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    const HistoryEvent &e = m_model->event(row);
    return e.sourceKey.isEmpty() ? nullptr : &e;
}

void UserTimelinePanel::updateProvision()
{
    const HistoryEvent *e = provisionTarget();
    m_provision->setEnabled(e != nullptr);
    m_provision->setToolTip(e
            ? tr("Sync %1 (source key %2) of \"%3\" now, and nobody else.")
                  .arg(e->userName.isEmpty() ? e->sourceKey : e->userName, e->sourceKey, e->connectionName)
            : tr("Show a user's history first; the selected event (else the newest) "
                 "says which connection and source key to sync."));
}

void UserTimelinePanel::provisionNow()
{
    const HistoryEvent *e = provisionTarget();
    if (!e)
        return;
    // Events carry their run, not their connection: ask the run whose connection it is.
    const QString key = e->sourceKey;
    const qint64 runId = e->runId;
    m_loader->run<QUuid>(
        this,
        [runId](QSqlDatabase db) {
            const auto run = HistoryQuery(db).run(runId);
            return run ? run->connectionId : QUuid();
        },
        [this, key](const QUuid &connectionId) {
            if (!connectionId.isNull())
                emit provisionRequested(connectionId, {key});
        });
}

QString UserTimelinePanel::user() const
{
    return m_model->user();
}

void UserTimelinePanel::showUser(const QString &userNameOrSourceKey, const QUuid &connectionId)
{
    m_search->setText(userNameOrSourceKey);
    m_connectionId = connectionId;
    search();
}

void UserTimelinePanel::search()
{
    m_status->setText(tr("Loading…"));
    m_model->showUser(m_search->text(), m_connectionId);
}

void UserTimelinePanel::suggest()
{
    const QString prefix = m_search->text().trimmed();
    if (prefix.size() < 2)
        return;
    m_loader->run<QStringList>(
        this, [prefix](QSqlDatabase db) { return HistoryQuery(db).userSuggestions(prefix, 20); },
        [this, prefix](const QStringList &names) {
            if (m_search->text().trimmed() != prefix)
                return; // typed on since
            m_suggestions->setStringList(names);
            m_search->completer()->complete();
        });
}

void UserTimelinePanel::updateStatus()
{
    const QString who = m_model->user();
    if (who.isEmpty()) {
        m_status->setText(tr("Every change ProvisionDesk made to one user, in every run and connection."));
        return;
    }
    const QLocale locale;
    if (m_model->total() == 0) {
        m_status->setText(tr("No history for \"%1\". Check the spelling, or try the source key.").arg(who));
        return;
    }
    m_status->setText(m_model->rowCount() < m_model->total()
            ? tr("History of %1: %2 of %3 events, newest first")
                  .arg(who, locale.toString(m_model->rowCount()), locale.toString(m_model->total()))
            : tr("History of %1: %2 events, newest first").arg(who, locale.toString(m_model->total())));
}

} // namespace pd
