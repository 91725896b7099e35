#include "AuthenticationPage.h"

#include "AuthenticationEditor.h"
#include "NewConnectionWizard.h"

#include <QVBoxLayout>

namespace pd {

AuthenticationPage::AuthenticationPage(NewConnectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new AuthenticationEditor(AuthenticationEditor::Mode::NewConnection, this))
{
    setObjectName(QStringLiteral("authenticationPage"));
    setTitle(tr("Configure authentication"));
    setSubTitle(tr("Enter the SCIM URL and the credentials of your Zoom Server-to-Server OAuth app."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    m_editor->load(wizard->connection());
}

bool AuthenticationPage::validatePage()
{
    if (!m_editor->save(&m_wizard->connection()))
        return false;
    m_wizard->setClientSecret(m_editor->clientSecret());
    return true;
}

} // namespace pd
