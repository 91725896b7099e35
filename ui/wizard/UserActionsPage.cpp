#include "UserActionsPage.h"

#include "NewConnectionWizard.h"
#include "UserActionsEditor.h"

#include <QVBoxLayout>

namespace pd {

UserActionsPage::UserActionsPage(NewConnectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new UserActionsEditor(this))
{
    setObjectName(QStringLiteral("userActionsPage"));
    setTitle(tr("User actions"));
    setSubTitle(tr("Choose what ProvisionDesk may change in Zoom."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    m_editor->load(wizard->connection());
}

bool UserActionsPage::validatePage()
{
    return m_editor->save(&m_wizard->connection());
}

} // namespace pd
