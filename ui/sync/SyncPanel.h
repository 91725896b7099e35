#pragma once

#include "Connection.h"
#include "RetryPolicy.h"
#include "SyncLogLine.h"
#include "SyncReport.h"
#include "SyncRequest.h"

#include <QSet>
#include <QWidget>
#include <functional>
#include <optional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace pd {

class MessageBanner;
class SecretStore;
class SyncHeldView;
class SyncLogView;
class SyncPlanView;
class SyncProgressView;
class SyncRunner;
class SyncSummaryView;

// "Sync now" for one connection: Sync now / Dry run / Full resync, phase and progress (done of
// total, requests per second, ETA), Cancel, the live log, and once a run finished its summary, the
// dry run's plan or the held removals to approve. Secrets are read asynchronously from the
// SecretStore; the run itself is a SyncRunner on its own thread. Nothing here blocks or nests an
// event loop: confirmations and file dialogs are opened with open().
class SyncPanel : public QWidget
{
    Q_OBJECT
public:
    enum class RunKind { Sync, DryRun, FullResync, Approval, Provision, Deprovision };
    Q_ENUM(RunKind)
    enum class State { Idle, ReadingSecrets, Running, Stopping };
    Q_ENUM(State)

    SyncPanel(const QString &dataDir, SecretStore *secrets, const Connection &connection,
        QWidget *parent = nullptr);
    ~SyncPanel() override;

    // After the connection was edited, enabled or disabled. A run in progress keeps what it started with.
    void setConnection(const Connection &connection);
    const Connection &connection() const { return m_connection; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }
    const std::optional<SyncReport> &lastReport() const { return m_lastReport; }
    RunKind lastRunKind() const { return m_kind; }
    // Tests shorten the retry waits and timeouts; nullopt keeps the client's defaults.
    void setRetryPolicy(std::optional<RetryPolicy> policy, int requestTimeoutMs = 30000);

    MessageBanner *banner() const { return m_banner; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *fullResyncButton() const { return m_full; }
    QPushButton *cancelButton() const { return m_cancel; }
    SyncProgressView *progressView() const { return m_progress; }
    QProgressBar *progressBar() const;
    QLabel *phaseLabel() const;
    QTabWidget *tabs() const { return m_tabs; }
    SyncLogView *logView() const { return m_log; }
    SyncSummaryView *summaryView() const { return m_summary; }
    SyncPlanView *planView() const { return m_plan; }
    SyncHeldView *heldView() const { return m_held; }

public slots:
    void syncNow();
    // "Sync now" button: before a first sync, a dry run's pre-flight forecast is confirmed first.
    void syncNowWithForecast();
    void dryRun();
    void fullResync();
    void cancel();
    // "Provision this user now" from the rule preview: only these source keys are planned.
    void provisionUsers(const QSet<QString> &sourceKeys);
    // "Deprovision on rule deletion": asks first, then gives every managed user the Remove Action.
    void deprovisionAll();
    // Asks for confirmation (count and Remove Action), then re-runs with these held removals approved
    // (SyncRequest::approvedRemovals, each as it was held). Keys that are not in the last run's held
    // list are ignored.
    void approveRemovals(const QSet<QString> &sourceKeys);

signals:
    void runStarted(pd::SyncPanel::RunKind kind);
    void runFinished(pd::SyncPanel::RunKind kind, const pd::SyncReport &report);
    // A run was refused before it started (connection not usable, no secret, ...).
    void runRefused(const QString &message);
    void busyChanged(bool busy);

private:
    bool start(RunKind kind, SyncRequest request);
    QString refusal(RunKind kind) const;
    void refuse(const QString &message);
    void readSecrets(SyncRequest request, bool needsSourcePassword);
    void launch(const SyncRequest &request);
    void secretFailed(const QString &what, const QString &message);
    void onFinished(const SyncReport &report);
    void setState(State state);
    void updateControls();
    void uiLog(SyncLogLine::Level level, const QString &text);
    void confirm(const QString &title, const QString &text, const QString &details, const QString &acceptText,
        std::function<void()> accepted);

    QString m_dataDir;
    SecretStore *m_secrets;
    Connection m_connection;
    Connection m_runConnection; // what the current run started with
    SyncRunner *m_runner;
    State m_state = State::Idle;
    RunKind m_kind = RunKind::Sync;
    bool m_forecastFirstSync = false; // the running dry run is a first sync's forecast
    quint64 m_generation = 0; // secret answers of an abandoned start are ignored
    std::optional<SyncReport> m_lastReport;
    std::optional<RetryPolicy> m_retryPolicy;
    int m_requestTimeoutMs = 30000;

    MessageBanner *m_banner;
    QPushButton *m_sync;
    QPushButton *m_dryRun;
    QPushButton *m_full;
    QPushButton *m_cancel;
    QLabel *m_note;
    SyncProgressView *m_progress;
    QGroupBox *m_summaryBox;
    SyncSummaryView *m_summary;
    QTabWidget *m_tabs;
    SyncLogView *m_log;
    SyncPlanView *m_plan;
    SyncHeldView *m_held;
};

} // namespace pd
