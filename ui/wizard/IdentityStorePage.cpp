#include "IdentityStorePage.h"

#include "IdentityStoreEditor.h"
#include "NewConnectionWizard.h"

#include <QVBoxLayout>

namespace pd {

IdentityStorePage::IdentityStorePage(NewConnectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new IdentityStoreEditor(this))
{
    setObjectName(QStringLiteral("identityStorePage"));
    setTitle(tr("Select identity store"));
    setSubTitle(tr("Where should ProvisionDesk provision users?"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    connect(m_editor, &ConnectionEditor::changed, this, &QWizardPage::completeChanged);
}

bool IdentityStorePage::isComplete() const
{
    return m_editor->isComplete();
}

bool IdentityStorePage::validatePage()
{
    return m_editor->save(&m_wizard->connection());
}

} // namespace pd
