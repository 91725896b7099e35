#include "ProvisioningWindow.h"

#include "ConnectionDetailsPanel.h"
#include "ConnectionListModel.h"
#include "ConnectionService.h"
#include "ConnectionStore.h"
#include "ConnectionTestRunner.h"
#include "Database.h"
#include "DisplayText.h"
#include "EditConnectionDialog.h"
#include "Icons.h"
#include "KeychainSecretStore.h"
#include "LanguageMenu.h"
#include "MessageBanner.h"
#include "NewConnectionWizard.h"
#include "RuleSummaryView.h"
#include "WindowState.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace pd {

namespace {
QString testMessage(const ConnectionTestResult &r)
{
    return r.fix.isEmpty() ? r.summary : r.summary + QLatin1Char(' ') + r.fix;
}
} // namespace

ProvisioningWindow::ProvisioningWindow(
    Database *database, ConnectionService *service, ConnectionTesterFactory testerFactory, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_service(service)
    , m_testerFactory(std::move(testerFactory))
    , m_model(new ConnectionListModel(this))
    , m_list(new QTreeView(this))
    , m_details(new ConnectionDetailsPanel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("provisioningWindow"));
    setWindowTitle(tr("Provisioning \u2014 ProvisionDesk"));
    setWindowIcon(Icons::app());

    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setIconSize(QSize(16, 16));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ConnectionListModel::NameColumn, QHeaderView::Stretch);
    for (int column : {ConnectionListModel::IdentityStoreColumn, ConnectionListModel::StatusColumn,
             ConnectionListModel::EnabledColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *listTitle = new QLabel(tr("Co&nnections"), this);
    QFont titleFont = listTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    listTitle->setFont(titleFont);
    listTitle->setBuddy(m_list);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(12, 12, 6, 12);
    listLayout->addWidget(listTitle);
    listLayout->addWidget(m_list, 1);

    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setFocusPolicy(Qt::NoFocus);

    m_ruleSummary = new RuleSummaryView(QFileInfo(m_database->filePath()).absolutePath(), m_details);
    m_details->addSection(m_ruleSummary);

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    // Before the first connection exists, the window is one invitation to create it.
    auto *emptyPage = new QWidget(this);
    auto *emptyTitle = new QLabel(tr("No connections yet"), emptyPage);
    QFont emptyFont = emptyTitle->font();
    emptyFont.setBold(true);
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.5);
    emptyTitle->setFont(emptyFont);
    auto *emptyText
        = new QLabel(tr("A connection tells ProvisionDesk which Zoom account to provision users into, "
                        "and how to sign in to it."),
            emptyPage);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyButton = new QPushButton(Icons::plus(), tr("&New Connection"), emptyPage);
    emptyButton->setObjectName(QStringLiteral("emptyNewConnectionButton"));
    emptyButton->setAccessibleName(tr("New connection"));
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    connect(emptyButton, &QPushButton::clicked, this, &ProvisioningWindow::newConnection);

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(splitter);
    setCentralWidget(m_stack);

    createActions();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ProvisioningWindow::showCurrent);
    connect(m_list, &QTreeView::doubleClicked, this, &ProvisioningWindow::editConnection);
    connect(
        m_details, &ConnectionDetailsPanel::enableRequested, this, &ProvisioningWindow::setConnectionEnabled);
    connect(m_details, &ConnectionDetailsPanel::testRequested, this, &ProvisioningWindow::testConnection);
    connect(m_details, &ConnectionDetailsPanel::editRequested, this, &ProvisioningWindow::editConnection);
    connect(m_details, &ConnectionDetailsPanel::deleteRequested, this, &ProvisioningWindow::deleteConnection);

    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->filePath())));
    resize(1120, 700);
    WindowState::restore(this, QStringLiteral("provisioning"));
    // First start: two fifths for the list, so that names are not elided in long languages either.
    if (!WindowState::restoreSplitter(m_splitter, QStringLiteral("provisioning")))
        m_splitter->setSizes({2 * width() / 5, 3 * width() / 5});
    // Read before the first reload, which selects (and so remembers) the first row.
    const QUuid last = QUuid::fromString(QSettings().value(lastConnectionKey()).toString());
    reloadConnections();
    if (!last.isNull())
        selectConnection(last);
}

ProvisioningWindow::~ProvisioningWindow()
{
    saveState();
}

void ProvisioningWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void ProvisioningWindow::saveState() const
{
    WindowState::save(this, QStringLiteral("provisioning"));
    WindowState::saveSplitter(m_splitter, QStringLiteral("provisioning"));
}

