#pragma once

#include "RunFilter.h"
#include "RunRecord.h"

#include <QAbstractTableModel>

namespace pd {

class HistoryLoader;

// The runs list, newest first, loaded a page at a time on the loader thread (fetchMore): a history
// of years never loads at once. Sort through a QSortFilterProxyModel on SortRole.
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Started,
        Connection,
        Trigger,
        Mode,
        Outcome,
        Created,
        Updated,
        Removed,
        Failed,
        Events,
        Requests,
        Duration,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int RunIdRole = Qt::UserRole + 1;
    static constexpr int pageSize = 100;

    explicit RunsModel(HistoryLoader *loader, QObject *parent = nullptr);

    void setFilter(const RunFilter &filter);
    RunFilter filter() const { return m_filter; }
    // Loads the first page again (a sync may have added runs).
    void reload();
    const RunRecord &run(int row) const { return m_runs.at(row); }
    int total() const { return m_total; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // After each page, and after a reload even when nothing came.
    void loaded();

private:
    void load(int offset);

    HistoryLoader *m_loader;
    RunFilter m_filter;
    QList<RunRecord> m_runs;
    int m_total = 0;
    bool m_loading = false;
    quint64 m_generation = 0; // results of an older filter are dropped
};

} // namespace pd
