#pragma once

#include "ConnectionTestResult.h"
#include "TestConnectionFailedDialog.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pd {

class ConnectionTestRunner;
class NewConnectionWizard;

// Step 4: tests the settings of step 3 as soon as the page opens. An explicit state drives the
// page (no re-entrant validatePage, no nested event loop): Next is disabled while Testing; a
// failure opens "Test Connection Failed" with open(), whose Continue moves on with an invalid
// connection and whose Cancel goes back to step 3.
class TestConnectionPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class State { Idle, Testing, Passed, Failed, ContinuedInvalid };

    explicit TestConnectionPage(NewConnectionWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    State state() const { return m_state; }
    ConnectionTestResult result() const { return m_result; }
    TestConnectionFailedDialog *failedDialog() const { return m_dialog; }
    void startTest();

private:
    void finished(const ConnectionTestResult &result);
    void continueInvalid();
    void setState(State state);

    NewConnectionWizard *m_wizard;
    ConnectionTestRunner *m_runner;
    State m_state = State::Idle;
    ConnectionTestResult m_result;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_detail;
    QProgressBar *m_busy;
    QPushButton *m_retest;
    QPointer<TestConnectionFailedDialog> m_dialog;
};

} // namespace pd
