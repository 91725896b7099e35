#pragma once

#include "SyncSummary.h"

#include <QUuid>
#include <QWidget>

class QLabel;

namespace pd {

class HistoryLoader;

// PingOne's rule sync summary for one connection -- Impacted, Success, Unsynced, Partially synced,
// Failed -- and its last sync, for the Provisioning window's details panel and the History window.
// Loads on a loader thread; call refresh() after a sync.
class ConnectionSyncSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    // With a loader of its own, on the database under dataDir.
    explicit ConnectionSyncSummaryWidget(const QString &dataDir, QWidget *parent = nullptr);
    // Sharing the History window's loader.
    explicit ConnectionSyncSummaryWidget(HistoryLoader *loader, QWidget *parent = nullptr);

    void setConnection(const QUuid &connectionId);
    QUuid connection() const { return m_connectionId; }
    void refresh();
    const SyncSummary &summary() const { return m_summary; }
    // The "View history" link; the History window hides it.
    void setHistoryLinkVisible(bool visible);

signals:
    void loaded();
    // The admin clicked "View history" for this connection.
    void historyRequested(const QUuid &connectionId);

private:
    void build();
    void display(const SyncSummary &summary);

    HistoryLoader *m_loader;
    QUuid m_connectionId;
    SyncSummary m_summary;
    quint64 m_generation = 0;
    QLabel *m_lastSync = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_impacted = nullptr;
    QLabel *m_success = nullptr;
    QLabel *m_unsynced = nullptr;
    QLabel *m_partial = nullptr;
    QLabel *m_failed = nullptr;
};

} // namespace pd
