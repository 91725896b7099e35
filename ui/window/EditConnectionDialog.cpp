#include "EditConnectionDialog.h"

#include "AuthenticationEditor.h"
#include "ConnectionSaver.h"
#include "Database.h"
#include "HelpViewer.h"
#include "ImpactDialog.h"
#include "SaveProblemPanel.h"
#include "UserActionsEditor.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QKeySequence>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pd {

namespace {
QWidget *page(QWidget *editor, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    editor->setContentsMargins(12, 12, 12, 12);
    return scroll;
}
} // namespace

EditConnectionDialog::EditConnectionDialog(const Connection &connection, NameEditor::NameTaken nameTaken,
    ConnectionService *service, QWidget *parent)
    : QDialog(parent)
    , m_original(connection)
    , m_edited(connection)
    , m_tabs(new QTabWidget(this))
    , m_name(new NameEditor(std::move(nameTaken), this))
    , m_authentication(new AuthenticationEditor(AuthenticationEditor::Mode::ExistingConnection, this))
    , m_actions(new UserActionsEditor(this))
    , m_problem(new SaveProblemPanel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::Help, this))
    , m_saver(new ConnectionSaver(service, this))
    , m_secrets(service->secrets())
    , m_dataDir(service->database() ? QFileInfo(service->database()->filePath()).absolutePath() : QString())
{
    setObjectName(QStringLiteral("editConnectionDialog"));
    setWindowTitle(tr("Edit Connection: %1").arg(connection.name));
    setAccessibleName(windowTitle());
    m_tabs->setObjectName(QStringLiteral("editTabs"));
    m_tabs->setAccessibleName(tr("Connection settings"));
    m_tabs->tabBar()->setAccessibleName(tr("Connection settings sections"));
    m_tabs->addTab(page(m_name, m_tabs), tr("&General"));
    m_tabs->addTab(page(m_authentication, m_tabs), tr("&Authentication"));
    m_tabs->addTab(page(m_actions, m_tabs), tr("&User Actions"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Help)->setObjectName(QStringLiteral("helpButton"));
    m_buttons->button(QDialogButtonBox::Help)->setAccessibleName(tr("Help for this tab"));
    m_buttons->button(QDialogButtonBox::Help)->setShortcut(QKeySequence::HelpContents);

    m_name->load(connection);
    m_authentication->load(connection);
    m_actions->load(connection);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditConnectionDialog::reject);
    connect(m_buttons, &QDialogButtonBox::helpRequested, this, &EditConnectionDialog::showHelp);
    connect(m_saver, &ConnectionSaver::finished, this, &EditConnectionDialog::saved);
    connect(m_problem, &SaveProblemPanel::retryRequested, this, [this] { startSave(false); });
    connect(m_problem, &SaveProblemPanel::keepForSessionRequested, this, [this] { startSave(true); });
    resize(900, 600);
}

bool EditConnectionDialog::authenticationDiffers(const Connection &a, const Connection &b)
{
    return a.scimUrl != b.scimUrl || a.authMethod != b.authMethod || !(a.oauth == b.oauth)
        || a.identityStore != b.identityStore;
}

void EditConnectionDialog::accept()
{
    // Save: asynchronous; the dialog closes when the save has succeeded.
    startSave(false);
}

void EditConnectionDialog::reject()
{
    if (m_saver->isBusy())
        return;
    QDialog::reject();
}

void EditConnectionDialog::startSave(bool sessionOnly)
{
    if (m_saver->isBusy())
        return;
    Connection edited = m_original;
    const QList<QPair<ConnectionEditor *, Tab>> editors
        = {{m_name, GeneralTab}, {m_authentication, AuthenticationTab}, {m_actions, UserActionsTab}};
    for (const auto &[editor, tab] : editors) {
        if (!editor->save(&edited)) {
            m_tabs->setCurrentIndex(tab);
            return;
        }
    }
    const QString secret = m_authentication->clientSecret();
    m_authenticationChanged = authenticationDiffers(m_original, edited) || !secret.isEmpty();
    if (m_authenticationChanged) {
        // Tested settings are no longer these: test again before enabling (and so syncing).
        edited.validity = Validity::Untested;
        edited.enabled = false;
        edited.lastTestMessage = tr("The authentication settings changed; test the connection again.");
        edited.lastTestedAt = {};
    }
    m_edited = edited;
    // Impact before saving: an edit of the user actions that changes what happens to managed people
    // is shown first (once per edit; a retried save does not ask again).
    if (!m_dataDir.isEmpty() && ImpactForecast::mayChangePlan(m_original, edited)
        && !(m_impactConfirmed && !ImpactForecast::mayChangePlan(*m_impactConfirmed, edited))) {
        ImpactDialog::confirmThenSave(
            m_original, edited, m_dataDir, m_secrets, this, [this, edited, sessionOnly] {
                m_impactConfirmed = edited;
                startSave(sessionOnly);
            });
        return;
    }
    m_problem->clear();
    setBusy(true);
    if (sessionOnly)
        m_saver->saveForSessionOnly(edited, secret);
    else
        m_saver->save(edited, secret);
}

void EditConnectionDialog::saved(bool ok)
{
    setBusy(false);
    if (!ok) {
        const auto outcome = m_saver->lastOutcome();
        m_problem->showProblem(outcome.message, outcome.secretError, m_saver->canKeepForSession());
        return;
    }
    m_authentication->clearClientSecret();
    QDialog::accept();
}

void EditConnectionDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    m_tabs->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

QString EditConnectionDialog::helpSection(int tab)
{
    // Headings of docs/user-guide.md (English, as the guide is).
    switch (tab) {
    case GeneralTab:
        return QStringLiteral("Name");
    case AuthenticationTab:
        return QStringLiteral("Authentication");
    case UserActionsTab:
        return QStringLiteral("User actions");
    }
    return {};
}

void EditConnectionDialog::showHelp()
{
    // One viewer, kept (not modal): the admin reads it beside the dialog.
    if (!m_help)
        m_help = new HelpViewer(this);
    m_help->openDocument(QStringLiteral("user-guide.md"));
    m_help->showSection(helpSection(m_tabs->currentIndex()));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

} // namespace pd
