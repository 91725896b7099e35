#pragma once

#include "HistoryEvent.h"

#include <QAbstractTableModel>
#include <QUuid>
#include <optional>

namespace pd {

class HistoryLoader;

// Events of one run (in the order they happened) or one user's timeline (newest first), loaded a
// page at a time on the loader thread: a run of a million events shows its first page at once.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Connection,
        Run,
        User,
        SourceKey,
        Operation,
        Result,
        Http,
        Changes,
        Detail,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int pageSize = 500;

    explicit EventsModel(HistoryLoader *loader, QObject *parent = nullptr);

    void showRun(qint64 runId, std::optional<HistoryResult> result = std::nullopt);
    void showUser(const QString &userNameOrSourceKey, const QUuid &connectionId = {});
    void clear();
    qint64 runId() const { return m_runId; }
    QString user() const { return m_user; }

    const HistoryEvent &event(int row) const { return m_events.at(row); }
    int total() const { return m_total; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded();

private:
    void reset();
    void load();

    HistoryLoader *m_loader;
    qint64 m_runId = 0;
    std::optional<HistoryResult> m_result;
    QString m_user;
    QUuid m_connectionId;
    QList<HistoryEvent> m_events;
    int m_total = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace pd
