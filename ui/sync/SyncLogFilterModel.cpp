#include "SyncLogFilterModel.h"

#include "SyncLogModel.h"

namespace pd {

SyncLogFilterModel::SyncLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows keep the source order; no sorting, so inserts stay cheap.
    setDynamicSortFilter(true);
}

void SyncLogFilterModel::setMinimumLevel(SyncLogLine::Level level)
{
    if (level == m_minimum)
        return;
    m_minimum = level;
    invalidateRowsFilter();
}

void SyncLogFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool SyncLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Called for every inserted row: read the line directly instead of through QVariants.
    if (const auto *log = qobject_cast<const SyncLogModel *>(sourceModel())) {
        const int i = sourceRow - (log->hasNotice() ? 1 : 0);
        if (i < 0)
            return true; // the notice
        const SyncLogLine &line = log->line(i);
        return int(line.level) >= int(m_minimum)
            && (m_search.isEmpty() || line.text.contains(m_search, Qt::CaseInsensitive));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(SyncLogModel::IsNoticeRole).toBool())
        return true;
    if (index.data(SyncLogModel::LevelRole).toInt() < int(m_minimum))
        return false;
    return m_search.isEmpty()
        || index.data(SyncLogModel::TextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace pd
