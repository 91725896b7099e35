#pragma once

#include <QWizardPage>

namespace pd {

class NewConnectionWizard;
class UserActionsEditor;

// Step 5: the user actions and their dependencies.
class UserActionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit UserActionsPage(NewConnectionWizard *wizard);
    bool validatePage() override;
    UserActionsEditor *editor() const { return m_editor; }

private:
    NewConnectionWizard *m_wizard;
    UserActionsEditor *m_editor;
};

} // namespace pd
