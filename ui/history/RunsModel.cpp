#include "RunsModel.h"

#include "HistoryLoader.h"
#include "HistoryQuery.h"
#include "HistoryStyle.h"

#include <QLocale>

namespace pd {

namespace {

struct Page
{
    QList<RunRecord> runs;
    int total = 0;
};

QString modeText(const RunRecord &r)
{
    if (r.dryRun && r.fullResync)
        return RunsModel::tr("Dry run, full");
    if (r.dryRun)
        return RunsModel::tr("Dry run");
    return r.fullResync ? RunsModel::tr("Full resync") : RunsModel::tr("Incremental");
}

} // namespace

RunsModel::RunsModel(HistoryLoader *loader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(loader)
{ }

void RunsModel::setFilter(const RunFilter &filter)
{
    m_filter = filter;
    m_filter.limit = pageSize;
    m_filter.offset = 0;
    reload();
}

void RunsModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_runs.clear();
    m_total = 0;
    endResetModel();
    load(0);
}

void RunsModel::load(int offset)
{
    m_loading = true;
    RunFilter f = m_filter;
    f.offset = offset;
    const quint64 generation = m_generation;
    m_loader->run<Page>(
        this,
        [f](QSqlDatabase db) {
            const HistoryQuery query(db);
            return Page {query.runs(f), f.offset == 0 ? query.countRuns(f) : -1};
        },
        [this, generation](const Page &page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (page.total >= 0)
                m_total = page.total;
            if (!page.runs.isEmpty()) {
                beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + page.runs.size() - 1));
                m_runs += page.runs;
                endInsertRows();
            }
            emit loaded();
        });
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RunsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_runs.size() < m_total;
}

void RunsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(int(m_runs.size()));
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunRecord &r = m_runs.at(index.row());
    const int column = index.column();
    if (role == RunIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return column >= Created && column <= Requests ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                       : QVariant();
    if (role == Qt::ForegroundRole) {
        if (column == Outcome)
            return HistoryStyle::outcomeColor(r.outcome);
        if (column == Failed && r.counts.failed() > 0)
            return HistoryStyle::failed();
        return r.dryRun ? QVariant(HistoryStyle::muted()) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Run %1").arg(r.id);
        if (!r.message.isEmpty())
            tip += QStringLiteral("\n") + r.message;
        QStringList requests;
        for (auto it = r.requests.constBegin(); it != r.requests.constEnd(); ++it)
            requests << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        if (!requests.isEmpty())
            tip += QStringLiteral("\n") + tr("HTTP requests: %1").arg(requests.join(QStringLiteral(", ")));
        return tip;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    const QLocale locale;
    auto number = [&](int n) { return sort ? QVariant(n) : QVariant(locale.toString(n)); };
    switch (column) {
    case Started:
        return sort ? QVariant(r.startedAt) : QVariant(HistoryStyle::dateTime(r.startedAt));
    case Connection:
        return r.connectionName;
    case Trigger:
        return runTriggerDisplayName(r.trigger);
    case Mode:
        return modeText(r);
    case Outcome:
        return runOutcomeDisplayName(r.outcome);
    case Created:
        return number(r.counts.created());
    case Updated:
        return number(r.counts.updated());
    case Removed:
        return number(r.counts.removed());
    case Failed:
        return number(r.counts.failed());
    case Events:
        return number(r.counts.total());
    case Requests:
        return number(r.requestTotal());
    case Duration:
        return sort ? QVariant(r.durationMs()) : QVariant(HistoryStyle::duration(r.durationMs()));
    default:
        return {};
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Created:
            return tr("Users created in Zoom");
        case Updated:
            return tr("Users updated, reactivated or adopted (linked to an existing Zoom account)");
        case Removed:
            return tr("Users disabled or removed (by the Remove Action)");
        case Failed:
            return tr("Operations Zoom or the network refused");
        case Events:
            return tr("Every user the run touched, skipped or planned");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Connection:
        return tr("Connection");
    case Trigger:
        return tr("From");
    case Mode:
        return tr("Mode");
    case Outcome:
        return tr("Outcome");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Removed:
        return tr("Removed");
    case Failed:
        return tr("Failed");
    case Events:
        return tr("Events");
    case Requests:
        return tr("Requests");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace pd
