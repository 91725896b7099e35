#pragma once

#include "Connection.h"
#include "ConnectionTesterFactory.h"

#include <QPointer>
#include <QWizard>

namespace pd {

class ConnectionService;
class Database;
class HelpViewer;

// "New Connection", in PingOne's order: identity store, name, authentication, test, user
// actions, save. The wizard owns the connection being built; each page is a thin shell around a
// shared editor and writes its part when the admin moves on. The Save step stores connection and
// secret together (ConnectionService) and accepts the wizard; read savedConnectionId() afterwards.
class NewConnectionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        IdentityStorePageId,
        NamePageId,
        AuthenticationPageId,
        TestPageId,
        UserActionsPageId,
        SavePageId
    };

    NewConnectionWizard(Database *database, ConnectionService *service, ConnectionTesterFactory testerFactory,
        QWidget *parent = nullptr);

    Connection &connection() { return m_connection; }
    const Connection &connection() const { return m_connection; }
    QString clientSecret() const { return m_clientSecret; }
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }

    bool nameTaken(const QString &name, const QUuid &except) const;
    ConnectionService *service() const { return m_service; }
    const ConnectionTesterFactory &testerFactory() const { return m_testerFactory; }
    QUuid savedConnectionId() const { return m_savedId; }
    // The user guide's heading that documents a page (a PageId).
    static QString helpSection(int pageId);
    // Opens the guide at the current page's section (the Help button, F1).
    void showHelp();
    HelpViewer *helpViewer() const;
    void setSavedConnectionId(const QUuid &id);

public slots:
    void reject() override;

signals:
    void connectionSaved(const QUuid &id);

private:
    Database *m_database;
    ConnectionService *m_service;
    ConnectionTesterFactory m_testerFactory;
    Connection m_connection;
    QString m_clientSecret;
    QUuid m_savedId;
    QPointer<HelpViewer> m_help;
};

} // namespace pd
