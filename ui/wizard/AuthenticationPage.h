#pragma once

#include <QWizardPage>

namespace pd {

class AuthenticationEditor;
class NewConnectionWizard;

// Step 3: Configure authentication, with inline errors and the Zoom app help panel.
class AuthenticationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AuthenticationPage(NewConnectionWizard *wizard);
    bool validatePage() override;
    AuthenticationEditor *editor() const { return m_editor; }

private:
    NewConnectionWizard *m_wizard;
    AuthenticationEditor *m_editor;
};

} // namespace pd
