#include "NewConnectionWizard.h"

#include "AuthenticationPage.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "HelpViewer.h"
#include "Icons.h"
#include "IdentityStorePage.h"
#include "NamePage.h"
#include "SavePage.h"
#include "TestConnectionPage.h"
#include "UserActionsPage.h"
#include "WizardStepList.h"

#include <QAbstractButton>

namespace pd {

NewConnectionWizard::NewConnectionWizard(
    Database *database, ConnectionService *service, ConnectionTesterFactory testerFactory, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
    , m_service(service)
    , m_testerFactory(std::move(testerFactory))
{
    setObjectName(QStringLiteral("newConnectionWizard"));
    setWindowTitle(tr("New Connection"));
    setAccessibleName(tr("New Connection"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, true);
    connect(this, &QWizard::helpRequested, this, &NewConnectionWizard::showHelp);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    // The console's last button is "Save".
    setButtonText(QWizard::FinishButton, tr("&Save"));
    setPixmap(QWizard::LogoPixmap, Icons::padded(Icons::app(), 40, 8));

    // The id is fixed up front so the keychain entry and the row share it from the start.
    m_connection.id = QUuid::createUuid();

    setPage(IdentityStorePageId, new IdentityStorePage(this));
    setPage(NamePageId, new NamePage(this));
    setPage(AuthenticationPageId, new AuthenticationPage(this));
    setPage(TestPageId, new TestConnectionPage(this));
    setPage(UserActionsPageId, new UserActionsPage(this));
    setPage(SavePageId, new SavePage(this));
    setStartId(IdentityStorePageId);

    auto *steps = new WizardStepList({tr("Identity store"), tr("Name"), tr("Authentication"),
                                         tr("Test connection"), tr("User actions"), tr("Save")},
        this);
    setSideWidget(steps);
    connect(this, &QWizard::currentIdChanged, steps, &WizardStepList::setCurrent);
    steps->setCurrent(IdentityStorePageId);

    // The style's captions carry arrows ("< Back"); assistive technology gets the plain words.
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Save"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel"));
    button(QWizard::HelpButton)->setAccessibleName(tr("Help for this step"));
    button(QWizard::HelpButton)->setShortcut(QKeySequence::HelpContents);
    resize(1000, 680);
}

bool NewConnectionWizard::nameTaken(const QString &name, const QUuid &except) const
{
    if (!m_database->open())
        return false; // the Save step reports the database problem
    return ConnectionStore(m_database->handle()).nameTaken(name, except);
}

QString NewConnectionWizard::helpSection(int pageId)
{
    // Headings of docs/user-guide.md (English, as the guide is).
    switch (pageId) {
    case IdentityStorePageId:
        return QStringLiteral("Identity store");
    case NamePageId:
        return QStringLiteral("Name");
    case AuthenticationPageId:
        return QStringLiteral("Authentication");
    case TestPageId:
        return QStringLiteral("Test connection");
    case UserActionsPageId:
        return QStringLiteral("User actions");
    case SavePageId:
        return QStringLiteral("Save");
    }
    return {};
}

HelpViewer *NewConnectionWizard::helpViewer() const
{
    return m_help;
}

void NewConnectionWizard::showHelp()
{
    // One non-modal viewer beside the wizard, so the admin can read while filling in the page.
    if (!m_help)
        m_help = new HelpViewer(this);
    m_help->openDocument(QStringLiteral("user-guide.md"));
    m_help->showSection(helpSection(currentId()));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void NewConnectionWizard::reject()
{
    // Not while the row and the secret are being written: the save finishes first (it is short).
    const auto *save = qobject_cast<SavePage *>(page(SavePageId));
    if (save && save->state() == SavePage::State::Saving)
        return;
    QWizard::reject();
}

void NewConnectionWizard::setSavedConnectionId(const QUuid &id)
{
    m_savedId = id;
    emit connectionSaved(id);
}

} // namespace pd
