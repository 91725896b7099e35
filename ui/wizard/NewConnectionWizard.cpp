#include "NewConnectionWizard.h"

#include "AuthenticationPage.h"
#include "ConnectionStore.h"
#include "Database.h"
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
    setOption(QWizard::HaveHelpButton, false);
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
    resize(1000, 680);
}

bool NewConnectionWizard::nameTaken(const QString &name, const QUuid &except) const
{
    if (!m_database->open())
        return false; // the Save step reports the database problem
    return ConnectionStore(m_database->handle()).nameTaken(name, except);
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
