#pragma once

#include "SyncLogLine.h"

#include <QSortFilterProxyModel>

namespace pd {

// Shows the log lines of at least minimumLevel() whose text contains the search text (case
// insensitive). The "earlier lines not shown" notice always passes, so nobody mistakes a bounded
// log for a complete one. Debug lines are hidden by default.
class SyncLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SyncLogFilterModel(QObject *parent = nullptr);

    void setMinimumLevel(SyncLogLine::Level level);
    SyncLogLine::Level minimumLevel() const { return m_minimum; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SyncLogLine::Level m_minimum = SyncLogLine::Level::Info;
    QString m_search;
};

} // namespace pd
