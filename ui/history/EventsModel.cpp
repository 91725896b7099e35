#include "EventsModel.h"

#include "HistoryLoader.h"
#include "HistoryQuery.h"
#include "HistoryStyle.h"

namespace pd {

namespace {
struct Page
{
    QList<HistoryEvent> events;
    int total = -1;
};
} // namespace

EventsModel::EventsModel(HistoryLoader *loader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(loader)
{ }

void EventsModel::reset()
{
    ++m_generation;
    beginResetModel();
    m_events.clear();
    m_total = 0;
    m_loading = false;
    endResetModel();
}

void EventsModel::clear()
{
    m_runId = 0;
    m_user.clear();
    reset();
    emit loaded();
}

void EventsModel::showRun(qint64 runId, std::optional<HistoryResult> result)
{
    m_runId = runId;
    m_result = result;
    m_user.clear();
    reset();
    load();
}

void EventsModel::showUser(const QString &userNameOrSourceKey, const QUuid &connectionId)
{
    m_runId = 0;
    m_user = userNameOrSourceKey.trimmed();
    m_connectionId = connectionId;
    reset();
    if (m_user.isEmpty()) {
        emit loaded();
        return;
    }
    load();
}

void EventsModel::load()
{
    m_loading = true;
    const quint64 generation = m_generation;
    const bool first = m_events.isEmpty();
    std::function<Page(QSqlDatabase)> work;
    if (m_runId != 0) {
        // Keyset paging: the next page starts after the last id shown, however deep.
        const qint64 after = first ? 0 : m_events.constLast().id;
        work = [runId = m_runId, result = m_result, after, first](QSqlDatabase db) {
            const HistoryQuery query(db);
            return Page {query.runEvents(runId, after, pageSize, result),
                first ? query.countRunEvents(runId, result) : -1};
        };
    } else {
        work = [user = m_user, connection = m_connectionId, offset = int(m_events.size()), first](
                   QSqlDatabase db) {
            const HistoryQuery query(db);
            return Page {query.userTimeline(user, pageSize, offset, connection),
                first ? query.countUserTimeline(user, connection) : -1};
        };
    }
    m_loader->run<Page>(this, std::move(work), [this, generation](const Page &page) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (page.total >= 0)
            m_total = page.total;
        if (!page.events.isEmpty()) {
            beginInsertRows({}, int(m_events.size()), int(m_events.size() + page.events.size() - 1));
            m_events += page.events;
            endInsertRows();
        }
        if (page.events.size() < pageSize)
            m_total = int(m_events.size()); // the end: keep canFetchMore honest if rows came or went
        emit loaded();
    });
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EventsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_events.size() < m_total;
}

void EventsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load();
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const HistoryEvent &e = m_events.at(index.row());
    const int column = index.column();
    if (role == Qt::ForegroundRole && (column == Result || column == Operation)) {
        // No colour for a plain success: the view's own text colour (an invalid QColor paints black).
        const QColor color = HistoryStyle::resultColor(e.result);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && (column == Http || column == Run))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == Changes && !e.changes.isEmpty()) {
            QStringList lines;
            for (const AttributeChange &c : e.changes)
                lines << QStringLiteral("%1: %2 → %3")
                             .arg(c.attribute, AttributeChange::valueText(c.oldValue),
                                 AttributeChange::valueText(c.newValue));
            return lines.join(QLatin1Char('\n'));
        }
        if (column == Detail && !e.detail.isEmpty())
            return e.detail;
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (column) {
    case Time:
        return sort ? QVariant(e.at) : QVariant(HistoryStyle::dateTime(e.at));
    case Connection:
        return e.connectionName;
    case Run:
        return e.runId;
    case User:
        return e.userName;
    case SourceKey:
        return e.sourceKey;
    case Operation:
        return historyOperationDisplayName(e.operation);
    case Result:
        return historyResultDisplayName(e.result);
    case Http:
        return sort ? QVariant(e.httpStatus) : (e.httpStatus ? QVariant(e.httpStatus) : QVariant());
    case Changes:
        return AttributeChange::summary(e.changes);
    case Detail: {
        QString text = e.detail;
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    default:
        return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Connection:
        return tr("Connection");
    case Run:
        return tr("Run");
    case User:
        return tr("User");
    case SourceKey:
        return tr("Source key");
    case Operation:
        return tr("Operation");
    case Result:
        return tr("Result");
    case Http:
        return tr("HTTP");
    case Changes:
        return tr("Changes (old → new)");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace pd
