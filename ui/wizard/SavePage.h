#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace pd {

class ConnectionSaver;
class ConnectionSummaryView;
class NewConnectionWizard;
class SaveProblemPanel;

// Step 6: a summary of everything, and Save (the wizard's Finish). Saving is asynchronous: Finish
// starts it and returns false; when the row and the secret are stored the page accepts the wizard.
// A keychain error blocks Finish and offers Retry; no keychain at all offers "this session only".
class SavePage : public QWizardPage
{
    Q_OBJECT
public:
    enum class State { Idle, Saving, Failed, Saved };

    explicit SavePage(NewConnectionWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    State state() const { return m_state; }
    SaveProblemPanel *problemPanel() const { return m_problem; }

private:
    void startSave(bool sessionOnly);
    void saved(bool ok);
    void setState(State state);

    NewConnectionWizard *m_wizard;
    ConnectionSaver *m_saver;
    ConnectionSummaryView *m_summary;
    QLabel *m_validityNote;
    QProgressBar *m_busy;
    SaveProblemPanel *m_problem;
    State m_state = State::Idle;
};

} // namespace pd
