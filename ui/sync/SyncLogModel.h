#pragma once

#include "SyncLogLine.h"

#include <QAbstractListModel>
#include <QList>
#include <array>

namespace pd {

// The live log of one sync, bounded like qBittorrent's log model: it keeps the newest capacity()
// lines, evicts the oldest with beginRemoveRows, and counts what it dropped. While lines were
// dropped, row 0 is a notice "N earlier lines not shown" (isNoticeRole); lines follow in order.
// Lines arrive in batches (SyncRunner::logLines) and are inserted with one beginInsertRows each.
class SyncLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LevelRole = Qt::UserRole + 1, // int(SyncLogLine::Level); the notice has none
        TextRole, // the message alone
        TimeRole, // QDateTime
        IsNoticeRole, // true for the "earlier lines not shown" row
    };
    static constexpr int defaultCapacity = 20000;

    explicit SyncLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void append(const QList<SyncLogLine> &lines);
    void clear();

    void setCapacity(int capacity); // at least 1; evicts at once if needed
    int capacity() const { return m_capacity; }
    int lineCount() const { return int(m_lines.size()); }
    qint64 droppedCount() const { return m_dropped; }
    bool hasNotice() const { return m_dropped > 0; }
    // Lines of that level received since clear(), kept or dropped.
    qint64 receivedCount(SyncLogLine::Level level) const { return m_received.at(int(level)); }
    const SyncLogLine &line(int i) const { return m_lines.at(i); }

    // "10:02:03.456  warning  text", the form used for display, copy and save.
    static QString format(const SyncLogLine &line);
    QString noticeText() const;

private:
    void evict(qint64 count, qint64 alsoDropped);
    int offset() const { return m_dropped > 0 ? 1 : 0; }

    QList<SyncLogLine> m_lines;
    int m_capacity = defaultCapacity;
    qint64 m_dropped = 0;
    std::array<qint64, 4> m_received {};
};

} // namespace pd
