#pragma once

#include <QWizardPage>

namespace pd {

class IdentityStoreEditor;
class NewConnectionWizard;

// Step 1: the identity store tile grid; Next waits for a choice.
class IdentityStorePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IdentityStorePage(NewConnectionWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;
    IdentityStoreEditor *editor() const { return m_editor; }

private:
    NewConnectionWizard *m_wizard;
    IdentityStoreEditor *m_editor;
};

} // namespace pd