void ProvisioningWindow::createActions()
{
    auto *newAction = new QAction(Icons::plus(), tr("&New Connection\u2026"), this);
    newAction->setObjectName(QStringLiteral("newConnectionAction"));
    newAction->setShortcut(QKeySequence::New);
    auto *editAction = new QAction(tr("&Edit\u2026"), this);
    editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto *deleteAction = new QAction(tr("&Delete\u2026"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    auto *testAction = new QAction(tr("&Test Connection"), this);
    testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    auto *reloadAction = new QAction(tr("&Reload"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    auto *aboutAction = new QAction(tr("&About ProvisionDesk"), this);
    m_selectionActions = {editAction, deleteAction, testAction};

    connect(newAction, &QAction::triggered, this, &ProvisioningWindow::newConnection);
    connect(editAction, &QAction::triggered, this, &ProvisioningWindow::editConnection);
    connect(deleteAction, &QAction::triggered, this, &ProvisioningWindow::deleteConnection);
    connect(testAction, &QAction::triggered, this, &ProvisioningWindow::testConnection);
    connect(reloadAction, &QAction::triggered, this, &ProvisioningWindow::reloadConnections);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    connect(aboutAction, &QAction::triggered, this, &ProvisioningWindow::showAbout);

    m_connectionMenu = menuBar()->addMenu(tr("&Connection"));
    m_connectionMenu->addAction(newAction);
    m_connectionMenu->addAction(editAction);
    m_connectionMenu->addAction(deleteAction);
    m_connectionMenu->addAction(testAction);
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(reloadAction);
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(quitAction);
    m_languageMenu = new LanguageMenu(this);
    menuBar()->addMenu(tr("&View"))->addMenu(m_languageMenu);
    menuBar()->addMenu(tr("&Help"))->addAction(aboutAction);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(newAction);
    if (QWidget *w = m_toolBar->widgetForAction(newAction)) {
        w->setObjectName(QStringLiteral("newConnectionButton"));
        w->setAccessibleName(tr("New connection"));
        w->setFocusPolicy(Qt::TabFocus); // toolbar buttons take no focus by default: keyboard users Tab to it
    }
}

std::optional<Connection> ProvisioningWindow::currentConnection() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->connectionAt(current.row());
}

void ProvisioningWindow::selectConnection(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_model->index(row, ConnectionListModel::NameColumn));
}

void ProvisioningWindow::reloadConnections()
{
    const std::optional<Connection> before = currentConnection();
    QList<Connection> connections;
    if (m_database->open()) {
        ConnectionStore store(m_database->handle());
        connections = store.list();
    } else {
        m_details->banner()->showMessage(MessageBanner::Type::Error, m_database->errorString());
    }
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_model->setConnections(connections);
        for (auto it = m_tests.cbegin(); it != m_tests.cend(); ++it)
            m_model->setTesting(it.key(), true);
    }
    m_stack->setCurrentIndex(connections.isEmpty() ? 0 : 1);
    if (!connections.isEmpty()) {
        const int row = before ? m_model->rowOf(before->id) : -1;
        m_list->setCurrentIndex(m_model->index(qMax(0, row), ConnectionListModel::NameColumn));
    }
    showCurrent();
    m_ruleSummary->refresh(); // a sync or an edit elsewhere may have changed who is in scope
    emit connectionsChanged();
}

void ProvisioningWindow::showCurrent()
{
    const std::optional<Connection> c = currentConnection();
    m_details->setConnection(c, c ? secretNote(*c) : QString());
    m_details->setTesting(c && m_tests.contains(c->id));
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(c.has_value());
    m_ruleSummary->setConnection(c);
    const QUuid id = c ? c->id : QUuid();
    if (c)
        QSettings().setValue(lastConnectionKey(), id.toString(QUuid::WithoutBraces));
    if (id != m_shownId || !c) {
        m_shownId = id;
        emit currentConnectionChanged(id);
    }
}

QString ProvisioningWindow::secretNote(const Connection &connection) const
{
    const auto *keychain = qobject_cast<const KeychainSecretStore *>(m_service->secrets());
    if (keychain && keychain->hasSessionSecret({connection.id, SecretKind::ClientSecret}))
        return tr("Kept for this session only (no keychain); enter it again after a restart");
    return tr("Stored in %1").arg(m_service->secrets()->description());
}

void ProvisioningWindow::newConnection()
{
    auto *wizard = new NewConnectionWizard(m_database, m_service, m_testerFactory, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewConnectionWizard::connectionSaved, this, [this](const QUuid &id) {
        reloadConnections();
        selectConnection(id);
        if (const auto c = currentConnection())
            statusBar()->showMessage(tr("Saved connection \"%1\".").arg(c->name), 5000);
    });
    wizard->open();
}

void ProvisioningWindow::editConnection()
{
    const std::optional<Connection> c = currentConnection();
    if (!c)
        return;
    auto nameTaken = [this](const QString &name, const QUuid &except) {
        return m_database->open() && ConnectionStore(m_database->handle()).nameTaken(name, except);
    };
    auto *dialog = new EditConnectionDialog(*c, nameTaken, m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Connection saved = dialog->savedConnection();
        reloadConnections();
        selectConnection(saved.id);
        statusBar()->showMessage(tr("Saved connection \"%1\".").arg(saved.name), 5000);
        if (dialog->authenticationChanged())
            offerTest(saved);
    });
    dialog->open();
}

