#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

namespace pd {

struct Connection;
class HistoryWindow;
class ProvisioningWindow;
class SyncWindow;

// Puts the outbound rule, sync and history features into the Provisioning window through its
// extension points: buttons in the details panel, the sync summary section, and one window per
// connection for syncs (so several connections can sync side by side).
class ProvisioningActions : public QObject
{
    Q_OBJECT
public:
    explicit ProvisioningActions(ProvisioningWindow *window);

    void openRuleEditor(const Connection &connection);
    void openSync(const Connection &connection);
    void openHistory(const QUuid &connectionId);
    // "Provision now" / "Retry failed users": this connection's sync window syncs exactly these keys.
    void provisionNow(const QUuid &connectionId, const QSet<QString> &sourceKeys);

private:
    void saveRule(const Connection &connection, const QJsonObject &rule, const QString &sourcePassword,
        bool passwordModified);
    void deleteRule(const Connection &connection);
    QString dataDir() const;

    ProvisioningWindow *m_window;
    QHash<QUuid, QPointer<SyncWindow>> m_syncWindows;
    QPointer<HistoryWindow> m_history;
};

} // namespace pd
