#pragma once

#include <QWizardPage>

namespace pd {

class NameEditor;
class NewConnectionWizard;

// Step 2: name (required, unique) and description.
class NamePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NamePage(NewConnectionWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    NameEditor *editor() const { return m_editor; }

private:
    NewConnectionWizard *m_wizard;
    NameEditor *m_editor;
};

} // namespace pd
