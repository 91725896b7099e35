#pragma once

#include "MemorySecretStore.h"
#include "SyncFixture.h"
#include "SyncPanel.h"

#include <QMessageBox>
#include <memory>

namespace pd::test {

// What a sync panel test (or the screenshot tool) needs: tests/sync's fixture (temp data dir, CSV
// rule, valid enabled connection to the real SCIM test server), the client secret in a
// MemorySecretStore, and a panel over them.
class SyncPanelHarness
{
public:
    explicit SyncPanelHarness(ScimTestServer *server);

    bool ok() const { return m_error.isEmpty() && fixture.ok(); }
    QString error() const { return m_error.isEmpty() ? fixture.error() : m_error; }
    // A panel for the fixture's connection as it is saved now, with short retry waits.
    std::unique_ptr<SyncPanel> makePanel();
    // Saves the fixture's connection and gives the panel the new version.
    bool updateConnection(SyncPanel *panel);
    // Starts a run with start() and waits for the panel's runFinished; the report, or nullopt.
    static std::optional<SyncReport> runAndWait(
        SyncPanel *panel, const std::function<void()> &start, int timeoutMs = 120000);

    SyncFixture fixture;
    MemorySecretStore secrets;

private:
    QString m_error;
};

// What the UI thread did while a run was in progress, sampled by a 10 ms heartbeat timer.
struct Watch
{
    qint64 longestGapMs = 0;
    QList<int> logRows; // the log model's row count each time it changed, while running
    QList<int> progressValues; // the progress bar's value each time it changed, while applying
};
// Runs start() under the heartbeat until the panel reports the run finished.
Watch watchRun(SyncPanel *panel, const std::function<void()> &start, std::optional<SyncReport> *report);

// Visible controls under root without an accessible name, and inputs without a label buddy.
QStringList accessibilityProblems(QWidget *root);

// The visible confirmation the panel opened with open(), or nullptr.
QMessageBox *syncConfirmBox();
// Clicks the confirmation's accept (or Cancel) button; false when no confirmation is showing.
bool answerConfirm(bool accept);

} // namespace pd::test