void ProvisioningWindow::offerTest(const Connection &connection)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Test Connection"),
        tr("The authentication settings of \"%1\" changed, so it is untested and cannot be "
           "enabled until a connection test passes. Test it now?")
            .arg(connection.name),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("offerTestBox"));
    box->button(QMessageBox::Yes)->setText(tr("&Test Now"));
    box->button(QMessageBox::No)->setText(tr("&Later"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = connection.id;
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        selectConnection(id);
        testConnection();
    });
    box->open();
}

void ProvisioningWindow::deleteConnection()
{
    const std::optional<Connection> c = currentConnection();
    if (!c)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Connection"),
        tr("Delete the connection \"%1\"?").arg(c->name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmBox"));
    box->setInformativeText(
        tr("Its client secret is removed from the keychain too. Users already provisioned "
           "in Zoom are not changed."));
    QPushButton *deleteButton = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = c->id;
    const QString name = c->name;
    connect(box, &QMessageBox::finished, this, [this, box, deleteButton, id, name] {
        if (box->clickedButton() != deleteButton)
            return;
        if (auto *runner = m_tests.take(id))
            runner->deleteLater();
        // Plain pointers read once: -O2 -Wnull-dereference cannot see through QPointer re-reads.
        ConnectionService *service = m_service;
        QPointer<ProvisioningWindow> self(this);
        service->remove(id, [self, name](const ConnectionService::Outcome &o) {
            ProvisioningWindow *window = self.data();
            if (!window)
                return;
            window->reloadConnections();
            if (!o.ok) {
                window->m_details->banner()->showMessage(MessageBanner::Type::Error, o.message);
                return;
            }
            window->statusBar()->showMessage(
                tr("Deleted connection \"%1\" and its secrets.").arg(name), 5000);
        });
    });
    box->open();
}

void ProvisioningWindow::testConnection()
{
    const std::optional<Connection> c = currentConnection();
    if (!c || m_tests.contains(c->id))
        return;
    const QUuid id = c->id;
    auto *runner = new ConnectionTestRunner(m_testerFactory, this);
    m_tests.insert(id, runner);
    connect(runner, &ConnectionTestRunner::finished, this,
        [this, id](const ConnectionTestResult &r) { testFinished(id, r); });
    connect(runner, &ConnectionTestRunner::secretUnavailable, this, [this, id](const QString &message) {
        if (auto *done = m_tests.take(id))
            done->deleteLater();
        m_model->setTesting(id, false);
        showCurrent();
        if (currentConnection() && currentConnection()->id == id)
            m_details->banner()->showMessage(MessageBanner::Type::Error, message);
    });
    m_model->setTesting(id, true);
    m_details->banner()->hideMessage();
    showCurrent();
    statusBar()->showMessage(tr("Testing \"%1\"\u2026").arg(c->name));
    runner->startWithStoredSecret(*c, m_service->secrets());
}

void ProvisioningWindow::testFinished(const QUuid &id, const ConnectionTestResult &result)
{
    if (auto *runner = m_tests.take(id))
        runner->deleteLater();
    m_model->setTesting(id, false);
    QString recordError;
    if (m_database->open()) {
        ConnectionStore store(m_database->handle());
        if (!store.recordTest(id, result.ok ? Validity::Valid : Validity::Invalid, testMessage(result)))
            recordError = store.errorString();
    } else {
        recordError = m_database->errorString();
    }
    reloadConnections();
    const std::optional<Connection> c = currentConnection();
    if (!c || c->id != id)
        return;
    if (!recordError.isEmpty()) {
        m_details->banner()->showMessage(MessageBanner::Type::Error, recordError);
    } else if (result.ok) {
        m_details->banner()->showMessage(
            MessageBanner::Type::Positive, tr("Connection successful. %1").arg(result.summary).trimmed());
    } else {
        m_details->banner()->showMessage(
            MessageBanner::Type::Error, tr("Test connection failed. %1").arg(testMessage(result)).trimmed());
    }
    statusBar()->showMessage(
        result.ok ? tr("\"%1\" is valid.").arg(c->name) : tr("\"%1\" is invalid.").arg(c->name), 5000);
}

void ProvisioningWindow::setConnectionEnabled(bool enabled)
{
    const std::optional<Connection> c = currentConnection();
    if (!c)
        return;
    QString error;
    if (!m_database->open()) {
        error = m_database->errorString();
    } else {
        ConnectionStore store(m_database->handle());
        if (!store.setEnabled(c->id, enabled))
            error = store.errorString();
    }
    reloadConnections();
    if (!error.isEmpty()) {
        m_details->banner()->showMessage(MessageBanner::Type::Warning, error);
        return;
    }
    m_details->banner()->hideMessage();
    statusBar()->showMessage(
        enabled ? tr("\"%1\" is enabled.").arg(c->name) : tr("\"%1\" is disabled.").arg(c->name), 5000);
}

void ProvisioningWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About ProvisionDesk"),
        tr("<b>ProvisionDesk %1</b><p>Provisions users from a directory into Zoom through "
           "SCIM 2.0 and Server-to-Server OAuth.</p>")
            .arg(QStringLiteral(PROVISIONDESK_VERSION)),
        QMessageBox::Close, this);
    box->setIconPixmap(Icons::app().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pd
