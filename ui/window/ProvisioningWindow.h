#pragma once

#include "Connection.h"
#include "ConnectionTestResult.h"
#include "ConnectionTesterFactory.h"

#include <QHash>
#include <QMainWindow>
#include <optional>

class QAction;
class QCloseEvent;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QTreeView;

namespace pd {

class ConnectionDetailsPanel;
class ConnectionListModel;
class ConnectionService;
class ConnectionTestRunner;
class Database;
class RuleSummaryView;

// The Provisioning page: the list of connections, the selected one's details panel with the
// enable toggle, and New Connection / Edit / Delete / Test connection. Everything asynchronous
// (keychain, tests, dialogs opened with open()); nothing blocks the UI thread.
//
// Extending it: detailsPanel()->addActionButton(...) adds a button that gets the selected
// connection; detailsPanel()->addSection(widget) adds a section (e.g. a sync summary) that follows
// currentConnectionChanged(); connectionMenu() takes further QActions; call reloadConnections()
// after changing a connection elsewhere.
//
// Remembered across starts (QSettings): geometry, splitter, the last selected connection, and the
// language chosen in View > Language (used from the next start by the app and the CLI).
class ProvisioningWindow : public QMainWindow
{
    Q_OBJECT
public:
    ProvisioningWindow(Database *database, ConnectionService *service, ConnectionTesterFactory testerFactory,
        QWidget *parent = nullptr);
    ~ProvisioningWindow() override;

    Database *database() const { return m_database; }
    ConnectionService *service() const { return m_service; }
    const ConnectionTesterFactory &testerFactory() const { return m_testerFactory; }
    ConnectionDetailsPanel *detailsPanel() const { return m_details; }
    QTreeView *connectionList() const { return m_list; }
    ConnectionListModel *model() const { return m_model; }
    QMenu *connectionMenu() const { return m_connectionMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    QSplitter *splitter() const { return m_splitter; }
    RuleSummaryView *ruleSummary() const { return m_ruleSummary; }
    QMenu *languageMenu() const { return m_languageMenu; }

    // The QSettings key of the last selected connection's id.
    static QString lastConnectionKey() { return QStringLiteral("provisioning/lastConnection"); }

    std::optional<Connection> currentConnection() const;
    void selectConnection(const QUuid &id);
    bool isTesting(const QUuid &id) const { return m_tests.contains(id); }

public slots:
    void reloadConnections();
    void newConnection();
    void editConnection();
    void deleteConnection();
    void testConnection();
    void setConnectionEnabled(bool enabled);
    // Saves the language (a code, "" for the system's) for the next start and says so.

signals:
    // The selected connection (null id when none), after every selection change or reload.
    void currentConnectionChanged(const QUuid &id);
    void connectionsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void saveState() const;
    void showCurrent();
    void testFinished(const QUuid &id, const ConnectionTestResult &result);
    void offerTest(const Connection &connection);
    void showAbout();
    QString secretNote(const Connection &connection) const;

    Database *m_database;
    ConnectionService *m_service;
    ConnectionTesterFactory m_testerFactory;
    ConnectionListModel *m_model;
    QTreeView *m_list;
    ConnectionDetailsPanel *m_details;
    QStackedWidget *m_stack;
    QSplitter *m_splitter = nullptr;
    RuleSummaryView *m_ruleSummary = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_selectionActions;
    QHash<QUuid, ConnectionTestRunner *> m_tests;
    QUuid m_shownId;
};

} // namespace pd
